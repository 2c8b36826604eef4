# weakref.proxy stands for its referent in attributes, operators, calls, iteration and the
# container protocol, and raises ReferenceError once the referent is gone.
import weakref


class Box:
    def __init__(self, items):
        self.items = items
        self.label = "box"

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __iter__(self):
        return iter(self.items)

    def __add__(self, other):
        return Box(self.items + list(other))

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items

    def __str__(self):
        return f"Box{self.items}"

    def total(self):
        return sum(self.items)


box = Box([1, 2, 3])
p = weakref.proxy(box)
print(p.label, p.total(), len(p), p[0], list(p), 2 in p, str(p))
p[0] = 10
p.label = "changed"
print(box.items, box.label, bool(p))
print((p + [4]).items, p == Box([10, 2, 3]), p == box)
print(type(p) is weakref.ProxyType, weakref.proxy(box) is p, weakref.getweakrefcount(box))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def square(x):
    return x * x


cp = weakref.proxy(square)
print(type(cp) is weakref.CallableProxyType, cp(7))
try:
    p()
except TypeError as e:
    print("TypeError:", e)

notified = []
p2 = weakref.proxy(box, lambda r: notified.append(type(r).__name__))
del box
print(notified)
for action in [lambda: p.label, lambda: len(p), lambda: p + [1], lambda: str(p), lambda: p2.total()]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError:", e)
