# Predict the output: an async list comprehension over an async generator.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i ** 2


async def main():
    result = [x async for x in numbers(4)]
    print(result)


asyncio.run(main())
