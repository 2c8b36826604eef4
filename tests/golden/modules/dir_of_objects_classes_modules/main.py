# dir() of instances, classes (with their bases, not their metaclass), a class with
# __dir__, slots and modules; the object methods dir() lists (__sizeof__, __getstate__,
# __reduce__, __reduce_ex__) with what CPython returns for plain classes; class dicts with
# __dict__, __weakref__ and __doc__ in CPython's order.
import copyreg
class Base:
    base_attr = 1
    def method(self): pass
class C(Base):
    """doc"""
    cls_attr = 2
    def __init__(self):
        self.inst = 3
c = C()
print(dir(c))
print(dir(C))
print([n for n in dir(c) if not n.startswith("_")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class S:
    __slots__ = ("a", "__b")
    def __init__(self): self.a = 1; self.__b = 2
print(dir(S()))
import helpermod
print(dir(helpermod))
print(object().__sizeof__(), c.__sizeof__(), S().__sizeof__())
print(c.__getstate__(), S().__getstate__(), object().__getstate__())
print(c.__reduce_ex__(2)[1:], c.__reduce_ex__(2)[0].__name__, c.__reduce__()[0].__name__, c.__reduce__()[1:])
print(vars(S).keys())
print(dir(3)[:5], len(dir(object)), dir(object) == sorted(object.__dict__))
print(C.__doc__, S.__doc__)
try:
    dir()
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    own = 1


print([n for n in dir(WithMeta) if not n.startswith("__")], "meta_method" in dir(Meta))
for base in (object, list, dict, tuple, set, frozenset, Exception):
    K = type("K", (base,), {})
    print(base.__name__, [k for k in K.__dict__ if k in ("__dict__", "__weakref__")])
print(type(C.__dict__).__name__, C.__dict__["cls_attr"], "cls_attr" in C.__dict__, len(C.__dict__) > 3)
try:
    C.__dict__["cls_attr"] = 5
except TypeError as e:
    print("TypeError:", e)
print(Base.__dict__["__dict__"], Base.__dict__["__weakref__"], c.__weakref__)
print(Base.__dict__["__dict__"].__get__(c), C.__dict__.get("missing", "default"), list(C.__dict__.keys())[:2])
