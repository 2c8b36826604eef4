# Predict the output: gather returns results in argument order.
import asyncio


async def slow_double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    result = await asyncio.gather(slow_double(3), slow_double(5), slow_double(7))
    print(result)
    print(sum(result))


asyncio.run(main())
