# complex(): numbers, two arguments (each may be complex), keywords,
# __complex__/__float__/__index__, strings, and CPython's errors.


class HasComplex:
    def __complex__(self):
        return 2 + 3j


class BadComplex:
    def __complex__(self):
        return 5


class HasFloat:
    def __float__(self):
        return 1.5


class HasIndex:
    def __index__(self):
        return 7


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(True, False)", lambda: complex(True, False))
show("complex(1.5, 2)", lambda: complex(1.5, 2))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1+2j, 3+4j)", lambda: complex(1 + 2j, 3 + 4j))
show("complex(1, 2j)", lambda: complex(1, 2j))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(imag=2)", lambda: complex(imag=2))
show("complex(real='1')", lambda: complex(real="1"))
show("HasComplex", lambda: complex(HasComplex()))
show("HasComplex, 1", lambda: complex(HasComplex(), 1))
show("HasFloat", lambda: complex(HasFloat()))
show("HasFloat, 1j", lambda: complex(HasFloat(), 1j))
show("HasIndex x2", lambda: complex(HasIndex(), HasIndex()))
show("BadComplex", lambda: complex(BadComplex()))
show("1, HasComplex", lambda: complex(1, HasComplex()))
show("list", lambda: complex([]))
show("None", lambda: complex(None))
show("1, list", lambda: complex(1, []))
show("str, 1", lambda: complex("2j", 1))
show("1, str", lambda: complex(1, "2"))
show("imag=str", lambda: complex(imag="1"))
show("three args", lambda: complex(1, 2, 3))
show("bad keyword", lambda: complex(x=1))
show("name and position", lambda: complex("1", real=2))
show("huge int", lambda: complex(10**400))

z = 5 + 6j
print(complex(z) is z, complex(z) == z)

strings = [
    "1+2j", " ( 1.5-2.5J ) ", "j", "-j", "+j", "1+j", "1-J", "inf-nanj", "-infinity+INFj", "Infinityj", "nan",
    "1_000+2_0j", "1e3j", "1.j", ".5j", "+1.5e-3-.5e+2j", "1e500", "-1.5E+3-infJ", "\t(j)\n", "  7  ",
    "", "  ", "1+2", "(1+2j", "1+2j)", "1 + 2j", "1j+1", "0x10", "1e", "1e+j", "()", ".", "-.j", "1.5e3.5j",
    "1__0", "_1", "1_", "1_j", "1j_", "jj", "1jj", "(1)(2)",
]
for s in strings:
    show(repr(s), lambda: complex(s))
