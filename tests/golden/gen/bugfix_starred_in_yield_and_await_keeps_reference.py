import asyncio


def repeat_unpacked(items, times):
    for _ in range(times):
        yield (*items, "end")


async def echo(*args):
    await asyncio.sleep(0)
    return args


async def main():
    items = [1, 2]
    print(list(repeat_unpacked(items, 3)))
    for _ in range(3):
        print(await echo(*items))
    print("items still alive:", items)


asyncio.run(main())
