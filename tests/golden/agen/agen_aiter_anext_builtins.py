import asyncio


async def letters():
    for c in "abc":
        yield c


async def main():
    it = aiter(letters())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))


asyncio.run(main())
