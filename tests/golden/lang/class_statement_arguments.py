# The class statement's arguments: starred bases, keywords from a mapping,
# the metaclass among them, evaluated in source order before the body, with
# __build_class__'s errors.


def note(label, value):
    print("evaluate", label)
    return value


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Other:
    pass


bases = (Base, Other)
options = {"color": "red", "size": 3}


class A(*bases, **options):
    print("body of A")


print(A.__mro__)


class B(note("base", Base), flag=note("flag", True), **note("options", {"extra": 1})):
    print("body of B")


class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)


class C(note("base", Base), metaclass=note("metaclass", M), level=note("level", 2)):
    print("body of C")


print(type(C).__name__)
try:
    class D(Base, a=1, **{"a": 2}):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(**[1]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class F(*[1]):
        pass
except TypeError as e:
    print("TypeError:", e)


class G(*[]):
    pass


print(G.__bases__)
