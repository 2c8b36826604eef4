# asyncio.to_thread exists in CPython 3.11 but runs its function in a thread, which pyrt's
# asyncio does not have: reading it through the imported module stops translation instead of
# raising AttributeError when the line runs.
import asyncio


def blocking_read():
    return "data"


async def main():
    print(await asyncio.to_thread(blocking_read))


asyncio.run(main())
