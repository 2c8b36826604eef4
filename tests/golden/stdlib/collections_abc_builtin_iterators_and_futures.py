# Builtin iterators (map, filter, enumerate, zip, reversed) are Iterators by their __next__ and
# __iter__, and asyncio's Future and Task are Awaitables by their __await__, as
# collections.abc's __subclasshook__s find them in the classes' __dict__s.
import asyncio
from collections.abc import Awaitable, Coroutine, Iterable, Iterator

its = [map(str, []), filter(None, []), enumerate([]), zip(), reversed([1])]
print([isinstance(i, Iterator) for i in its], [type(i).__name__ for i in its])
print(["__next__" in vars(type(i)) for i in its])


async def work():
    return 1


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.ensure_future(work())
    print(isinstance(fut, Awaitable), isinstance(task, Awaitable), isinstance(task, Coroutine))
    print(isinstance(fut, Iterable) == hasattr(fut, "__iter__"))
    fut.set_result(2)
    print(await fut, await task)


asyncio.run(main())
