# __anext__() returns an awaitable for the next value.
import asyncio


async def ticker(delay, to):
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    gen = ticker(0.001, 3)
    print(await gen.__anext__())
    print(await gen.__anext__())


asyncio.run(main())
