import asyncio


def make_workers(n):
    workers = []
    for i in range(n):
        async def work(i=i):
            await asyncio.sleep(0)
            return i * i
        workers.append(work)
    return workers


async def main():
    counter = 0

    async def bump(by):
        nonlocal counter
        await asyncio.sleep(0)
        counter += by

    await asyncio.gather(*(bump(k) for k in range(5)))
    print("counter", counter)
    print(await asyncio.gather(*[w() for w in make_workers(4)]))


asyncio.run(main())
