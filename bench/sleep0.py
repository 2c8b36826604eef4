# Benchmark: 100 tasks x 10,000 `await asyncio.sleep(0)` under gather.
import asyncio
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000


async def worker(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)
    return rounds


async def main():
    results = await asyncio.gather(*(worker(ROUNDS) for _ in range(100)))
    print(sum(results))


asyncio.run(main())
