import asyncio


async def gen():
    yield 1
    raise StopAsyncIteration


async def main():
    g = gen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
        print(type(e.__cause__).__name__)


asyncio.run(main())
