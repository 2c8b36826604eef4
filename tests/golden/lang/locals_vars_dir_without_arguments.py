# locals(), vars() and dir() without an argument: a snapshot of the bound locals in CPython's
# order (parameters and locals, then the other cells, then free variables) in a function, the
# namespace itself in a class body.
def report(name, count=2, *rest, flag=False, **extra):
    total = count * 2
    unbound_yet = None
    del unbound_yet
    template = "{name}: {count} x2 = {total}"
    print(template.format(**locals()))
    print(list(locals()), dir(), vars() == locals())

    def inner():
        return total + count

    later = 1
    print(list(locals()))
    return inner


report("job", 3, "r", flag=True, x=1)


def outer():
    a = 1
    b = [a]

    def middle():
        c = a + 1
        print(sorted(locals().items()))
        return b

    return middle()


outer()
snapshot_before = None


def snapshot():
    # One locals() call only: a second one would store the dict in itself (as `d`), a cycle
    # CPython's collector frees and pyrt's reference counts cannot.
    x = 1
    d = locals()
    x = 2
    d["x"] = 99
    return x, d["x"]


print(snapshot())


class Config:
    debug = False
    level = 3
    names = dir()
    ns_keys = [k for k in vars() if not k.startswith("__")]


print(Config.names, Config.ns_keys)


class Base:
    def who(self):
        return "base"


class Derived(Base):
    def who(self):
        super()
        return sorted(locals())


print(Derived().who(), (lambda q, r=2: sorted(locals()))(1))
