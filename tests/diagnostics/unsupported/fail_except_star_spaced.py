# `except *T` (a space before the star) is except* too, as in CPython 3.11.
try:
    pass
except *ValueError:
    pass
