import asyncio

kept = []


async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


async def main():
    for name in ("a", "b"):
        g = gen(name)
        print(await g.__anext__())
        kept.append(g)
    print("main done")


asyncio.run(main())
print("after run")
