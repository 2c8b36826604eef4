# Enum members with methods and properties, _missing_, _generate_next_value_, the functional
# API, copy and deepcopy, pickling's reduce, and match statements on members.
import copy
from enum import Enum, IntEnum, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return f"{self.name} has mass {self.mass}"

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.describe())
print(Planet.heaviest(), Planet((5.976e+24, 6.37814e6)))


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    ALPHA = auto()
    BETA = auto()


print(list(Name), Name.BETA.value)


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level("high"))
try:
    Level(9)
except ValueError as e:
    print(type(e).__name__, e)


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    def __str__(self):
        return f"coin:{self.name.lower()}"

    def __repr__(self):
        return f"Coin<{self.value}>"


print(Coin.PENNY, repr(Coin.NICKEL), [Coin.PENNY])

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__, repr(Animal.CAT))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3))
Nums = IntEnum("Nums", {"ONE": 1, "TEN": 10})
print(Nums.TEN + 1, repr(Nums.ONE))
Start = Enum("Start", "A, B", start=10)
print(Start.A.value, Start.B.value)

print(copy.copy(Planet.EARTH) is Planet.EARTH, copy.deepcopy(Level.HIGH) is Level.HIGH)
print(copy.deepcopy({"k": [Level.LOW]}))


def classify(level):
    match level:
        case Level.LOW:
            return "low!"
        case Level.HIGH:
            return "high!"
    return "?"


print(classify(Level.LOW), classify(Level.HIGH), classify(3))


class Weekday(IntEnum):
    MON = 1
    TUE = 2

    @property
    def is_first(self):
        return self is Weekday.MON


print(Weekday.MON.is_first, Weekday.TUE.is_first, Weekday.MON.real, Weekday.TUE.name)


class Mixed(str, Enum):
    A = "a"
    B = "b"


print(Mixed.A, repr(Mixed.A), Mixed.A == "a", f"{Mixed.B}", Mixed.A.upper())


class WithNested(Enum):
    X = 1
    _ignore_ = ["tmp"]
    tmp = 5
    Y = 2


print(list(WithNested), hasattr(WithNested, "tmp"))
try:
    Enum("Bad", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Broken(Enum):
        _sunder_ = 1
except ValueError as e:
    print(type(e).__name__, e)
print(Level.__members__["LOW"], type(Level.__members__).__name__)
