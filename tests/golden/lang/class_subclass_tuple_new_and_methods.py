# Subclassing tuple: __new__ building the items, extra methods and properties, repr, equality
# and hashing as tuples, unpacking, slicing (plain tuples), and immutability.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.x, p.y, p.norm2(), len(p), list(p), p[1], p[::-1], type(p[:1]).__name__)
print(p == (3, 4), (3, 4) == p, hash(p) == hash((3, 4)), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, p + (5,), type(p + (5,)).__name__, {p: "point"}[(3, 4)])
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    pass


q = Pair([1, 2])
q.label = "has a dict"
print(q, repr(q), q.label, Pair(), tuple.__new__(Pair, "ab"), str(q))
try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Tagged(tuple):
    def __init__(self, items):
        self.tag = len(items)


t = Tagged("xyz")
print(t, t.tag, sorted(Tagged([3, 1, 2])), max(Tagged((4, 9))))
print(Point(1, 2) == Point(1, 2), Point(1, 2) < Point(1, 3), Point(1, 2) + Point(3, 4), (0,) + Pair([1]))
e = Pair([1]) + ()
print(type(e).__name__, type(Pair([1]) * 1).__name__, Pair([1]) * 2)
