# Augmented assignment of a subscript or attribute evaluates the container
# and index once, reads the current value, evaluates the right-hand side,
# applies the operator, then stores.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class D:
    def __init__(self, **items):
        self.items = items
    def __getitem__(self, k):
        print(f"getitem({k})", end=" ")
        return self.items[k]
    def __setitem__(self, k, v):
        print(f"setitem({k}={v})", end=" ")
        self.items[k] = v

class O:
    def __init__(self):
        object.__setattr__(self, "n", 1)
    def __getattribute__(self, name):
        print(f"get({name})", end=" ")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print(f"set({name}={value})", end=" ")
        object.__setattr__(self, name, value)

d = D(k=1)
f("d", d)[f("k")] += f("v", 10)
print(d.items)
o = O()
f("o", o).n *= f("v", 5)
print()
x = 1
x += f("v", 2)
print(x)
lst = [1, 2]
f("l", lst)[f("i", 0)] -= f("v", 3)
print(lst)
n = 10

def bump():
    global n
    n = 100
    return 1

n += bump()
print(n)
