# math.floor/ceil/trunc and three-argument pow on int and float subclasses: the subclass's own
# __floor__/__trunc__/__pow__ first (a user's, else the builtin's, giving plain values).
import math


class Count(int):
    pass


class Ratio(float):
    pass


class Modular(int):
    def __pow__(self, exponent, modulus=None):
        return ("Modular.__pow__", int(self), exponent, modulus)

    def __floor__(self):
        return "floored"


for f in (math.floor, math.ceil, math.trunc):
    results = [f(Count(7)), f(Ratio(2.5)), f(Ratio(-2.5))]
    print(f.__name__, results, [type(r).__name__ for r in results])
print(pow(Count(2), 10, 1000), type(pow(Count(2), 10, 1000)).__name__, pow(2, Count(10), 1000), pow(Modular(3), 2, 5))
print(pow(Modular(3), 2), Modular(3) ** 2, math.floor(Modular(3)), math.ceil(Modular(3)), type(math.ceil(Modular(3))).__name__)
try:
    pow(Ratio(2.0), 3, 5)
except TypeError as e:
    print("TypeError:", e)
