import asyncio


async def after(delay, label):
    await asyncio.sleep(delay)
    print(label)
    return label


async def main():
    results = await asyncio.gather(after(0.15, "slow"), after(0.05, "fast"), after(0.10, "middle"))
    print(results)


asyncio.run(main())
