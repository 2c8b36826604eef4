import asyncio


async def job(sem, i):
    async with sem:
        print("start", i)
        await asyncio.sleep(0)
        print("end", i)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, i) for i in range(5)))


asyncio.run(main())
