import asyncio


async def gen():
    print("body started")
    yield 1


async def main():
    g = gen()
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")


asyncio.run(main())
