# Yielding inside finally while aclose() runs is an error.
import asyncio


async def unsafe():
    try:
        yield 1
    finally:
        yield 2


async def test():
    gen = unsafe()
    print(await gen.__anext__())
    await gen.aclose()


asyncio.run(test())
