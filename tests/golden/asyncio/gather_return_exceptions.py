import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def bad(x):
    await asyncio.sleep(0)
    raise ValueError(x)


async def main():
    results = await asyncio.gather(ok(1), bad("boom"), ok(3), return_exceptions=True)
    print(results)
    try:
        await asyncio.gather(ok(1), bad("first"))
    except ValueError as e:
        print("raised", e)


asyncio.run(main())
