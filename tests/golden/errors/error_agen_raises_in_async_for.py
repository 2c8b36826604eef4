import asyncio


async def gen():
    yield 1
    raise OSError("stream broke")


async def main():
    async for x in gen():
        print(x)


asyncio.run(main())
