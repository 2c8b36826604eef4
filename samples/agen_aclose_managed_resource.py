# aclose() runs the generator's cleanup even though iteration was not finished.
import asyncio


async def managed_resource():
    print("Opening resource")
    await asyncio.sleep(0.001)
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.001)
    finally:
        print("Closing resource")
        await asyncio.sleep(0.001)


async def main():
    gen = managed_resource()
    print(await gen.__anext__())
    print(await gen.__anext__())
    await gen.aclose()
    print("closed")


asyncio.run(main())
