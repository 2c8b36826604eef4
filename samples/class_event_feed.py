# A class-based async iterator feeding an async comprehension.
import asyncio
from dataclasses import dataclass
from collections.abc import AsyncIterator


@dataclass(frozen=True, slots=True)
class Event:
    sequence: int


class EventFeed:
    def __init__(self, stop: int) -> None:
        self.current = 0
        self.stop = stop

    def __aiter__(self) -> AsyncIterator[Event]:
        return self

    async def __anext__(self) -> Event:
        if self.current >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current += 1
        return Event(self.current)


async def main() -> None:
    print([event async for event in EventFeed(3)])


asyncio.run(main())
