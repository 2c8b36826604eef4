# __exit__ and __aexit__ run as if in an except block for the body's exception: sys.exception()
# is it, and an exception they raise takes it as __context__. Without one, the exception
# handled around the with statement stays current.
import asyncio
import sys


class Manager:
    def __init__(self, fail=False):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", repr(sys.exception()), repr(sys.exc_info()[1]))
        if self.fail:
            raise ValueError("raised by __exit__")
        return False


try:
    with Manager(fail=True):
        raise KeyError("body")
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

with Manager():
    pass

try:
    raise IndexError("outer")
except IndexError:
    with Manager():
        print("body sees", repr(sys.exception()))
    print("after with", repr(sys.exception()))

try:
    with Manager():
        raise OSError("not suppressed")
except OSError as e:
    print(repr(e), repr(e.__context__))


class AsyncManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("aexit sees", repr(sys.exception()))
        raise RuntimeError("raised by __aexit__")


async def main():
    try:
        async with AsyncManager():
            raise KeyError("async body")
    except RuntimeError as e:
        print(repr(e), "context", repr(e.__context__))
    print("after", repr(sys.exception()))


asyncio.run(main())
