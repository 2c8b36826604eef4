# A user subclass of int: every native path that accepts an int sees the value; inherited
# operations give plain ints; user dunders and super() calls override; instances have a __dict__.
class Money(int):
    pass


m = Money(5)
print(m, repr(m), type(m).__name__, isinstance(m, int), issubclass(Money, int))
print([c.__name__ for c in type(m).__mro__])
print(m * 2, 2 * m, m + 1, m - 7, m // 2, m % 3, m ** 2, m / 2, -m, +m, ~m, abs(Money(-3)), m << 2, m & 6)
print(type(m * 2) is int, type(+m) is int, type(-m) is int, type(abs(m)) is int, type(m + 0.5) is float)
print(hash(m) == hash(5), m == 5, 5 == m, m != 5, m < 6, m >= 5, m == 5.0, max(m, 3), sorted([Money(3), 1, m]))
print(m.bit_length(), m.bit_count(), m.to_bytes(2, "big"), m.real, m.numerator, m.conjugate(), type(m.real) is int)
print(int(m), type(int(m)) is int, float(m), bool(m), bool(Money(0)), divmod(m, 2), pow(m, 2, 3), round(m))
print([10, 20, 30, 40, 50, 60][m], list(range(m)), "abcdefg"[m], "ab" * Money(2), m in range(10), bytes(Money(2)))
print(f"{m}|{m:>4}|{m:x}|{m:08b}|{m:,}", "%d %s %r %x %5.1f" % (m, m, m, m, m), format(m, "+d"), str(m))
print(int.__add__(m, 1), int.__repr__(m), int.__eq__(m, 5), m.__add__(2), m.__index__(), type(m.__index__()) is int)
d = {5: "five"}
print(d[m], m in d, {m: "m"}[5], sum([m, Money(1)]), type(sum([m, m])) is int)
print(Money("0x10", 16), Money("  42  "), Money(7.9), Money(), int.__new__(Money, "12"), type(int.__new__(Money, "12")).__name__)
m.label = "cash"
print(m.label, m.__dict__, vars(m))

big = Money(2**100)
print(big, big + 1, big // 3, big.bit_length(), big > 2**99, hash(big) == hash(2**100), type(big - 1) is int)


class Labelled(int):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"Labelled({int(self)}, {self.label!r})"

    def __add__(self, other):
        return Labelled(super().__add__(other), self.label + "+")

    def __eq__(self, other):
        return int(self) == int(other) and getattr(other, "label", self.label) == self.label

    __hash__ = int.__hash__


e = Labelled(3, "x")
print(e, repr(e), str(e), f"{e}", f"{e:03d}", "%s %d" % (e, e), [e], e + 4, repr(e + 4), 4 + e, type(4 + e).__name__)
print(e == 3, e == Labelled(3, "y"), e != Labelled(3, "x"), hash(e) == hash(3), {e: 1}[3])


class Shown(int):
    def __str__(self):
        return f"<{int(self)}>"


s = Shown(9)
print(s, str(s), repr(s), f"{s}", f"{s:d}", "%s|%d" % (s, s), format(s), format(s, "x"))
