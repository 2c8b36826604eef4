import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    doubled = (x * 2 async for x in numbers(4))
    print(type(doubled).__name__)
    async for v in doubled:
        print(v)
    evens = [x async for x in numbers(10) if x % 2 == 0]
    pairs = {x: str(x) async for x in numbers(3)}
    print(evens, pairs)


asyncio.run(main())
