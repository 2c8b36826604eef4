# The pre-PEP 525 pattern: a producer and a consumer joined by a queue, None as sentinel.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i ** 2)
    await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue, 4), consumer(queue))


asyncio.run(main())
