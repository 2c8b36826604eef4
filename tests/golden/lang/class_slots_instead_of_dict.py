# __slots__: no __dict__, member descriptors, CPython's AttributeErrors, inheritance (a subclass
# without __slots__ has a dict again, '__dict__' in __slots__ gives one), private names mangled,
# conflicts with class variables, layout conflicts between slotted bases.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p, Point.x, type(Point.x).__name__, Point.__slots__, Point.x.__name__)
p.x = 10
print(p.x, hasattr(p, "__dict__"))
for attempt in ("p.z = 3", "p.__dict__", "vars(p)", "del p.x; del p.x", "Point.__new__(Point).y"):
    try:
        if attempt == "p.z = 3":
            p.z = 3
        elif attempt == "p.__dict__":
            print(p.__dict__)
        elif attempt == "vars(p)":
            print(vars(p))
        elif attempt.startswith("del"):
            del p.x
            del p.x
        else:
            print(Point.__new__(Point).y)
    except (AttributeError, TypeError) as e:
        print(attempt, "->", type(e).__name__, repr(str(e)))


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, Point3.__slots__, hasattr(q, "__dict__"))


class Loose(Point):
    pass


loose = Loose(5, 6)
loose.extra = "yes"
print(loose.__dict__, loose.x)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a)


class One:
    __slots__ = "only"


print(One.only)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class BadItem:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Empty:
    __slots__ = ()


class Both(A, Empty):
    pass


both = Both()
both.a = 1
both.more = 2
print(both.a, both.more)


class Err(Exception):
    __slots__ = ("code",)


e = Err("boom")
e.code = 7
e.other = 8
print(e, e.code, e.other, e.__dict__)
try:
    Point.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
