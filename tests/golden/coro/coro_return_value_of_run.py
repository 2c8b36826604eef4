import asyncio


async def compute(a, b=10, *rest, scale=1, **extra):
    await asyncio.sleep(0)
    return (a + b + sum(rest)) * scale, sorted(extra)


print(asyncio.run(compute(1)))
print(asyncio.run(compute(1, 2, 3, 4, scale=2, x=1, y=2)))
