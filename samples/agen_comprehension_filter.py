# An async comprehension with a filter, run through asyncio.run.
import asyncio


async def ticker():
    for value in (1, 2, 3):
        await asyncio.sleep(0.001)
        yield value


async def collect_even():
    return [value async for value in ticker() if value % 2 == 0]


print(asyncio.run(collect_even()))
