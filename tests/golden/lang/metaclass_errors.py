# Metaclass errors with CPython's messages: conflicts, __prepare__ results,
# type.__new__'s arguments, a lost __classcell__, and unhashable classes.


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1):
    pass


class C(A, metaclass=M3):
    pass


print(type(C).__name__)


class D(C):
    pass


print(type(D).__name__)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class E(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

for args in [("X",), ("X", ()), ("X", [], {}), (1, (), {}), ("X", (), [])]:
    try:
        type.__new__(type, *args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, "X", ())
except TypeError as e:
    print("TypeError:", e)


class Forgetful(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class F(metaclass=Forgetful):
        def method(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)


class EqMeta(type):
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)


class G(metaclass=EqMeta):
    pass


print(G == G, G == "G", G == type("G", (), {}))
try:
    hash(G)
except TypeError as e:
    print("TypeError:", e)


def not_a_class(name, bases, ns, **kw):
    print("called with", name, bases, sorted(ns), kw)
    return 42


class H(metaclass=not_a_class, flag=True):
    x = 1


print(H)
try:
    class I(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class J(metaclass=M1, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
