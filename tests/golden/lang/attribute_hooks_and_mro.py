# Instance attribute hooks: __getattr__ only for what normal lookup misses, __getattribute__
# for everything (its AttributeError falling back to __getattr__), __setattr__ and
# __delattr__ for every store and delete, object.__setattr__ to store past them; C3 method
# resolution order with __mro__ and CPython's error for an inconsistent hierarchy.
class Lazy:
    def __init__(self):
        self.present = "here"

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:] * 2
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


class Guarded:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name


class Audited:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


lazy = Lazy()
print(lazy.present, lazy.dyn_ab, getattr(lazy, "missing", "default"), hasattr(lazy, "dyn_x"))
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
g = Guarded()
g.visible = 1
print(g.secret, g.visible, g.other)
a = Audited()
a.x = 1
a.x += 1
del a.x
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))


class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class W(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
