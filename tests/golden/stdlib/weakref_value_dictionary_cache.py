# A cache in a WeakValueDictionary whose entries vanish when the last strong reference to the
# value goes; WeakKeyDictionary, WeakSet and WeakMethod beside it.
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


class Cache:
    def __init__(self):
        self.entries = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, name):
        image = self.entries.get(name)
        if image is None:
            self.loads += 1
            image = Image(name)
            self.entries[name] = image
        return image


cache = Cache()
a = cache.get("a")
b = cache.get("b")
a2 = cache.get("a")
print(a is a2, cache.loads, sorted(cache.entries.keys()), len(cache.entries))
del a, a2
print(sorted(cache.entries.keys()), "a" in cache.entries, "b" in cache.entries)
c = cache.get("a")
print(cache.loads, list(cache.entries.items()))
del b
print(list(cache.entries))
try:
    cache.entries["b"]
except KeyError as e:
    print("KeyError", e)
print(cache.entries.pop("a") is c, len(cache.entries))
refs = cache.entries.valuerefs()
print(refs)

owners = weakref.WeakKeyDictionary()
k1, k2 = Image("k1"), Image("k2")
owners[k1] = "one"
owners[k2] = "two"
print(sorted(owners.values()), len(owners), k1 in owners)
del k1
print(list(owners.values()), len(owners))

live = weakref.WeakSet()
x, y, z = Image("x"), Image("y"), Image("z")
live.add(x)
live.add(y)
live.add(z)
print(len(live), y in live)
del y
print(len(live), sorted(i.name for i in live))
other = weakref.WeakSet([x])
print(other <= live, live - other == weakref.WeakSet([z]), len(live | other))
live.discard(x)
print(len(live), list(live))


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return "clicked " + self.label


button = Button("ok")
wm = weakref.WeakMethod(button.click)
print(wm()(), wm() == button.click, wm == weakref.WeakMethod(button.click))
events = []
wm2 = weakref.WeakMethod(button.click, lambda r: events.append("gone"))
del button
print(wm(), wm2(), events)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
