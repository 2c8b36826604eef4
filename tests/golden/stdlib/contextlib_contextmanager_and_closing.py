# contextlib's generator-based managers and the small ones: contextmanager (values, exceptions
# thrown in, suppression, the RuntimeErrors of a misbehaving generator), closing, suppress,
# nullcontext, redirect_stdout to a class with write(), ContextDecorator and chdir.
import contextlib
import os
import sys


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as value:
    print("inside", value)


@contextlib.contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2


@contextlib.contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield


for maker in [no_yield, two_yields, yields_after_throw]:
    try:
        with maker():
            if maker is yields_after_throw:
                raise ValueError("thrown")
    except Exception as e:
        print(maker.__name__, type(e).__name__, e)


@contextlib.contextmanager
def reraise_stop():
    yield


try:
    with reraise_stop():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passes through", e)


@contextlib.contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e


try:
    with converts():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

print(tag.__name__, tag.__wrapped__.__name__, type(tag("x")).__name__)


@tag("decorated")
def work(x):
    print("working", x)
    return x * 2


print(work(21))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with contextlib.closing(Resource("r1")) as r:
    print("using", r.name)
try:
    with contextlib.closing(Resource("r2")):
        raise KeyError("inside closing")
except KeyError as e:
    print("KeyError", e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
with contextlib.suppress():
    pass
try:
    with contextlib.suppress(KeyError):
        raise IndexError("kept")
except IndexError as e:
    print("IndexError", e)
with contextlib.nullcontext(5) as five:
    print("nullcontext", five)
with contextlib.nullcontext() as nothing:
    print("nullcontext", nothing)


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


sink = Collect()
with contextlib.redirect_stdout(sink) as target:
    print("captured", 1, 2)
    print(target is sink)
print(sink.parts)
err = Collect()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.parts)


class Announce(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Announce()
def decorated():
    print("in decorated")


decorated()
with Announce():
    print("in with")

start = os.getcwd()
with contextlib.chdir("/tmp"):
    print(os.getcwd())
print(os.getcwd() == start)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
print(issubclass(Resource, contextlib.AbstractContextManager), issubclass(Announce, contextlib.AbstractContextManager))
