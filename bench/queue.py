# Benchmark: 500,000 items through asyncio.Queue(maxsize=100).
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def main():
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q, N), consumer(q))
    print(total)


asyncio.run(main())
