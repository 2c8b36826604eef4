# property in every form (decorators, getter/setter/deleter, property(...) with a doc,
# read-only errors), classmethod and staticmethod (wrapping a property, called from
# the class dict), super() with zero, one and two arguments, exceptions with extra
# attributes and __str__, and class-body scoping.
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
    def gety(self): return 42
    y = property(gety, None, None, "y doc")
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.y.__doc__, p.y)
del p.x
try:
    p.y = 3
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
class Q:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def helper(a): return a * 2
    @classmethod
    @property
    def cprop(cls): return "cprop of " + cls.__name__
    direct = staticmethod(len)
print(Q.make(), Q().make(), Q.helper(2), Q().helper(3), Q.cprop, Q.direct("abc"))
sm = Q.__dict__["helper"]
print(type(sm).__name__, sm(5), sm.__func__(6), type(Q.__dict__["make"]).__name__, Q.__dict__["make"].__func__(Q))
print(isinstance(P.x, property), P.x.fget(p), P.x.fset.__name__, callable(P.x.fdel))
class R(P):
    @P.x.getter
    def x(self):
        return "R" + str(self._x)
r = R()
r.x = 1
print(r.x)
class Base:
    def hello(self): return "Base.hello"
    @classmethod
    def cm(cls): return "Base.cm " + cls.__name__
class Mid(Base):
    def hello(self):
        return "Mid>" + super().hello() + "|" + super(Mid, self).hello()
    @classmethod
    def cm(cls): return "Mid>" + super().cm()
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super(Mid, self).hello()
    @staticmethod
    def st():
        return super(Leaf, Leaf).cm()
print(Mid().hello(), Leaf().hello(), Mid.cm(), Leaf.st())
print(super(Leaf, Leaf()).hello.__qualname__, super(Mid, Leaf))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(7, "broken")
except MyErr as e:
    print(e, repr(e), e.code, e.args)
x = 10
class Scope:
    x = 20
    y = [x for _ in range(2)]
    z = (lambda: x)()
    def f(self): return x
print(Scope.y, Scope.z, Scope().f())
