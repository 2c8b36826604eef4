# obj.m(args): the object, then the method lookup, then the arguments; a
# missing method raises before any argument is evaluated.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

class Loud:
    def __getattr__(self, name):
        print(f"getattr({name})", end=" ")
        if name == "missing":
            raise AttributeError(name)
        return lambda *a, **k: (name, a, k)

print(f("o", Loud()).m(f("a"), f("b")))
print(f("o", Loud()).m(f("a"), k=f("b")))
print(f("o", Loud()).m(*f("s", [1]), f("b")))
try:
    Loud().missing(f("never"))
except AttributeError as e:
    print("AttributeError:", e)
try:
    f("n", None).nope(f("never"))
except AttributeError as e:
    print("AttributeError:", e)
print(f("s", "a-b").split(f("sep", "-")), f("after"))
lst = []
lst.append(f("x"))
lst.extend([f("y"), f("z")])
print(lst)
print(type(f("o", Loud()).m(f("a"))).__name__, f("after"))
