# The exception being handled belongs to the frame handling it: tasks that suspend inside
# `except` blocks each keep theirs (sys.exception(), sys.exc_info() and the implicit
# __context__ of what they raise), as do generators and async generators between steps.
import asyncio
import sys


def current():
    e = sys.exception()
    return None if e is None else repr(e)


async def worker(name, delay_steps):
    try:
        raise ValueError(name)
    except ValueError:
        for _ in range(delay_steps):
            await asyncio.sleep(0)
            print(name, "sees", current(), sys.exc_info()[0].__name__)
        try:
            raise KeyError(name + "-inner")
        except KeyError as inner:
            print(name, "inner context:", repr(inner.__context__))
    print(name, "after the handler:", current())


def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield current()
        yield current()
    yield current()


async def agen():
    try:
        raise LookupError("in async generator")
    except LookupError:
        yield current()
        await asyncio.sleep(0)
        yield current()
    yield current()


async def plain():
    await asyncio.sleep(0)
    return current()


async def main():
    print("main starts with", current())
    await asyncio.gather(worker("a", 2), worker("b", 3))
    g = gen()
    print("gen:", next(g))
    print("outside the generator:", current())
    try:
        raise OSError("outer")
    except OSError:
        print("gen inside an outer handler:", next(g))
        print("awaited plain coroutine sees the awaiter's:", await plain())
    print("gen:", next(g))
    async for value in agen():
        print("agen:", value, "| here:", current())
    try:
        raise RuntimeError("while awaiting")
    except RuntimeError:
        t = asyncio.create_task(plain())
        print("a new task does not inherit it:", await t)


try:
    raise ZeroDivisionError("module level")
except ZeroDivisionError:
    print("module handler:", current())
asyncio.run(main())
print("at the end:", current())
