# RecursionError is catchable; sys.setrecursionlimit moves the limit (and
# refuses limits that are invalid or below the current depth).
import asyncio
import sys

reached = 0


def deeper(n):
    global reached
    reached = n
    return deeper(n + 1)


async def deeper_async(n):
    global reached
    reached = n
    return await deeper_async(n + 1)


def depth_reached(start):
    try:
        start(1)
    except RecursionError as e:
        return reached, str(e)


async def main():
    try:
        await deeper_async(1)
    except RecursionError:
        return reached


class Node:
    def __init__(self, n):
        global reached
        reached = n
        self.child = Node(n + 1)


class Loop:
    def __repr__(self):
        return repr(self)


print("limit", sys.getrecursionlimit())
print("sync", depth_reached(deeper))
print("async", asyncio.run(main()))
print("class", depth_reached(Node))
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", e)

sys.setrecursionlimit(2000)
print("limit", sys.getrecursionlimit())
print("sync", depth_reached(deeper))
print("async", asyncio.run(main()))


def nested(n):
    if n == 0:
        sys.setrecursionlimit(5)
    else:
        nested(n - 1)


for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    nested(10)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print("limit", sys.getrecursionlimit(), "sync", depth_reached(deeper))
