# asyncio.TaskGroup: results of tasks that all succeed, a failing task cancelling its siblings
# and the body, errors gathered into an ExceptionGroup handled with except*, the body's own
# error, names, reprs, misuse errors, and an uncaught group at the end. At most one task is
# cancelled at a time: CPython cancels a group's tasks in the order of a set of them.
import asyncio


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail is not None:
        print(f"  {name} fails with {fail!r}")
        raise fail
    print(f"  {name} done")
    return name * 2


async def all_succeed():
    print("all succeed")
    async with asyncio.TaskGroup() as tg:
        print(" ", repr(tg))
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0.01), name="job-b")
        print(" ", repr(tg), a.get_name().startswith("Task-"), b.get_name())
    print("  results:", a.result(), b.result(), repr(tg))


async def one_fails():
    print("one fails")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.01, ValueError("boom")))
            await asyncio.sleep(5)
            print("  body not finished")
    except* ValueError as eg:
        print("  caught:", repr(eg), [repr(e) for e in eg.exceptions])
    print("  current task cancelling:", asyncio.current_task().cancelling())


async def two_fail():
    print("two fail")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.01, KeyError("x")))
            tg.create_task(job("y", 0.01, TypeError("y")))
    except* KeyError as eg:
        print("  KeyError part:", eg)
    except* TypeError as eg:
        print("  TypeError part:", eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("p", 0.01, KeyError("p")))
            tg.create_task(job("q", 0.01, TypeError("q")))
    except ExceptionGroup as eg:
        print("  group:", str(eg), type(eg).__name__, len(eg.exceptions))


async def body_raises():
    print("body raises")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("sibling", 1))
            await asyncio.sleep(0)
            raise RuntimeError("in body")
    except ExceptionGroup as eg:
        print("  group:", eg, [repr(e) for e in eg.exceptions])


async def parent_cancelled():
    print("parent cancelled")

    async def wrapper():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 1))
            await asyncio.sleep(1)

    task = asyncio.create_task(wrapper())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("  wrapper cancelled:", task.cancelled())


async def misuse():
    print("misuse")
    tg = asyncio.TaskGroup()
    coro = job("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(" ", e)
    coro.close()
    async with tg:
        tg.create_task(job("only", 0))
    coro = job("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(" ", e)
    coro.close()


async def grows_while_exiting():
    print("grows while exiting")
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            await asyncio.sleep(0.01)
            tg.create_task(job("spawned", 0.01))
        tg.create_task(spawner())
    print("  all finished:", repr(tg))


async def main():
    await all_succeed()
    await one_fails()
    await two_fail()
    await body_raises()
    await parent_cancelled()
    await misuse()
    await grows_while_exiting()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("last", 0.01, ZeroDivisionError("division by zero")))


asyncio.run(main())
