# Enum and IntEnum members: reprs, str, format, iteration, lookup by value and name, aliases.
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Color.RED, repr(Color.RED), f"{Color.GREEN}", format(Color.BLUE, ""))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color.RED.value)
print(list(Color), len(Color))
print(list(Color.__members__))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(type(Color.RED), isinstance(Color.RED, Color), Color)
print(Number.TWO, repr(Number.TWO), f"{Number.TWO}", Number.TWO + 1, Number.THREE > Number.ONE)
print(format(Number.ONE, "03d"), "%d" % Number.THREE, str(Number.ONE))
print(Number(3), Number.ONE == 1, Color.RED == 1, Color.RED != Color.GREEN)
try:
    Color(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 7
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.RED
except AttributeError as e:
    print(type(e).__name__, e)

d = {Color.RED: "red", Color.GREEN: "green"}
print(d[Color.CRIMSON], hash(Color.RED) == hash(Color.CRIMSON), Color.GREEN in d)
print(Color.RED in Color, Number.ONE in Number)
print(sorted(Number, reverse=True))
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(Fine.B)

try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Sub(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)

print(Color.RED is Color(1), Color(Color.RED))
print(reversed(list(Number)) is not None, [m.name for m in reversed(Number)])
