# Subclasses of weakref.ref carry attributes and their own __new__/__call__; a reference that
# dies before its referent never calls its callback; __weakref__ is the first reference.
import weakref


class Named(weakref.ref):
    __slots__ = ("label",)

    def __new__(cls, ob, label, callback=None):
        self = super().__new__(cls, ob, callback)
        self.label = label
        return self

    def __init__(self, ob, label, callback=None):
        super().__init__(ob, callback)

    def __call__(self):
        target = super().__call__()
        return None if target is None else ("target", self.label)


class Target:
    pass


t = Target()
n1 = Named(t, "one")
n2 = Named(t, "two", lambda r: print("callback for", r.label, r()))
plain = weakref.ref(t)
print(n1(), n2(), n1 is not n2, isinstance(n1, weakref.ref), type(n1).__name__)
print(n1 == plain, n1 == n2, hash(n1) == hash(plain))
print(weakref.getweakrefs(t)[0] is plain, t.__weakref__ is plain, weakref.getweakrefcount(t))
try:
    n1.other = 1
except AttributeError as e:
    print("AttributeError:", e)

u = Target()
short = weakref.ref(u, lambda r: print("never printed"))
del short
print(weakref.getweakrefcount(u), u.__weakref__)
del u

del t
print(n1(), n2(), plain())
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(Target(), None, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    plain(1)
except TypeError as e:
    print("TypeError:", e)

d = {}
alive = Target()
d["a"] = weakref.ref(alive)
gone = Target()
d["b"] = weakref.ref(gone)
del gone
weakref._remove_dead_weakref(d, "a")
weakref._remove_dead_weakref(d, "b")
weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
