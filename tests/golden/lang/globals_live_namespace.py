# globals() is the module's namespace itself, live in both directions: stores
# through it are seen by the code's names and the code's stores by it; dispatch
# by name, names made at run time, deletion, and locals()/vars()/dir() at
# module level.
import sys

counter = 0


def handle_a():
    return "A"


def handle_b():
    return "B"


def dispatch(name):
    return globals()["handle_" + name]()


print(dispatch("a"), dispatch("b"))
g = globals()
counter = 5
print(g["counter"], g is globals(), "dispatch" in g)
g["counter"] = 9
print(counter)
globals()["dynamic"] = "made at run time"
print(dynamic)


def bump():
    global counter
    counter += 1


bump()
print(g["counter"], sorted(k for k in g if not k.startswith("__")))
tests = [name for name, obj in list(globals().items()) if name.startswith("handle_") and callable(obj)]
print(tests)
del g["dynamic"]
try:
    print(dynamic)
except NameError as e:
    print("NameError:", e)


class K:
    v = counter
    w = len(g)


print(K.v, K.w > 5, vars() is g, locals() is g, dir()[:3])
globals().update(alpha=1, beta=2)
print(alpha + beta, __name__, g["__name__"], list(g)[:3])
handle_a = lambda: "rebound"
print(dispatch("a"), g["handle_a"]())
del handle_b
print("handle_b" in g, sys.modules["__main__"].__dict__ is g)
