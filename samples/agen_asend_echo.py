# asend() pushes values into an async generator.
import asyncio


async def echo():
    while True:
        value = yield
        print(f"Received: {value}")


async def main():
    gen = echo()
    await gen.asend(None)
    await gen.asend("hello")
    await gen.asend("world")


asyncio.run(main())
