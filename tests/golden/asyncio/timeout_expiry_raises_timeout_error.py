# asyncio.timeout around work that overruns, finishes in time, is rescheduled or nested;
# the Timeout's states, when(), expired() and repr along the way, and the misuse errors.
import asyncio


async def fetch(name, delay):
    print("fetch", name, "start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("fetch", name, "cancelled")
        raise
    print("fetch", name, "done")
    return name.upper()


async def overrun():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered:", type(cm).__name__, cm.expired())
            await fetch("slow", 10)
        print("not reached")
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e), cm.expired())
        print("context:", type(e.__context__).__name__)
    print("after:", repr(cm))


async def in_time():
    async with asyncio.timeout(5) as cm:
        result = await fetch("fast", 0)
    print("result:", result, cm.expired(), repr(cm))


async def no_deadline():
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when(), repr(cm))
        await asyncio.sleep(0)
    print("exited:", repr(cm))


async def rescheduled():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.01)
        print("deadline set:", cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0.03)
        print("survived past the first deadline")
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


async def deadline_in_past():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("body runs until the first await")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("expired at once:", repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)


async def nested():
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer:", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired:", outer.expired())


async def other_errors_pass_through():
    try:
        async with asyncio.timeout(0.01) as cm:
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e, cm.expired(), repr(cm))


async def cancelled_from_outside():
    async def worker():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)

    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outer cancellation stays CancelledError:", task.cancelled())


async def main():
    await overrun()
    await in_time()
    await no_deadline()
    await rescheduled()
    await deadline_in_past()
    await nested()
    await other_errors_pass_through()
    await cancelled_from_outside()
    t = asyncio.Timeout(None)
    print("created:", repr(t), t.when())
    print(asyncio.current_task().cancelling())
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)


asyncio.run(main())
