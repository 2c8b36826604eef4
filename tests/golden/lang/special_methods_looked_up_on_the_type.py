# Special methods come from the type, never from the instance, for every protocol: an
# instance attribute named like one is an ordinary attribute.
import asyncio


class Plain:
    pass


def instance_only(name, value):
    p = Plain()
    setattr(p, name, value)
    return p


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


try:
    with instance_only("__enter__", lambda: 1):
        pass
except TypeError as e:
    print("with:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("with:", e)


class Manager:
    def __enter__(self):
        print("class __enter__")
        return "entered"

    def __exit__(self, *exc):
        print("class __exit__", exc[0])
        return False


m = Manager()
m.__enter__ = lambda: "instance __enter__"
with m as got:
    print("got", got)

attempt("len", lambda: len(instance_only("__len__", lambda: 3)))
attempt("iter", lambda: iter(instance_only("__iter__", lambda: iter([1]))))
attempt("call", lambda: instance_only("__call__", lambda: "called")())
attempt("add", lambda: instance_only("__add__", lambda o: "added") + 1)
attempt("bool", lambda: bool(instance_only("__bool__", lambda: False)))
attempt("getitem", lambda: instance_only("__getitem__", lambda k: k)[0])
attempt("contains", lambda: 1 in instance_only("__contains__", lambda k: True))
attempt("str", lambda: str(instance_only("__str__", lambda: "instance str")).startswith("<__main__.Plain"))
attempt("repr", lambda: repr(instance_only("__repr__", lambda: "instance repr")).startswith("<__main__.Plain"))
attempt("hash", lambda: hash(instance_only("__hash__", lambda: 1)) != 1)
attempt("eq", lambda: instance_only("__eq__", lambda o: True) == 5)
attempt("neg", lambda: -instance_only("__neg__", lambda: "negated"))


class Patched:
    pass


Patched.__len__ = lambda self: 7
attempt("len after patching the class", lambda: len(Patched()))


async def main():
    try:
        async with instance_only("__aenter__", lambda: 1):
            pass
    except TypeError as e:
        print("async with:", e)

    class OnlyAenter:
        async def __aenter__(self):
            return self

    try:
        async with OnlyAenter():
            pass
    except TypeError as e:
        print("async with:", e)
    try:
        async for x in instance_only("__aiter__", lambda: None):
            pass
    except TypeError as e:
        print("async for:", e)
    try:
        await instance_only("__await__", lambda: iter([]))
    except TypeError as e:
        print("await:", e)


asyncio.run(main())
