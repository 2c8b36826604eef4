import asyncio


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    tasks = [asyncio.create_task(square(i), name=f"sq-{i}") for i in range(3)]
    print([t.get_name() for t in tasks])
    print([t.done() for t in tasks])
    for t in tasks:
        print(await t)
    print([t.result() for t in tasks], all(t.done() for t in tasks))


asyncio.run(main())
