from ..units import UNIT, scale
from .. import DEFAULT_UNIT

print("shapes/geometry/area runs:", __name__, __package__, UNIT, DEFAULT_UNIT)


def square(side):
    return side * side


def circle(r):
    return round(3.14159 * r * r, 3)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return square(self.side)
