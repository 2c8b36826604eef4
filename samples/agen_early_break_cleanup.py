# Breaking out of `async for` early: the loop's finalizer hook closes the generator.
import asyncio


async def file_processor():
    print("Opening file connection")
    file_handle = "file.txt"
    try:
        for i in range(1000):
            await asyncio.sleep(0.001)
            yield i ** 2
    finally:
        print(f"Closing {file_handle}")
        await asyncio.sleep(0.001)


async def main():
    async for i in file_processor():
        print(i)
        if i == 100:
            break
    print("after the loop")
    await asyncio.sleep(0.01)
    print("done")


asyncio.run(main())
