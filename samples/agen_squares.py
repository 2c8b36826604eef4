# PEP 525 in brief: an async generator replaces a queue plus sentinel.
import asyncio


async def squares(n):
    for i in range(n):
        yield i ** 2
        await asyncio.sleep(0)


async def main():
    async for sq in squares(4):
        print(sq)


asyncio.run(main())
