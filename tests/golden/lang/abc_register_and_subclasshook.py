# ABCMeta's registry: register() makes virtual subclasses (and returns the class, so it works
# as a decorator), __subclasshook__ answers structurally, caches are invalidated by later
# registrations, and __subclasses__ lists direct subclasses in creation order.
import abc
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Iterable, Sized


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Circle:
    def draw(self):
        return "circle"


class Square:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Square, Drawable))
token = abc.get_cache_token()
Drawable.register(Square)
print(issubclass(Square, Drawable), isinstance(Square(), Drawable), abc.get_cache_token() > token)


@Drawable.register
class Text:
    pass


print(Text.__name__, isinstance(Text(), Drawable), issubclass(int, Drawable))


class Shape(metaclass=ABCMeta):
    pass


class Polygon(Shape):
    pass


class Triangle(Polygon):
    pass


print(Shape.__subclasses__(), Polygon.__subclasses__(), issubclass(Triangle, Shape))
Polygon.register(tuple)
print(issubclass(tuple, Shape), isinstance((1, 2), Polygon), isinstance([1], Shape))
print(Shape.register(Triangle) is Triangle, Shape.register(Shape) is Shape)
try:
    Triangle.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Shape.register(5)
except TypeError as e:
    print("TypeError", e)


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


Sized.register(Square)
print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Square(), Sized), issubclass(Square, Sized))
print(int.__subclasses__()[:1], object.__subclasses__() != [])
Shape._abc_registry_clear()
Shape._abc_caches_clear()
issubclass(5, Shape)
