import asyncio


async def numbers():
    yield 1


async def main():
    g = numbers()
    print(g.ag_running)
    print(g.__name__, g.__qualname__)
    print(type(g).__name__)
    async for x in g:
        print(x)


asyncio.run(main())
