import asyncio


async def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("config missing") from e


asyncio.run(load())
