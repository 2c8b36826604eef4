# reversed() of dicts and their views walks the entries last first (dict_reversekeyiterator
# and its siblings); of a list, list_reverseiterator, which stops at an index the list lost.
# Also what copy and pickle ask of immutable builtins: __getnewargs__, bytes.__bytes__,
# float.__getformat__, and a dict view's mapping.
d = {1: 2, 3: 4, "a": 5}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
del d[3]
d["z"] = 0
print(list(reversed(d)), list(d.__reversed__()), len(list(reversed({}))))
it = reversed(d)
next(it)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
items = [1, 2, 3, 4]
r = reversed(items)
print(type(r).__name__, next(r))
items.pop()
items.pop()
print(list(r), list(reversed([])), [c for c in reversed("abc")])
print("x".__getnewargs__(), (1,).__getnewargs__(), b"q".__getnewargs__(), b"q".__bytes__())
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print("ValueError:", e)
view = d.keys()
print(view.mapping, type(view.mapping).__name__, view.mapping["a"], d.items().mapping is not d)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
p = property(lambda s: 1)
print(type(reversed(range(2))).__name__, len(dir(p)), len(dir({}.keys())), type(p).fget, type(p).__dict__["fset"])
print(staticmethod(len).__isabstractmethod__, classmethod(len).__isabstractmethod__, p.__isabstractmethod__)
