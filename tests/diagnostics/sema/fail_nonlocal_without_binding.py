def f():
    nonlocal y
    y = 2
