# `from m import *`: with __all__ only its names (private ones included), without it every
# name not starting with an underscore; names bound later in the importer win.
from listed import *
from unlisted import *
from asyncio import *

print(public_a, _listed_private)
print(public_b, helper())
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
print(sleep.__name__, Queue.__name__)


async def main():
    await sleep(0)
    print("slept")


run(main())
