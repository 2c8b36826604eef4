# Attribute access on classes with metaclasses: the metaclass's data
# descriptors win over the class dict, the class dict over the metaclass's
# methods; __getattr__, __setattr__ and __delattr__ defined on the metaclass;
# descriptors' __get__ called with no instance on class access.


class Described:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__)

    def __set__(self, obj, value):
        print("set", value)


class Meta(type):
    shadowed = "from meta"
    data = property(lambda cls: "meta property of " + cls.__name__)

    def greet(cls):
        return "hello from " + cls.__name__

    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{cls.__name__} has no {name}")

    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)


class C(metaclass=Meta):
    shadowed = "from class"
    data = "class data"
    d = Described()


print(C.shadowed, C.data, C.greet(), C.dyn_value, C.d)
C.added = 5
print(C.added)
del C.added
print(hasattr(C, "added"))
try:
    C.missing
except AttributeError as e:
    print("AttributeError:", e)
print(C().shadowed, C().data, C().d)
c = C()
c.d = 7


class Counting(type):
    def __getattribute__(cls, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return "fallback for " + name


class D(metaclass=Counting):
    secret = 1
    visible = 2


print(D.secret, D.visible, D.other)


class Slotted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith("_")]


class Record(metaclass=Slotted):
    a = 1
    b = 2

    def total(self):
        return self.a + self.b


print(Record.fields, Record().total(), vars(Record)["a"])


class Upper(type):
    def __new__(mcls, name, bases, ns):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, renamed)


class Shout(metaclass=Upper):
    x = 1

    def hello(self):
        return "hi"


print(Shout.X, Shout().HELLO(), hasattr(Shout, "x"))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedNamespace()

    def __new__(mcls, name, bases, ns):
        print("assigned", ns.assigned)
        return super().__new__(mcls, name, bases, dict(ns))


class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.assigned = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.assigned.append(key)
        super().__setitem__(key, value)


class Fields(metaclass=Ordered):
    z = 1
    a = z + 1
    m = a * 10
    z = 5


print(Fields.z, Fields.a, Fields.m)
