# Parameter defaults (positional, then keyword-only) are evaluated once, at
# the def or lambda, left to right; decorators before defaults.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

def deco(tag):
    print(f"deco({tag})", end=" ")
    return lambda fn: fn

@deco(f("d1"))
@deco(f("d2"))
def g(a=f("a"), b=f("b"), *, c=f("c"), d=f("d")):
    return a, b, c, d
print()
print(g(), g(1))
h = lambda x=f("x"), *, y=f("y"): (x, y)
print(h())
k = lambda: f("body")
print("made", end=" ")
print(k())
print((lambda p=f("p"): p)(), f("after"))
