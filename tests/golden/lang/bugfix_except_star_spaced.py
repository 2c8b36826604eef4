# `except *T` (a space before the star) is except* too, as in CPython 3.11.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except *ValueError as e:
    print("caught", repr(e))
