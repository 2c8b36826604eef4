# The protocols copy follows: __copy__ and __deepcopy__ (with the memo), __reduce_ex__ with
# state and __setstate__, and instances of classes with __slots__.
import copy


class Custom:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__")
        return Custom(self.items)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.items, memo))


c = Custom([[1], [2]])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.items is c.items, c2.items == c.items, c2.items[0] is c.items[0])


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce_ex__(self, protocol):
        print("__reduce_ex__", protocol)
        return (Reduced, (self.a, self.b), {"extra": 1})

    def __setstate__(self, state):
        print("__setstate__", state)
        self.__dict__.update(state)


r = copy.deepcopy(Reduced([1], 2))
print(r.a, r.b, r.extra)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point3([1], 2, 3)
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
print(type(p1).__name__, p1.x is p.x, p1.y, p1.z, p2.x == p.x, p2.x is p.x)
half = Point.__new__(Point)
half.x = 5
h = copy.copy(half)
print(h.x, hasattr(h, "y"))


class WithState:
    def __init__(self):
        self.value = 1

    def __getstate__(self):
        return {"value": self.value * 10}


w = copy.copy(WithState())
print(w.value)


class NoCopy:
    def __reduce_ex__(self, protocol):
        raise TypeError("cannot copy NoCopy")


try:
    copy.deepcopy([NoCopy()])
except TypeError as e:
    print("TypeError:", e)
