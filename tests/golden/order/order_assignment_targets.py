# Assignment evaluates the value first, then each target left to right; a
# subscript target evaluates container then index; `x = y = v` assigns x first.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class Obj:
    def __setattr__(self, name, value):
        print(f"setattr({name}={value})", end=" ")
        object.__setattr__(self, name, value)

class D:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        print(f"setitem({k}={v})", end=" ")
        self.items[k] = v

d = D()
f("d", d)[f("k")] = f("v")
print()
f("d", d)[f("k1")] = f("d2", d)[f("k2")] = f("v")
print()
o = Obj()
f("o", o).x = f("v")
print()
f("o", o).a, f("d", d)[f("k")] = f("v", (1, 2))
print()
x = y = f("v")
print(x, y)
a, (b, c), *rest = f("t", [1, (2, 3), 4, 5])
print(a, b, c, rest)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, f("v", 9)
print(i, lst)
