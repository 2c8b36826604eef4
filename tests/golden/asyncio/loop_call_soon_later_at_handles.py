# The event loop object's methods: call_soon/call_later/call_at ordering and arguments,
# Handle and TimerHandle cancel()/cancelled()/when(), time(), create_future, create_task
# with a name, is_running/is_closed, run_until_complete on a loop of one's own, and the
# errors of a closed loop.
import asyncio


def note(*args):
    print("callback", *args)


async def scheduling():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("time is a float:", type(start).__name__, loop.is_running(), loop.is_closed())
    later = loop.call_later(0.02, note, "later", 2)
    at = loop.call_at(start + 0.01, note, "at", 1)
    soon = loop.call_soon(print, "callback", "soon", 0)
    dropped = loop.call_soon(print, "dropped")
    gone = loop.call_later(0.005, note, "gone")
    print(type(soon).__name__, type(later).__name__, repr(soon), repr(dropped))
    dropped.cancel()
    gone.cancel()
    gone.cancel()
    print("cancelled:", dropped.cancelled(), gone.cancelled(), soon.cancelled(), repr(dropped))
    print("when:", at.when() == start + 0.01, later.when() > at.when())
    print("heap order:", sorted([later, at]) == [at, later])
    fixed = loop.call_at(5, print, "never")
    print("an int deadline stays an int:", fixed.when(), repr(fixed))
    fixed.cancel()
    print(repr(fixed))
    await asyncio.sleep(0.05)
    print("elapsed enough:", loop.time() - start >= 0.02)


async def futures_and_tasks():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.get_loop() is loop)
    loop.call_soon(fut.set_result, "value")
    print("awaited:", await fut)

    async def child(n):
        await asyncio.sleep(0)
        return n + 1

    named = loop.create_task(child(1), name="from-loop")
    unnamed = loop.create_task(child(2))
    print(named.get_name(), unnamed.get_name().startswith("Task-"))
    print(await named, await unnamed)
    late = loop.call_later(0.01, fut.set_result, "twice")
    await asyncio.sleep(0.02)
    print("late callback error went to the handler:", late.cancelled())


def own_loop():
    loop = asyncio.new_event_loop()
    print("own loop running:", loop.is_running())

    async def work():
        print("inside:", asyncio.get_running_loop() is loop, loop.is_running())
        return "done"

    print(loop.run_until_complete(work()))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 7)
    print("future result:", loop.run_until_complete(fut))
    loop.close()
    print("closed:", loop.is_closed())
    try:
        loop.call_soon(note, "after close")
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = work()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


async def main():
    await scheduling()
    await futures_and_tasks()


asyncio.run(main())
own_loop()
asyncio.run(asyncio.get_event_loop().create_task(None))
