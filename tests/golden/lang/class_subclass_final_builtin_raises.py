# Classes CPython itself cannot subclass: the TypeError comes at run time with CPython's words.
for base in (bool, range, slice):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
