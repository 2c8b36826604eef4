# super() in every form: zero-argument in methods, classmethods, __init_subclass__, __new__,
# nested classes and classes made in functions, decorated and rebound classes, closures
# that capture self; two-argument forms; and CPython's RuntimeErrors.
class Base:
    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return f"Base.make({cls.__name__})"

    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)


class Child(Base):
    def hello(self):
        return "Child.hello -> " + super().hello()

    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()

    def __new__(cls, *args):
        print("Child.__new__", cls.__name__)
        return super().__new__(cls)

    def closure(self):
        return lambda: super(Child, self).hello()

    def captured(self):
        def inner():
            return self
        return super().hello() + " (self captured: " + type(inner()).__name__ + ")"


print(Child().hello(), Child.make(), Child().closure()(), Child().captured())


def decorate(cls):
    class Wrapper:
        pass
    Wrapper.original = cls
    return Wrapper


@decorate
class Decorated(Base):
    def hello(self):
        return "Decorated.hello -> " + super().hello()


print(Decorated.original().hello())


class Renamed(Base):
    def hello(self):
        return "Renamed -> " + super().hello()


Keep = Renamed
Renamed = None
print(Keep().hello())


def factory(suffix):
    class Local(Base):
        def hello(self):
            return "Local" + suffix + " -> " + super().hello()

    return Local


print(factory("1")().hello(), factory("2").__qualname__)


class Outer:
    class Inner(Base):
        def hello(self):
            return "Inner -> " + super().hello()


print(Outer.Inner().hello())


class Multi(Child, Base):
    def hello(self):
        return "Multi -> " + super().hello()


print(Multi().hello(), [c.__name__ for c in Multi.__mro__])


class Errors(Base):
    def no_args():
        return super().hello()

    def nested(self):
        def inner():
            return super().hello()
        return inner()

    def deleted(self):
        del self
        return super().hello()


for f in (Errors.no_args, lambda: Errors().nested()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    Errors().deleted()
except (RuntimeError, UnboundLocalError) as e:
    print(type(e).__name__ + ":", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(Child, Child()).hello(), super(Child, Child).make())
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
