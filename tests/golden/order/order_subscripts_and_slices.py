# Subscripts evaluate the container, then the index; slices evaluate lower,
# upper, step in order, before __getitem__ runs.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class Box:
    def __getitem__(self, k):
        print(f"getitem({k!r})", end=" ")
        return k

data = list(range(10))
print(f("c", data)[f("i", 3)], f("after"))
print(f("c", data)[f("lo", 1):f("hi", 8):f("st", 2)], f("after"))
print(f("c", data)[:f("hi", 2)], f("c2", data)[f("lo", 8):])
print(f("b", Box())[f("x", 1), f("y", 2)])
print(f("b", Box())[f("x", 1):f("y", 2), f("z", 3)])
print(f("m", {"k": [1, 2]})[f("k")][f("j", 1)])
try:
    print(f("c", data)[f("i", 99)], f("never"))
except IndexError as e:
    print("IndexError:", e)
