import asyncio


async def critical(lock, name):
    async with lock:
        print(name, "enter")
        await asyncio.sleep(0)
        print(name, "leave")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(critical(lock, "a"), critical(lock, "b"), critical(lock, "c"))
    print(lock.locked())


asyncio.run(main())
