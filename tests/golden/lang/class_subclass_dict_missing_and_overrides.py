# A dict subclass: __missing__, overridden __getitem__/__setitem__ reaching dict's through
# super(), instance attributes, dict's repr, isinstance, and dict's own methods on it.


class Counter2(dict):
    def __missing__(self, key):
        return 0


c = Counter2()
for word in "the cat and the hat and the bat".split():
    c[word] += 1
print(c, len(c), c["dog"], "dog" in c, c.get("dog"))
print(isinstance(c, dict), type(c).__name__, repr(c), str(c), type(c).__mro__)
c.label = "words"
print(c.label, c.__dict__, sorted(c.items()), list(c))


class Upper(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key.upper())

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper({"A": 1}, B=2)
u["c"] = 3
print(u, u["a"], u["c"], u.reads, u.get("c"), u == {"A": 1, "B": 2, "C": 3})
u.update(d=4)
print(u, dict(u), type(dict(u)).__name__, u.copy(), type(u.copy()).__name__)
print(u | {"Z": 0}, type(u | {}).__name__, Counter2.fromkeys("ab", 1), type(Counter2.fromkeys("ab")).__name__)
del u["A"]
print(u.pop("B"), u, bool(u), bool(Counter2()))
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
try:
    u["missing"]
except KeyError as e:
    print("KeyError:", e)


class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

    def __repr__(self):
        return f"Default({self.factory.__name__}, {dict.__repr__(self)})"


groups = Default(list)
for n in range(7):
    groups[n % 3].append(n)
print(groups, len(groups), groups[1])
