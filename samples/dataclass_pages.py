# An async generator of frozen, slotted dataclasses.
import asyncio
from dataclasses import dataclass
from collections.abc import AsyncIterator


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    rows: tuple[str, ...]


async def pages() -> AsyncIterator[Page]:
    for number in range(3):
        await asyncio.sleep(0.001)
        yield Page(number, (f"row-{number}",))


async def main() -> None:
    async for page in pages():
        print(page)


asyncio.run(main())
