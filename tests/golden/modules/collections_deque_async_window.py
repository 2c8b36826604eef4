# A realistic use of deque in an asyncio program: a bounded window of recent readings kept by a
# consumer task, and a work queue served from both ends by two workers.
import asyncio
from _collections import deque


async def sensor(name, values, out):
    for v in values:
        await asyncio.sleep(0)
        out.append((name, v))


async def monitor(readings, window):
    for _ in range(12):
        await asyncio.sleep(0)
        while readings:
            window.append(readings.popleft())
        if window:
            avg = sum(v for _, v in window) / len(window)
            print(f"window={list(window)} avg={avg:.2f}")


async def worker(name, jobs, from_left, done):
    while jobs:
        job = jobs.popleft() if from_left else jobs.pop()
        done.append(f"{name}:{job}")
        await asyncio.sleep(0)


async def main():
    readings = deque()
    window = deque(maxlen=4)
    await asyncio.gather(
        sensor("a", [1, 2, 3, 4], readings),
        sensor("b", [10, 20, 30], readings),
        monitor(readings, window),
    )
    jobs = deque(range(9))
    done = deque()
    await asyncio.gather(worker("L", jobs, True, done), worker("R", jobs, False, done))
    print(list(done), jobs)
    done.rotate(2)
    print(done[0], done[-1], len(done))


asyncio.run(main())
