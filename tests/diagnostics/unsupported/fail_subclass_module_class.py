# asyncio's classes, named through the module or imported by name, are not subclassable yet.
import asyncio
from asyncio import Lock as BaseLock


class Jobs(asyncio.Queue):
    pass


class NamedLock(BaseLock):
    pass
