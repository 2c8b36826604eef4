# Decorators are evaluated top to bottom before the def, class bases left to
# right before the class body runs; decorators apply bottom to top.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

def deco(tag):
    print(f"make({tag})", end=" ")
    def apply(obj):
        print(f"apply({tag})", end=" ")
        return obj
    return apply

class A: pass
class B: pass

@deco("d1")
@deco("d2")
class C(f("A", A), f("B", B)):
    print("body", end=" ")
    x = f("x", 1)
print(C.__mro__[1].__name__, C.__mro__[2].__name__)

@f("outer", deco("d3"))
@deco("d4")
def g():
    return "g"
print(g())
