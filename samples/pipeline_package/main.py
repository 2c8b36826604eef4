# A streaming pipeline in several files: the package `pipeline` (stages as async generators,
# tied together in __init__.py with relative imports) and the helper module `report` beside
# this script. Built with py2cpp_async_add_executable like every sample.
import asyncio

import pipeline
from pipeline.stages import readings
from report import summarize


async def main():
    results = await asyncio.gather(*(pipeline.run(sensor, 5) for sensor in ("north", "south")))
    for sensor, values in results:
        print(summarize(sensor, values))
    async for value in pipeline.smooth(readings("east", 4), window=2):
        print("east smoothed", value)
    print("stages:", pipeline.STAGES)


if __name__ == "__main__":
    asyncio.run(main())
