# Benchmark: the same sum through a class with __aiter__/__anext__.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000


class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.n:
            raise StopAsyncIteration
        self.i = i + 1
        return i


async def main():
    total = 0
    async for x in Numbers(N):
        total += x
    print(total)


asyncio.run(main())
