# asyncio.iscoroutinefunction: async def functions and methods (bound or not), through
# functools.partial; not generator, async generator or plain functions, lambdas, classes.
import asyncio
import functools


async def fetch(x):
    return x


async def stream():
    yield 1


def gen():
    yield 1


def plain():
    pass


class Client:
    async def get(self, key):
        return key

    def close(self):
        pass

    @staticmethod
    async def ping():
        return "pong"

    @classmethod
    async def make(cls):
        return cls()


c = Client()
checks = {
    "fetch": fetch, "stream": stream, "gen": gen, "plain": plain, "lambda": lambda: None,
    "Client.get": Client.get, "c.get": c.get, "c.close": c.close, "Client.ping": Client.ping,
    "Client.make": Client.make, "partial": functools.partial(fetch, 1),
    "partial of partial": functools.partial(functools.partial(c.get), "k"), "Client": Client,
    "fetch()": None, "len": len, "int": 3,
}
for name, obj in checks.items():
    print(name, asyncio.iscoroutinefunction(obj))
coro = fetch(1)
print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro))
print(asyncio.run(coro))
