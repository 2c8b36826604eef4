import asyncio


async def main():
    print("before")
    await asyncio.sleep(0)
    raise ZeroDivisionError("division by zero")


asyncio.run(main())
