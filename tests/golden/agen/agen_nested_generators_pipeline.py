import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def doubled(items):
    async for x in items:
        yield x * 2


async def only_big(items, limit):
    async for x in items:
        if x > limit:
            yield x


async def main():
    total = 0
    async for x in only_big(doubled(source(10)), 8):
        print("item", x)
        total += x
    print("total", total)


asyncio.run(main())
