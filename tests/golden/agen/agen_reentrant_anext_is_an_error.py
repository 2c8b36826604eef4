import asyncio


async def gen():
    await asyncio.sleep(0.01)
    yield 1


async def main():
    g = gen()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)


asyncio.run(main())
