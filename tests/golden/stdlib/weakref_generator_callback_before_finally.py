# A suspended generator's weak references are cleared (their callbacks run) before it is closed
# and its finally block runs, as gen_dealloc clears them before the finalizer; the same for a
# coroutine never awaited and an async generator handed to asyncio's finalizer hook.
import asyncio
import weakref


def gen():
    try:
        yield 1
    finally:
        print("generator finally")


g = gen()
next(g)
r = weakref.ref(g, lambda w: print("generator callback"))
del g


async def co():
    return 1


c = co()
rc = weakref.ref(c, lambda w: print("coroutine callback"))
c.close()
del c


async def agen():
    try:
        yield 1
    finally:
        print("async generator finally")


async def main():
    a = agen()
    await a.__anext__()
    ra = weakref.ref(a, lambda w: print("async generator callback"))
    del a
    print("deleted")
    await asyncio.sleep(0)
    print("main done", ra())


asyncio.run(main())
print("end")
