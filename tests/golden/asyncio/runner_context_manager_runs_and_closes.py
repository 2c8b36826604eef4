# asyncio.Runner: several run() calls on one loop, get_loop(), the shutdown at close()
# (leftover tasks cancelled, async generators closed), loop_factory, and the errors of a
# closed runner, a non-coroutine and a nested run.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 10


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticker closed at close")


async def start_leftovers():
    global TICKS
    asyncio.create_task(background(), name="bg")
    TICKS = ticker()
    print("first tick:", await TICKS.__anext__())
    return asyncio.get_running_loop()


async def nested(runner):
    coro = compute(1)
    try:
        runner.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print("loop:", type(loop).__name__, loop.is_running(), loop.is_closed())
    print("results:", runner.run(compute(1)), runner.run(compute(2)))
    print("same loop:", runner.run(start_leftovers()) is loop, runner.get_loop() is loop)
    print("event loop installed:", asyncio.get_event_loop() is loop)
    runner.run(nested(runner))
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
    print("closing")
print("closed:", loop.is_closed())
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
coro = compute(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

made = []


def factory():
    made.append(asyncio.new_event_loop())
    return made[-1]


r = asyncio.Runner(loop_factory=factory)
print("factory result:", r.run(compute(4)), r.get_loop() is made[0], len(made))
r.close()
r.close()
print("factory loop closed:", made[0].is_closed())

r = asyncio.Runner()
r.close()
print("closing an unused runner does nothing; then run:", r.run(compute(5)))
r.close()


async def fails():
    await asyncio.sleep(0)
    raise LookupError("from the coroutine")


with asyncio.Runner() as runner:
    runner.run(fails())
