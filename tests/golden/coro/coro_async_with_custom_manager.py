import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    try:
        async with Connection("cache"):
            raise RuntimeError("lost connection")
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
