print("alpha body")
count = 1
