# Before PEP 525: an async iterator written as a class with __aiter__/__anext__.
import asyncio


class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


async def main():
    async for value in Ticker(0.001, 5):
        print(value)


asyncio.run(main())
