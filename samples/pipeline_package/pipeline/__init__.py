# The package's front: re-exports the stages and runs them together.
from .stages import readings, smooth
from . import limits

STAGES = ("readings", "clamp", "smooth")


async def run(sensor, count):
    values = []
    async for value in smooth(readings(sensor, count), window=3):
        values.append(limits.clamp(value))
    return sensor, values
