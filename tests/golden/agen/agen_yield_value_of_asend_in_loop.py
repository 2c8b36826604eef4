import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    for v in (5, 10, 20):
        print(await acc.asend(v))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("finished")


asyncio.run(main())
