# athrow() raises an exception at the paused yield; the generator recovers.
import asyncio


async def resilient():
    count = 0
    try:
        while True:
            count += 1
            await asyncio.sleep(0.001)
            yield f"item-{count}"
    except ValueError:
        print("Caught ValueError, continuing")
        yield "recovered"


async def main():
    gen = resilient()
    print(await gen.__anext__())
    print(await gen.athrow(ValueError))


asyncio.run(main())
