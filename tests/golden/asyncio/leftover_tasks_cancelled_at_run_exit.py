import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(forever("leftover"))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("run returned")
