# Fetch-all versus streaming: the same batches built eagerly and lazily.
import asyncio
from dataclasses import dataclass
from collections.abc import AsyncIterator


@dataclass(frozen=True, slots=True)
class Batch:
    number: int


async def collect_all() -> list[Batch]:
    return [Batch(number) for number in range(3)]


async def stream() -> AsyncIterator[Batch]:
    for number in range(3):
        await asyncio.sleep(0)
        yield Batch(number)


async def main() -> None:
    print(await collect_all())
    print([batch async for batch in stream()])


asyncio.run(main())
