import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("deep")


async def middle():
    try:
        await inner()
    finally:
        print("middle cleanup")


async def main():
    try:
        await middle()
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
