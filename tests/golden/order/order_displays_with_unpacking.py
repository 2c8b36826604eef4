# List, tuple, set and dict displays evaluate elements left to right; `*x`
# and `**m` are unpacked at their position; a dict display evaluates each key
# before its value.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class Seq:
    def __init__(self, tag, items):
        self.tag, self.items = tag, items
    def __iter__(self):
        print(f"iter({self.tag})", end=" ")
        return iter(self.items)

print([f("a"), f("b"), f("c")])
print((f("a"), f("b")))
print(sorted({f("a"), f("b"), f("c")}))
print({f("k1"): f("v1"), f("k2"): f("v2")})
print([f("a"), *Seq("s", [1, 2]), f("b"), *Seq("t", [3])])
print((*Seq("s", [1]), f("a"), *Seq("t", [2])))
print(sorted({*Seq("s", ["z"]), f("a")}))
print({f("k"): 1, **f("m", {"x": 2}), f("j"): f("v")})
print({f("k"): f("v1"), f("k"): f("v2")})
print([*f("a", [1, 2]), f("b"), *f("c", (3,))])
