# complex literals and repr/str: the real part left out when it is +0.0,
# parentheses otherwise, parts written as float repr without ".0".
nan = float("nan")
inf = float("inf")
values = [
    1j, 0j, -0j, 2.5j, 1e100j, 1e-7j, 123456789012345678j, 1e400j, 0.1j,
    1 + 2j, 1 - 2j, -1 - 1j, 1.5 + 0j, -0.0 - 1j, -0.0 + 0j, 2 - 0.0j,
    complex(1e100, 1), complex(1, nan), complex(1, -nan), complex(-nan, 1), complex(0, nan),
    complex(inf, -inf), complex(0, inf), complex(0, -inf), complex(-0.0, -0.0), complex(1e16, 1e-5),
    complex(0.1, 0.2), complex(2**53, 1),
]
for z in values:
    print(repr(z), str(z), z)
print([1j, 2 + 3j], (1j,), {"k": -1j}, {1j})
print(f"{1+2j}", f"{-3j!r}", "%s and %r" % (4j, 5 + 6j), "{} {!r}".format(1j, 2j))
print(type(1j).__name__, type(1 + 1j) is complex, isinstance(1j, complex), isinstance(1.0, complex))
