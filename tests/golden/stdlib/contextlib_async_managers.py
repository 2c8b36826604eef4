# contextlib's async side: asynccontextmanager (values, exceptions thrown in, the
# StopAsyncIteration and RuntimeError rules), aclosing, AsyncExitStack with
# push_async_callback, push_async_exit and enter_async_context, and nullcontext's async form.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print("close", name)


@contextlib.asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@contextlib.asynccontextmanager
async def reraise():
    yield


class Ticker:
    def __init__(self):
        self.closed = False

    async def aclose(self):
        print("aclose called")
        self.closed = True


async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers finalized")


class AsyncManager:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return False


async def main():
    async with resource("db") as r:
        print("using", r)
    async with swallow():
        raise KeyError("k")
    for maker in [no_yield, two_yields]:
        try:
            async with maker():
                pass
        except RuntimeError as e:
            print(maker.__name__, type(e).__name__, e)
    try:
        async with reraise():
            raise StopAsyncIteration("stop")
    except StopAsyncIteration as e:
        print("StopAsyncIteration passes through", e)
    try:
        async with resource("failing"):
            raise ValueError("body failed")
    except ValueError as e:
        print("ValueError", e)

    t = Ticker()
    async with contextlib.aclosing(t) as same:
        print(same is t)
    print(t.closed)
    async with contextlib.aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
            print("n", n)

    async with contextlib.AsyncExitStack() as stack:
        print(await stack.enter_async_context(AsyncManager("first")))
        print(await stack.enter_async_context(resource("second")))
        stack.enter_context(contextlib.nullcontext())

        async def cb(*args, **kwargs):
            print("async callback", args, kwargs)

        stack.push_async_callback(cb, 1, 2, key="v")
        stack.callback(print, "sync callback")

        async def async_exit(et, ev, tb):
            print("async exit sees", et)

        stack.push_async_exit(async_exit)
    print("stack done")

    async def bad_cb():
        raise OSError("from callback")

    try:
        async with contextlib.AsyncExitStack() as stack:
            stack.push_async_callback(bad_cb)
            raise KeyError("body")
    except OSError as e:
        print(type(e).__name__, e, "context:", repr(e.__context__))

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print(type(e).__name__, e)

    async with contextlib.nullcontext("async null") as v:
        print(v)

    @resource("decorator")
    async def decorated():
        print("in decorated coroutine")

    await decorated()


asyncio.run(main())
