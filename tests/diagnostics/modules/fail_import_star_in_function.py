def f():
    from asyncio import *
