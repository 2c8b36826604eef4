# Benchmark: an async generator of 3,000,000 ints summed with `async for`.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    total = 0
    async for x in numbers(N):
        total += x
    print(total)


asyncio.run(main())
