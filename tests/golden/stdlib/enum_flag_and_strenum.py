# Flag, IntFlag and StrEnum: combination, iteration, `in`, ~, and boundaries.
from enum import Flag, IntFlag, StrEnum, auto, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Open(IntFlag):
    RO = 0
    WO = 1
    RW = 2
    CREATE = 64


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"


rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, repr(~Perm.R), ~rw, Perm.R & Perm.W, rw ^ Perm.R)
print(Perm(7), repr(Perm(7)), rw.value, rw.name, Perm.R.name)
print(list(Perm), len(Perm))
print(Open.WO | Open.CREATE, repr(Open.WO | Open.CREATE), Open.RW | 4, repr(Open.RW | 4))
print(Open.WO | 1, Open.CREATE + 1, repr(~Open.WO), Open(0), repr(Open(0)))
print(f"{Open.RW}", format(Open.CREATE, "x"), str(Open.RW))
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE == "sq", Shape.CIRCLE.upper(), f"{Shape.SQUARE}")
print(Shape("sq"), Shape.CIRCLE + "!", list(Shape))
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Keep(7)))
print(Strict._boundary_, Open._boundary_)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Color.WHITE, list(Color.WHITE), list(Color), Color.RED.value, Color.BLUE.value)
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, repr(~Color.WHITE))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)
