# The same ticker as an async generator.
import asyncio


async def ticker(delay, to):
    """Yield numbers from 0 to `to` every `delay` seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)


async def main():
    async for value in ticker(0.001, 5):
        print(value)


asyncio.run(main())
