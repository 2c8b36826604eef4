print("broken body")
x = 1 / 0
