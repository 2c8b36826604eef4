# abc.ABCMeta is a metaclass: classes of it, or of a subclass of it, compute
# their abstract methods, and ABC's subclasses have it as their type.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(type(Shape), type(Square), type(ABC), isinstance(Shape, ABCMeta))
print(Square(3).area(), sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Tracked(ABCMeta):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("tracked", name, sorted(cls.__abstractmethods__))
        return cls


class Store(ABC, metaclass=Tracked):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...


class Memory(Store):
    def get(self, key):
        return key

    def put(self, key, value):
        pass


print(type(Memory).__name__, Memory().get("k"))
try:
    Store()
except TypeError as e:
    print("TypeError:", e)
