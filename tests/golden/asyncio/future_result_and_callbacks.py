import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback saw", f.result()))
    loop.call_soon(fut.set_result, 42)
    print("awaiting")
    print(await fut)
    await asyncio.sleep(0)
    print(fut.done(), fut.cancelled())


asyncio.run(main())
