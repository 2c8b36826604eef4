import asyncio


async def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finalized")


async def main():
    g = gen("first")
    print(await g.__anext__())
    del g
    print("dropped")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0)
    print("after two iterations")


asyncio.run(main())
