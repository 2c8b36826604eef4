# The smallest async program: what tests/cmake_consumer/run.sh expects it to print.
import asyncio


async def main():
    await asyncio.sleep(0)
    print("hello from a CMake consumer")


asyncio.run(main())
