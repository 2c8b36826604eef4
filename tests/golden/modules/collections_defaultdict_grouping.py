# collections.defaultdict through _collections: grouping and counting with factories, __missing__,
# repr, copies, `|`, pickling's reduce, default_factory as an attribute, and subclasses.
from _collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(by_letter["z"], "z" in by_letter, len(by_letter))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
nested["b"]["y"] -= 1
print({k: dict(v) for k, v in nested.items()})

d = defaultdict(None, {1: 2}, a=3)
print(d, d.default_factory)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
print(d.get("missing"), d.setdefault("s", 0), d)

e = defaultdict(set, [("k", {1})])
c = e.copy()
c["k"].add(2)
c["j"]
print(type(c).__name__, c, e, e.__copy__() == e)
print(defaultdict(list, x=1) | {"y": 2}, {"y": 2} | defaultdict(list, x=1))
u = defaultdict(tuple)
u |= {"z": 1}
print(u, isinstance(u, dict), defaultdict.__mro__)
cls, args, state, listitems, items = defaultdict(list, a=[1]).__reduce__()
print(cls, args, state, listitems, list(items))
print(defaultdict().__reduce__()[1])
f = defaultdict()
print(f, f.default_factory)
f.default_factory = str
print(f["new"] == "", f)
del f.default_factory
print(f.default_factory)
print(defaultdict(list) == {}, defaultdict(int, a=1) == {"a": 1})


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return "Tree" + repr(dict(self))


t = Tree()
t["a"]["b"]["c"] = 1
print(t, type(t["a"]).__name__, t.default_factory is Tree)


class Logged(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


g = Logged(int)
print(g["q"], g, Logged.__name__)
r = defaultdict(list)
r["self"] = r
print(r)
