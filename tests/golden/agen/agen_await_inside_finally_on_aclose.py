import asyncio


async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally start")
        await asyncio.sleep(0.001)
        print("finally end")


async def main():
    g = gen()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
    await g.aclose()
    print("closed twice")


asyncio.run(main())
