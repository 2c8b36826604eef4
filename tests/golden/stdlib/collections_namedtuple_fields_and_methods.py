# collections.namedtuple (a native part of the translated package): the class it makes, its
# methods, defaults, rename, pattern matching, and every argument error CPython gives.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), Point.__doc__, Point._fields, Point.__match_args__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), p.__getnewargs__())
print(Point.__new__.__doc__, Point.__new__.__qualname__, Point._make.__doc__, Point._replace.__doc__)
print(Point.x, Point.y.__doc__, type(p).__bases__, Point.__slots__, issubclass(Point, tuple))
print(Point._make.__qualname__, Point.__repr__.__qualname__, Point._asdict.__qualname__)
x, y = p
print(x, y, p == (11, 22), hash(p) == hash((11, 22)))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2}), ((1,), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)

Account = namedtuple("Account", ["owner", "balance", "kind"], defaults=[0, "std"])
print(Account("ann"), Account("bob", 5), Account._field_defaults, Account.__new__.__defaults__)
try:
    Account()
except TypeError as e:
    print(e)
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
S = namedtuple("S", "a, b", module="mymod")
print(S.__module__, S(1, b=2))
One = namedtuple("One", ["only"])
print(One(1), One.__doc__)

for bad in [("1x", "a"), ("X", "a 2b"), ("X", "a class"), ("class", "a"), ("X", "a _b"), ("X", "a a")]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
try:
    namedtuple("X", "a", defaults=[1, 2])
except TypeError as e:
    print(e)
try:
    namedtuple("X")
except TypeError as e:
    print(e)
try:
    namedtuple("X", "a", True)
except TypeError as e:
    print(e)

match Point(1, 2):
    case Point(a, b):
        print("matched", a, b)
match Account("c", 7):
    case Account(owner, balance=bal):
        print("matched", owner, bal)


class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y


s = Sub(3, 4)
print(s, s.norm(), s._replace(y=0), type(s._replace(y=0)).__name__)
