# numbers, translated from CPython's Lib: the numeric tower over the builtins (registered with
# ABCMeta), a user class joining it by inheritance and one by registration, and the abstract
# methods a concrete subclass must provide.
import numbers

for value in (3, True, 2.5, 1 + 2j, "7"):
    print(repr(value), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                                  numbers.Rational, numbers.Integral) if isinstance(value, cls)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Number))


class Money(numbers.Real):
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return f"Money({self.cents})"


try:
    Money(5)
except TypeError as e:
    print("TypeError", str(e)[:60])


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees


numbers.Real.register(Celsius)
print(isinstance(Celsius(20), numbers.Real), isinstance(Celsius(20), numbers.Complex),
      isinstance(Celsius(20), numbers.Integral), issubclass(Celsius, numbers.Number))
print(sorted(numbers.Integral.__abstractmethods__)[:6], numbers.Number.__hash__)
print(numbers.__all__, numbers.Complex.real.__isabstractmethod__)
numbers.Integral()
