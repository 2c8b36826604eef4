import asyncio


async def gen():
    yield "only"


async def main():
    g = gen()
    print(await g.__anext__())
    for _ in range(2):
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print("StopAsyncIteration")


asyncio.run(main())
