import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow cleaned up")


async def fast():
    await asyncio.sleep(0)
    return "fast result"


async def main():
    print(await asyncio.wait_for(fast(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
