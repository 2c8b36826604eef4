import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("all done", event.is_set())


asyncio.run(main())
