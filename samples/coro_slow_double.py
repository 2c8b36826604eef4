# PEP 492: async def / await, sequential and concurrent with gather.
import asyncio


async def slow_double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = await slow_double(3)
    b = await slow_double(5)
    a2, b2 = await asyncio.gather(slow_double(3), slow_double(5))
    print(a, b, a2, b2)
    return a + b


print(asyncio.run(main()))
