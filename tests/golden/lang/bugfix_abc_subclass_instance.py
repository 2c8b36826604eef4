# Subclasses of abc.ABC, collections.abc and typing.Generic/Protocol are
# instantiable; classes with abstract methods raise CPython's TypeError.
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sized
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Shape(ABC):
    def __init__(self, label):
        self.label = label

    @abstractmethod
    def area(self):
        return 0

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{self.label}: {self.sides} sides, area {self.area()}"


class Polygon(Shape):
    @property
    def sides(self):
        return 4


class Square(Polygon):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side + super().area()


class Plain(ABC):
    pass


class Factory(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        ...


square = Square(3)
print(square.describe())
print(isinstance(square, Shape), isinstance(square, ABC), issubclass(Square, Polygon))
print(type(Plain()).__name__, isinstance(Plain(), ABC), isinstance(3, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Polygon.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls, args in ((Shape, ("shape",)), (Polygon, ("polygon",)), (Factory, ())):
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
print([c.__name__ for c in Square.__mro__])


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Table(Mapping):
    def __init__(self, **items):
        self.items_ = items

    def __getitem__(self, key):
        return self.items_[key]

    def __iter__(self):
        return iter(self.items_)

    def __len__(self):
        return len(self.items_)


class Unsized(Sized):
    pass


print(list(Countdown(3)), isinstance(Countdown(0), Iterator), iter(Countdown(1)).n)
table = Table(a=1, b=2)
print(len(table), table["b"], sorted(table), isinstance(table, Mapping))
for cls in (Iterator, Unsized):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Greeter(Protocol):
    def greet(self):
        ...


class English(Greeter):
    def greet(self):
        return "hello"


class Runner(Protocol):
    @abstractmethod
    def run(self):
        ...


class LazyRunner(Runner):
    pass


print(Box(5).item, Box[int](6).item, isinstance(Box(1), Generic))
print(English().greet(), [c.__name__ for c in English.__mro__])
try:
    LazyRunner()
except TypeError as e:
    print("TypeError:", e)
print(repr(ABC), repr(Iterator), repr(Generic), repr(Protocol))


class NotAbstract:
    @abstractmethod
    def f(self):
        ...


print(type(NotAbstract()).__name__)
