# The helpers collections' Python code uses from _collections: _count_elements (Counter.update)
# over dicts, dict subclasses and other mappings, and _tuplegetter (namedtuple's field
# descriptors) on tuples, tuple subclasses and the wrong objects.
from _collections import _count_elements, _tuplegetter

counts = {}
_count_elements(counts, "abracadabra")
print(counts)
_count_elements(counts, ["a", "z"])
print(counts)


class Tally(dict):
    def __missing__(self, key):
        return 0


t = Tally()
_count_elements(t, [3, 1, 3, 3])
print(t, type(t).__name__)


class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


_count_elements(Loud(x=5), "xy")


class Mapping:
    def __init__(self):
        self.d = {}

    def get(self, key, default):
        return self.d.get(key, default)

    def __setitem__(self, key, value):
        self.d[key] = value


m = Mapping()
_count_elements(m, (1, 2, 1))
print(m.d)
try:
    _count_elements(1, "ab")
except AttributeError as e:
    print("AttributeError", e)
try:
    _count_elements({}, 5)
except TypeError as e:
    print("TypeError", e)


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, "Alias for field number 0")
    y = _tuplegetter(1, "Alias for field number 1")


p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__, type(Point.y).__name__)
print(Point.x.__get__(p), Point.y.__get__((7, 8)), Point.x.__get__(None, Point) is Point.x)
print(Point.x.__reduce__())
for bad in (lambda: Point((1,)).y, lambda: Point.x.__get__([1]), lambda: setattr(p, "x", 1),
            lambda: delattr(p, "y"), lambda: _tuplegetter(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
g = _tuplegetter(5, None)
g.__doc__ = "changed"
print(g, g.__doc__)
print(Point((1,)).y)
