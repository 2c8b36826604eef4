# complex.real, .imag, .conjugate(), abs(), __complex__, __getnewargs__,
# isinstance, conversions to int/float/round, and read-only attributes.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), z.__complex__() is z, z.__getnewargs__())
print((1j).real, (1j).imag, (-0j).imag, (2.5).imag, (7).real, 2j.conjugate(), complex.conjugate(1 - 1j))
print(abs(3 - 4j), abs(-0j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(1e-320j))
print(isinstance(z, complex), isinstance(1, complex), isinstance(z, (int, float)), issubclass(complex, object))
print(type(z) is complex, complex.__name__, type(complex.real).__name__, type(z.conjugate).__name__)
print(z.__add__(1), z.__radd__(1.5), z.__mul__("x"), z.__truediv__(2), z.__rpow__(2), z.__eq__(3 + 4j), z.__lt__(z))
print(z.__abs__(), z.__neg__(), z.__pos__(), z.__bool__(), z.__hash__() == hash(z), z.__repr__())
print(z.__format__(".1f"), format(z), format(z, ""))

show("int(z)", lambda: int(z))
show("float(z)", lambda: float(z))
show("round(z)", lambda: round(z))
show("abs overflow", lambda: abs(complex(1e308, 1e308)))
show("z.real = 1", lambda: setattr(z, "real", 1))
show("del z.imag", lambda: delattr(z, "imag"))
show("z.other = 1", lambda: setattr(z, "other", 1))
show("z.missing", lambda: z.missing)
show("z.__pow__(2, 3)", lambda: z.__pow__(2, 3))
show("z.conjugate(1)", lambda: z.conjugate(1))
show("len(z)", lambda: len(z))
show("z[0]", lambda: z[0])
show("iter(z)", lambda: iter(z))
