# asyncio.TaskGroup exists in CPython 3.11 but not yet in pyrt's asyncio: reading it through the
# imported module stops translation instead of raising AttributeError when the line runs.
import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0))


asyncio.run(main())
