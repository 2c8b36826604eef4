# asyncio.Barrier: parties arriving one by one and leaving together, reuse over several
# rounds, `async with`, reset() and abort() breaking the waiters, the properties and repr,
# and the constructor's check.
import asyncio


def state(b):
    # The repr without its address: "<asyncio.locks.Barrier object at 0x... [filling, waiters:0/3]>".
    r = repr(b)
    return r[:r.index(" at ")] + r[r.index(" ["):]


async def runner(b, name, rounds, delay):
    for r in range(rounds):
        await asyncio.sleep(delay)
        print(f"{name} arrives in round {r}, waiting: {b.n_waiting}")
        index = await b.wait()
        print(f"{name} leaves round {r} with index {index}")


async def rounds():
    b = asyncio.Barrier(3)
    print(state(b), b.parties, b.n_waiting, b.broken)
    await asyncio.gather(runner(b, "a", 2, 0.01), runner(b, "b", 2, 0.02), runner(b, "c", 2, 0))
    print(state(b))


async def with_statement():
    b = asyncio.Barrier(2)

    async def party(name):
        async with b as index:
            print(name, "passed with index", index)

    await asyncio.gather(party("x"), party("y"))


async def reset_breaks_waiters():
    b = asyncio.Barrier(3)

    async def waiter(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(name, "broken:", repr(e))

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print("before reset:", state(b))
    await b.reset()
    print("during reset:", state(b))
    await asyncio.gather(*tasks)
    print("after reset:", state(b), b.broken)


async def abort_breaks_everyone():
    b = asyncio.Barrier(2)

    async def waiter(name):
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(name, "broken:", e, isinstance(e, RuntimeError))

    task = asyncio.create_task(waiter("early"))
    await asyncio.sleep(0)
    await b.abort()
    await task
    print("aborted:", state(b), b.broken, b.n_waiting)
    await waiter("late")
    await b.reset()
    print("reset again:", state(b), b.broken)


async def cancelled_waiter():
    b = asyncio.Barrier(2)
    task = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print("one waiting:", b.n_waiting)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled, waiting:", b.n_waiting, state(b))


async def main():
    await rounds()
    await with_statement()
    await reset_breaks_waiters()
    await abort_breaks_everyone()
    await cancelled_waiter()
    for parties in (0, -1):
        try:
            asyncio.Barrier(parties)
        except ValueError as e:
            print("ValueError:", e)
    b = asyncio.Barrier(1)
    print("single party:", await b.wait())
    await b.abort()
    await b.wait()


asyncio.run(main())
