import asyncio


async def gen():
    try:
        yield 1
    finally:
        print("cleanup")


async def main():
    g = gen()
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")


asyncio.run(main())
