import asyncio
async def gen(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print('close', tag)
async def main():
    async for x in gen('a'):
        print('a', x)
        break
    print('after a')
    g = gen('b')
    print(await g.__anext__())
    await g.aclose()
    print('after b')
    async for x in gen('c'):
        pass
    print('after c')
asyncio.run(main())
