# Metaclasses: __prepare__, __new__, __init__ and __call__ in CPython's order,
# keywords of the class statement, inheritance of the metaclass, and the
# protocol of class objects (iteration, len, indexing, membership, truth,
# repr, comparison, operators) through dunders the metaclass defines.


class Tracing(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        ns = {"from_prepare": name.lower()}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")], sorted(kw))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, cls.tag)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        print("made", type(obj).__name__)
        return obj


class Base(metaclass=Tracing, tag="base"):
    def __init__(self, value):
        self.value = value

    def method(self):
        return __class__.__name__


class Child(Base, tag="child"):
    extra = 1


b = Base(1)
c = Child(value=2)
print(b.value, c.value, Base.tag, Child.tag, Base.from_prepare, Child.from_prepare, Child.extra)
print(type(Base).__name__, type(Child) is Tracing, isinstance(Base, Tracing), isinstance(Base, type))
print(Tracing.__mro__, Base.__class__, c.method())
print(issubclass(Tracing, type), Tracing.__bases__, Tracing.__name__, Tracing.__qualname__)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)

    def describe(cls):
        return f"{cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('_'))}"

    @property
    def label(cls):
        return "label of " + cls.__name__


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin):
    sep = ","


class JsonPlugin(Plugin):
    indent = 2


print(Registry.classes, CsvPlugin.describe(), JsonPlugin.label)
print(hasattr(CsvPlugin(), "describe"), hasattr(CsvPlugin(), "label"))


class Listing(type):
    def __iter__(cls):
        return iter(cls._members)

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, key):
        return cls._members[key]

    def __contains__(cls, item):
        return item in cls._members

    def __repr__(cls):
        return f"<listing {cls.__name__}: {len(cls)} members>"

    def __or__(cls, other):
        return cls._members + other._members

    def __lt__(cls, other):
        return len(cls) < len(other)


class Colors(metaclass=Listing):
    _members = ["red", "green", "blue"]


class Sizes(metaclass=Listing):
    _members = ["S", "M"]


class Empty(metaclass=Listing):
    _members = []


print(list(Colors), len(Colors), Colors[1], "green" in Colors, "pink" in Colors)
print(Colors, repr(Sizes), str(Empty), f"{Colors!r}")
print(Colors | Sizes, Sizes < Colors, Colors < Sizes, bool(Colors), bool(Empty))
print(sorted([Colors, Sizes, Empty]))
print([m for m in Sizes], dict(enumerate(Sizes)))


class Checked(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Checked):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck), isinstance(Mallard(), (int, Duck)))

T = type("T", (object,), {"x": 5, "double": lambda self: self.x * 2})
print(T().double(), T.__name__, T.__qualname__, T.__module__, T.__bases__)
U = type("U", (Base,), {"__init__": lambda self: None})
print(type(U).__name__, U.tag)
u = U()
V = Tracing("V", (), {"y": 3}, tag="direct")
print(V.tag, V.y, V.__qualname__)


class Counted(type):
    count = 0

    def __call__(cls, *args):
        Counted.count += 1
        return super().__call__(*args)


class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


points = [Point(1, 2), Point3(1, 2, 3), Point(0, 0)]
print(Counted.count, [type(p).__name__ for p in points], points[1].z)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kwargs)
        return Singleton.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = {}


first = Config()
second = Config()
first.values["a"] = 1
print(first is second, second.values)
Singleton.instances.clear()
