# The mixin methods user subclasses of Mapping, MutableMapping, MutableSequence and Set inherit
# from Lib/_collections_abc.py, and the match statement's view of them.
from collections.abc import Mapping, MutableMapping, MutableSequence, Set, Sequence


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f.get("a"), f.get("z", 0), "a" in f, "z" in f)
print(list(f.keys()), list(f.items()), list(f.values()))
print(type(f.keys()).__name__, f == {"a": 1, "b": 2}, f != {"a": 1}, len(f.values()))
print(f.keys() & {"a", "q"}, f.items() | {("c", 3)} == {("a", 1), ("b", 2), ("c", 3)})


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
print(s.setdefault("x", 9), s.setdefault("w", 4), s.pop("y"), s.pop("nope", "dflt"))
print(sorted(s.items()), s.popitem())
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(len(s), dict(s))


class Vec(MutableSequence):
    def __init__(self, *items):
        self._l = list(items)

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)

    def __repr__(self):
        return f"Vec{self._l}"


v = Vec(3, 1, 2)
v.append(5)
v.extend([7, 1])
v += [8]
print(v, v.index(1), v.count(1), 7 in v, list(reversed(v)))
print(v.pop(), v.pop(0), v)
v.remove(1)
v.reverse()
print(v)
try:
    v.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    v.remove(42)
except ValueError as e:
    print("ValueError", e)
match v:
    case [a, b, *rest]:
        print("sequence", a, b, rest)
match f:
    case {"a": x}:
        print("mapping", x)


class Bits(Set):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return f"Bits{sorted(self._s)}"


a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bits([2]) < a, a == Bits([3, 2, 1]), a.isdisjoint([9]))


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


Sequence.register(Registered)
match Registered():
    case [p, q]:
        print("registered sequence", p, q)
match "ab":
    case [p, q]:
        print("str is no sequence pattern")
    case _:
        print("str stays a str")
