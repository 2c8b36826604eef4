# A user subclass of float: a heap instance carrying the value, seen by float(), math,
# formatting and arithmetic, whose inherited operations give plain floats.
import math


class Ratio(float):
    pass


f = Ratio(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), [c.__name__ for c in Ratio.__mro__])
print(f * 2, 2 * f, f + 1, f - 0.5, f / 2, f // 2, f % 2, f ** 2, -f, +f, abs(Ratio(-1.5)), divmod(f, 2))
print(type(f * 2) is float, type(-f) is float, type(+f) is float, type(f + 1) is float, type(1 + f) is float)
print(f > 2, f == 2.5, 2.5 == f, f < 3, f == Ratio(2.5), hash(f) == hash(2.5), hash(Ratio(3.0)) == hash(3), {2.5: "x"}[f])
print(float(f), type(float(f)) is float, int(f), round(f), round(f, 1), bool(f), bool(Ratio()), math.floor(f), math.sqrt(f))
print(f.is_integer(), f.hex(), f.as_integer_ratio(), f.real, type(f.real) is float, f.conjugate(), float.__add__(f, 1.0))
print(f"{f}|{f:.3f}|{f:>8}|{f:e}", "%.2f %s %r %d" % (f, f, f, f), format(f, ".1%"), str(f), [f], max(f, 1))
print(Ratio("1e3"), Ratio(" 7 "), Ratio(3), float.__new__(Ratio, "3.25"), type(float.__new__(Ratio, "3.25")).__name__)
f.unit = "x"
print(f.unit, f.__dict__)


class Degrees(float):
    def __new__(cls, value, unit="deg"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"{float(self)}{self.unit}"

    def __sub__(self, other):
        return Degrees(float(self) - other, self.unit)


dg = Degrees(90)
print(dg, repr(dg), [dg], f"{dg}", f"{dg:.0f}", dg + 1, dg - 1, repr(dg - 1), dg.unit, float.__repr__(dg), str(dg))
