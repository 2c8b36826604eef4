from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    priority: int
    name: str = "unnamed"
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0


items = [Item(3, "c"), Item(1), Item(2, "b", ["t"])]
print(sorted(items))
print(Item(1) == Item(1), Item(1) < Item(2))
p = Point(1.5)
print(p, hash(p) == hash(Point(1.5, 0.0)))
try:
    p.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
