# asyncio.wait_for as CPython 3.11 runs it: no timeout, a zero or negative timeout on done
# and pending work, a timeout that expires (TimeoutError from the CancelledError), work that
# swallows its cancellation, an outer cancellation reaching the inner task, a failure racing a
# cancellation, and errors.
import asyncio


async def work(name, delay, result=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    print(f"  {name} finished")
    return result


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  stubborn ignores the cancellation")
    return "kept"


async def failing():
    await asyncio.sleep(0)
    raise ValueError("inner failure")


async def main():
    loop = asyncio.get_running_loop()
    print("none:", await asyncio.wait_for(work("a", 0, "A"), None))

    done = loop.create_future()
    done.set_result("ready")
    print("zero on a done future:", await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(work("b", 1), 0)
    except TimeoutError as e:
        print("zero on pending work:", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(work("c", 1), -5)
    except asyncio.TimeoutError as e:
        print("negative:", type(e).__name__, e.__cause__ is e.__context__)

    print("in time:", await asyncio.wait_for(work("d", 0.01, "D"), 1))
    try:
        await asyncio.wait_for(work("e", 1), 0.01)
    except TimeoutError as e:
        print("expired:", repr(e), type(e.__cause__).__name__, e.__suppress_context__)
    print("swallowed:", await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(stubborn(), 0)
    except TimeoutError:
        print("zero cancels the task before its first step")
    try:
        await asyncio.wait_for(failing(), 1)
    except ValueError as e:
        print("inner error:", e)

    inner = asyncio.create_task(work("f", 1))
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())

    # The inner future fails and the waiting task is cancelled in the same iteration: wait_for
    # returns the future's outcome from inside its `except CancelledError:`.
    failed = loop.create_future()
    waiting = asyncio.create_task(asyncio.wait_for(failed, 5))
    await asyncio.sleep(0)
    failed.set_exception(KeyError("k"))
    waiting.cancel()
    try:
        await waiting
    except KeyError as e:
        print("failed while cancelled:", repr(e), type(e.__context__).__name__)

    try:
        await asyncio.wait_for(work("g", 0), "soon")
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.wait_for(work("h", 1), 0.01)


asyncio.run(main())
