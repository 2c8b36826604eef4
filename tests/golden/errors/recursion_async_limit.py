# Unbounded recursion through awaits raises RecursionError at CPython's limit:
# the frames of asyncio.run's machinery count too. Uncaught, it ends the
# program with status 1.
import asyncio

reached = 0


async def deeper(n):
    global reached
    reached = n
    return await deeper(n + 1)


async def main():
    try:
        await deeper(1)
    except RecursionError as e:
        print("caught at depth", reached, "-", e)
    print("still running")
    await deeper(1)


asyncio.run(main())
