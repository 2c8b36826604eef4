# Tasks' names (the Task-N counter, name=, set_name with non-str values), get_coro(),
# current_task() inside and outside tasks, all_tasks() shrinking as tasks finish,
# cancelling()/uncancel() counting, and reprs of finished and cancelled tasks.
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    print("main:", me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    coro = sleeper(0)
    t1 = asyncio.create_task(coro)
    t2 = asyncio.create_task(sleeper(0.01), name="second")
    t3 = asyncio.ensure_future(sleeper(0.02))
    t4 = asyncio.Task(sleeper(0.03), name=42)
    print(t1.get_name(), t2.get_name(), t3.get_name(), repr(t4.get_name()))
    print("get_coro is the coroutine:", t1.get_coro() is coro)
    t3.set_name(("tuple", 3))
    print("renamed:", repr(t3.get_name()))
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names, type(asyncio.all_tasks()).__name__)
    print("results:", await t1, await t2)
    print("left:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(t3, t4)
    print("left:", [t.get_name() for t in asyncio.all_tasks()])
    print("finished:", repr(t1).startswith("<Task finished name='Task-2' coro=<sleeper() done, defined at "))
    print(repr(t1).endswith("> result='Task-2'>"))

    t5 = asyncio.create_task(sleeper(1), name="victim")
    await asyncio.sleep(0)
    print("cancel:", t5.cancel(), t5.cancel("again"), t5.cancelling())
    print(repr(t5).startswith("<Task cancelling name='victim' coro=<sleeper() running at "))
    print("uncancel:", t5.uncancel(), t5.uncancel(), t5.uncancel())
    t5.cancel("stop")
    try:
        await t5
    except asyncio.CancelledError as e:
        print("cancelled with:", e.args, t5.cancelled())
    print(repr(t5).startswith("<Task cancelled name='victim' coro=<sleeper() done, defined at "))
    print("cancel after done:", t5.cancel())
    try:
        t5.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


print("no loop:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
asyncio.run(main())
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("after run:", e)
