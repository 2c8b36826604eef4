x = 1
def f(): pass
_private = 2
