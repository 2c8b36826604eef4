# while ... else inside async def, with awaits in the condition, the body
# and the else clause.
import asyncio


async def below(i, n):
    await asyncio.sleep(0)
    return i < n


async def run(n, stop):
    i = 0
    while await below(i, n):
        i += 1
        await asyncio.sleep(0)
        if i == stop:
            print("break at", i)
            break
    else:
        await asyncio.sleep(0)
        print("else after", i)
    return i


async def worker(name, n):
    i = 0
    while i < n and await below(i, n):
        print(name, i)
        i += 1
        await asyncio.sleep(0)
    else:
        print(name, "done")


async def main():
    print(await run(3, 99))
    print(await run(3, 2))
    print(await run(0, 1))
    await asyncio.gather(worker("a", 2), worker("b", 3))


asyncio.run(main())
