# reprlib, translated from CPython's Lib: size-limited reprs of nested data, a Repr subclass
# with its own limits and per-type method, and recursive_repr guarding a self-containing class.
import reprlib
from reprlib import Repr, recursive_repr

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 200))
print(reprlib.repr({i: str(i) * 3 for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr(frozenset("abcdefghij")))
print(reprlib.repr([[[[[1]]]]]), reprlib.repr((1,)), reprlib.repr(10 ** 60))
print(reprlib.repr(b"y" * 50), reprlib.repr(range(3)))


class Compact(Repr):
    def __init__(self):
        super().__init__()
        self.maxlist = 3
        self.maxstring = 10
        self.maxlevel = 2

    def repr_Point(self, obj, level):
        return f"P({obj.x},{obj.y})"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


compact = Compact()
print(compact.repr([1, 2, 3, 4, 5]), compact.repr("abcdefghijklmnop"), compact.repr([[[1]]]))
print(compact.repr([Point(1, 2), Point(3, 4)]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(root)
print(root)
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr(Broken())[:20])
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxdict)
reprlib.Repr().repr1(1)
