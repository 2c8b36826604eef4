import asyncio


async def gen():
    x = yield 1
    print("got", x)
    yield 2


async def main():
    g = gen()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None))
    print(await g.asend("sent"))


asyncio.run(main())
