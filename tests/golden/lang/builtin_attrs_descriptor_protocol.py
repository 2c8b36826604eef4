# The descriptor protocol as attributes: function, property, staticmethod and classmethod have
# __get__ (property also __set__/__delete__), and methods and method-like objects expose
# __func__, __self__ and __wrapped__ on their classes as well as on instances.
class C:
    def __init__(self):
        self._x = 1

    def m(self):
        return "m of " + type(self).__name__

    def get_x(self):
        return self._x

    def set_x(self, v):
        self._x = v

    def del_x(self):
        del self._x

    x = property(get_x, set_x, del_x)


def f(self):
    return "f bound"


def g(cls):
    return cls.__name__


c = C()
bound = f.__get__(c, C)
print(bound(), bound.__self__ is c, bound.__func__ is f, f.__get__(None, C) is f)
prop = C.__dict__["x"]
print(prop.__get__(c, C), prop.__get__(None, C) is prop)
prop.__set__(c, 5)
print(c.x)
prop.__delete__(c)
print(hasattr(c, "_x"))
sm = staticmethod(f)
cm = classmethod(g)
print(sm.__get__(c)(1), cm.__get__(c, C)(), cm.__get__(None, C)(), sm.__func__ is f, cm.__wrapped__ is g)
print(type(C.m.__get__(c)).__name__, c.m.__func__ is C.m, [].append.__self__ == [])
print(type(type(c.m).__func__).__name__, type(len).__self__.__class__.__name__)


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: f.__get__(None, None))
show(lambda: f.__get__())
show(lambda: prop.__set__(c))
show(lambda: property().__get__(c, C))
show(lambda: property(get_x).__set__(c, 1))
