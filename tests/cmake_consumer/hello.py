# A small async program importing a module of its own: what tests/cmake_consumer/run.sh expects
# it to print.
import asyncio

from greeting import WHO


async def main():
    await asyncio.sleep(0)
    print("hello from " + WHO)


asyncio.run(main())
