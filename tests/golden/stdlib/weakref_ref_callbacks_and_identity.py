# weakref.ref: the referent or None, callbacks in reverse order of creation once the last strong
# reference goes, the shared basic ref, __callback__, hashing and equality of references.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def make_callback(label):
    def callback(ref):
        print("callback", label, ref() is None, weakref.getweakrefcount(ref))
    return callback


a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1() is a, r1.__callback__)
c1 = weakref.ref(a, make_callback("first"))
c2 = weakref.ref(a, make_callback("second"))
c3 = weakref.ref(a, make_callback("third"))
print(c1 is not c2, c1 == c2, c1 == r1, hash(c1) == hash(a))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is r1)
print([w is c3 for w in weakref.getweakrefs(a)])
print(a.__weakref__ is r1)
print(type(r1).__name__, type(r1) is weakref.ReferenceType, weakref.ref)
print(c1.__callback__.__name__)
del a
print("after del")
print(r1(), c1(), c1.__callback__, c1 == c2, c1 == c1, c1 != c2)
print(weakref.getweakrefcount(r1), "dead" in repr(r1))

b = Node("b")
rb = weakref.ref(b)
h = hash(rb)
del b
print(hash(rb) == h)
d = Node("d")
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print("TypeError:", e)

for value in [1, "s", (1,), [1], {1: 2}, None, 2.5, b"x"]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


for obj in [Slotted(), SlottedWeak(), {1}, frozenset(), len, make_callback, Node, weakref]:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)


def gen():
    yield 1


g = gen()
rg = weakref.ref(g)
del g
print(rg())


class Obj:
    def method(self):
        return 1


o = Obj()
m = o.method
rm = weakref.ref(m)
print(rm() is m)
del m
print(rm())
