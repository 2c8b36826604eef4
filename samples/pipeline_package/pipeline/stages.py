# Async generator stages; each yields to the event loop as a real source would.
import asyncio

from .limits import LOW


async def readings(sensor, count):
    seed = sum(ord(c) for c in sensor)
    for i in range(count):
        await asyncio.sleep(0)
        yield (seed * (i + 3)) % 97 - LOW


async def smooth(source, window):
    recent = []
    async for value in source:
        recent.append(value)
        if len(recent) > window:
            recent.pop(0)
        yield sum(recent) // len(recent)
