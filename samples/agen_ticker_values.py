# async for consumes a ticker that waits between values.
import asyncio


async def ticker():
    for value in (1, 2, 3):
        await asyncio.sleep(0.001)
        yield value


async def main():
    async for item in ticker():
        print(item)


asyncio.run(main())
