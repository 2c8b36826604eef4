# collections.OrderedDict through _collections: an LRU cache with move_to_end and popitem,
# order-sensitive equality, the 3.11 repr, views with reversed(), copies, `|`, fromkeys and
# subclasses.
from _collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            print("evict", self.data.popitem(last=False))


cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), cache.data)

od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, list(od), list(reversed(od)))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print("y" in od.keys(), ("y", 2) in od.items(), 2 in od.values(), od.keys() & {"x", "q"}, od.items() == {("x", 1), ("y", 2), ("z", 3)})
print(od.popitem(), od.popitem(last=False), od)

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a=1, b=2))
print(OrderedDict(), repr(OrderedDict({"k": [1, 2]})))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
print(a | {"c": 3}, {"c": 3} | a)
a |= [("d", 4)]
print(a)
c = a.copy()
c["e"] = 5
print(type(c).__name__, c, a)
print(a.setdefault("b", 9), a.setdefault("f", 6), a.pop("f"), a.pop("zz", "dflt"), a.get("a"))
a.update(b=20, g=7)
print(a, len(a), isinstance(a, dict))
cls, args, state, listitems, items = a.__reduce__()
print(cls, args, state, listitems, list(items))
self_ref = OrderedDict(k=1)
self_ref["me"] = self_ref
print(self_ref)
plain = OrderedDict(q=1)
plain.note = "attributes work"
print(plain.note, plain.__dict__, plain)


class Items:
    def items(self):
        return [("i", 1), ("j", 2)]


plain.update(Items(), k=3)
plain.update({"l": 4}.keys() and {"l": 4})
print(plain)
del a["b"]
a["b"] = 0
print(a)


class Config(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


cfg = Config()
cfg["Host"] = "h"
cfg["PORT"] = 1
print(cfg, type(cfg.copy()).__name__, cfg.copy())
cfg.move_to_end("host")
print(list(cfg), cfg.popitem())


class Named(OrderedDict):
    pass


n = Named(one=1)
n.label = "x"
print(n, n.label, Named.__mro__)
