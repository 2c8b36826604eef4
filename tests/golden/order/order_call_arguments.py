# A call evaluates the callee, then positional arguments, `*` unpackings,
# keywords and `**` unpackings in source order.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class Seq:
    def __init__(self, tag, items):
        self.tag, self.items = tag, items
    def __iter__(self):
        print(f"iter({self.tag})", end=" ")
        return iter(self.items)

class Map:
    def __init__(self, tag, d):
        self.tag, self.d = tag, d
    def keys(self):
        print(f"keys({self.tag})", end=" ")
        return self.d.keys()
    def __getitem__(self, k):
        print(f"get({self.tag},{k})", end=" ")
        return self.d[k]

def g(*args, **kwargs):
    return args, kwargs

def callee(tag):
    print(tag, end=" ")
    return g

print(callee("c")(f("a"), f("b")))
print(callee("c")(f("a"), k=f("b"), j=f("d")))
print(callee("c")(f("a"), *f("s", [1, 2]), f("b")))
print(callee("c")(*Seq("x", [1]), *Seq("y", [2]), k=f("k")))
print(callee("c")(f("a"), **Map("m", {"p": 1}), q=f("q")))
print(callee("c")(*Seq("x", [1]), **Map("m", {"p": 1})))
print(callee("c")(f("a"), k=f("k"), *Seq("x", [2]), **Map("m", {"z": 3})))
print(g(**f("d", {"a": 1}), b=f("b"), **f("e", {"c": 3})))
try:
    g(**{"a": 1}, **f("dup", {"a": 2}))
except TypeError as e:
    print("TypeError:", e)
