import asyncio


async def fails():
    raise ValueError("nobody looked")


async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
