# A Python class deriving from collections.deque: its __init__, overridden methods with super(),
# attributes, repr by its own name, and copies that call the subclass.
from _collections import deque


class History(deque):
    def __init__(self, items=(), limit=None, label="h"):
        super().__init__(items, limit)
        self.label = label

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return f"<{self.label}: {super().__repr__()}>"


h = History([1, 2], 3, "hist")
h.append(3)
h.append(4)
print(h, len(h), h.maxlen, h.label, isinstance(h, deque), type(h).__mro__)
print(list(h), h[0], 40 in h, list(reversed(h)))


class Plain(deque):
    pass


p = Plain("abc", 5)
print(p, type(p.copy()).__name__, p.copy(), type(p + Plain("d")).__name__)
p.extra = 1
print(p.__reduce__()[:3], p == deque("abc"))
q = Plain()
print(q, q.maxlen, bool(q))
try:
    hash(p)
except TypeError as e:
    print(e)


class Stack(deque):
    def push(self, x):
        self.append(x)

    def __len__(self):
        return 99


s = Stack()
s.push(1)
print(s, len(s), bool(s), s.pop())
