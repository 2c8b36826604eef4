"""Module docstring."""


def f():
    """Function docstring."""
    return 1


async def g():
    "Coroutine doc."


class C:
    """Class docstring."""
    seen = __doc__

    def m(self):
        """Method doc."""


class D:
    pass


def no_doc():
    x = "not a docstring"
    return x


lam = lambda: 0
print(repr(f.__doc__), repr(g.__doc__), repr(C.__doc__), repr(C.m.__doc__), repr(C().m.__doc__), repr(C.seen))
print(repr(D.__doc__), repr(lam.__doc__), repr(no_doc.__doc__), repr(__doc__))
f.__doc__ = "replaced"
print(f.__doc__)
import sys
print(repr(sys.modules[__name__].__doc__))
