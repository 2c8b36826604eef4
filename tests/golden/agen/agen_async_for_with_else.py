import asyncio


async def count(n):
    for i in range(n):
        yield i


async def main():
    async for i in count(3):
        print(i)
    else:
        print("no break")
    async for i in count(3):
        if i == 1:
            break
    else:
        print("not printed")
    print("end")


asyncio.run(main())
