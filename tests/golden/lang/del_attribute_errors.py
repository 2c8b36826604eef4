# del of attributes: instances, classes and builtin objects, with CPython's
# AttributeError and TypeError messages.


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


class Base:
    shared = "class attribute"

    @property
    def prop(self):
        return 1

    @property
    def deletable(self):
        return 2

    @deletable.deleter
    def deletable(self):
        print("deleter runs")


class Derived(Base):
    pass


class Logged:
    def __delattr__(self, name):
        print("__delattr__", name)


obj = Base()
obj.x = 1
del obj.x
print(vars(obj))


def del_x(o):
    del o.x


def del_shared(o):
    del o.shared


def del_prop(o):
    del o.prop


def del_deletable(o):
    del o.deletable


def del_real(o):
    del o.real


def del_append(o):
    del o.append


def del_start(o):
    del o.start


show("instance missing", lambda: del_x(obj))
show("instance class attribute", lambda: del_shared(obj))
show("property without deleter", lambda: del_prop(obj))
show("property with deleter", lambda: del_deletable(obj))
show("subclass attribute", lambda: del_shared(Derived))
show("class attribute", lambda: del_shared(Base))
show("class attribute again", lambda: del_shared(Base))
print(hasattr(Base, "shared"), hasattr(obj, "shared"))
show("class missing", lambda: del_x(Base))
show("user __delattr__", lambda: del_x(Logged()))


def f():
    pass


f.x = 1
show("function attribute", lambda: del_x(f))
show("function attribute again", lambda: del_x(f))
show("object()", lambda: del_x(object()))
show("int", lambda: del_x(5))
show("int.real", lambda: del_real(5))
show("float.real", lambda: del_real(1.5))
show("bool.real", lambda: del_real(True))
show("None", lambda: del_x(None))
show("str", lambda: del_x("s"))
show("list.append", lambda: del_append([]))
show("slice.start", lambda: del_start(slice(1, 2)))
show("builtin", lambda: del_x(print))
show("type int", lambda: del_real(int))
show("type list", lambda: del_append(list))
show("type object", lambda: del_x(object))


def set_attr(o, name):
    setattr(o, name, 1)


show("set int.real", lambda: set_attr(1, "real"))
show("set int.bit_length", lambda: set_attr(1, "bit_length"))
show("set int.x", lambda: set_attr(1, "x"))
show("set slice.stop", lambda: set_attr(slice(1), "stop"))
show("delattr builtin", lambda: delattr(obj, "missing"))
