# Module attributes are checked against pyrt's table only where the name certainly is the
# imported module; other objects of the same name are read at run time, as CPython does.
import asyncio as aio
import sys


def shadow(asyncio):
    return asyncio.TaskGroup


class Fake:
    TaskGroup = "fake TaskGroup"


print(shadow(Fake()))
print(aio.sleep.__name__, len(sys.argv))
print(getattr(aio, "no_such_name", "default"))
