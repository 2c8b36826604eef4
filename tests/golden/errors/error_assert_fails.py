x = 2
assert x == 2, "fine"
assert x == 3, f"x is {x}"
