# sys._getframe reads the running frames: plain calls, generators, coroutines awaiting each
# other, lambdas and comprehensions (each its own frame in 3.11), with their code names, lines
# and globals; past the bottom it is a ValueError.
import asyncio
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"]


def outer():
    x = 1
    return where(), where(2), x


print(outer())
print(where(0))
print(sys._getframe().f_code.co_name, sys._getframe().f_back)


def gen():
    yield where()
    yield sys._getframe().f_back.f_code.co_name


def consume():
    return list(gen())


print(consume())


async def inner():
    await asyncio.sleep(0)
    return where(), [f.f_code.co_name for f in [sys._getframe(), sys._getframe(1)]]


async def main():
    r = await inner()
    print(r)
    f = sys._getframe()
    print(f is sys._getframe(), f.f_lineno, f.f_code.co_qualname)


asyncio.run(main())


async def ticks():
    for i in range(2):
        await asyncio.sleep(0)
        yield i


async def async_comprehensions():
    names = [sys._getframe().f_code.co_name async for _ in ticks()]
    awaited = [await asyncio.sleep(0, sys._getframe().f_code.co_name) for _ in range(2)]
    return names, awaited, sys._getframe().f_code.co_name


print(asyncio.run(async_comprehensions()))
for depth in (50, -1):
    try:
        print(sys._getframe(depth).f_code.co_name)
    except ValueError as e:
        print(type(e).__name__, e)
lam = lambda: sys._getframe().f_code.co_name
print(lam(), type(sys._getframe()).__name__)


def comprehensions():
    return (
        [sys._getframe().f_code.co_name for _ in range(1)],
        [sys._getframe(1).f_code.co_name for _ in range(1)],
        {sys._getframe().f_code.co_qualname for _ in range(1)},
        {k: sys._getframe().f_code.co_name for k in range(1)},
    )


print(comprehensions())


def keep():
    return sys._getframe()


kept = keep()
print(kept.f_code.co_name, kept.f_lineno, kept.f_back.f_code.co_name)
print(keep.__code__ is kept.f_code)


def line_of_call():
    a = [
        1,
        2,
    ]
    return where(), a


print(line_of_call())
for bad in ("x", 1.5, 2**70):
    try:
        sys._getframe(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
