# del of tuple and list targets: each element deleted in turn, left to
# right, each target's operands evaluated just before it is deleted.


def trace(label, value):
    print("eval", label)
    return value


class Box:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delitem__(self, key):
        print("delitem", key)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


def bound(read):
    try:
        read()
        return True
    except NameError:
        return False


x, y, z = 1, 2, 3
del (x, y), [z]
print(bound(lambda: x), bound(lambda: y), bound(lambda: z))

p, q, r, s, t = "pqrst"
del [p, (q, [r])], s
print(bound(lambda: p), bound(lambda: q), bound(lambda: r), bound(lambda: s), bound(lambda: t))

box = Box()
items = [0, 1, 2, 3, 4, 5]
table = {"k": 1, "j": 2}
del trace("box", box)[trace("key", 0)], trace("items", items)[trace("index", 1)], trace("box2", box).a
print(items)
del (trace("table", table)[trace("k", "k")], [trace("items", items)[::2], trace("box3", box).b])
print(table, items, vars(box))

del ()
del []
del ((), [])
print("empty targets delete nothing")


def local_targets():
    a, b, c = 1, 2, 3
    del a, (b, c)
    try:
        print(b)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


local_targets()


def partial_failure():
    a, b = 1, 2
    lst = [1]
    try:
        del a, lst[5], b
    except IndexError as e:
        print(type(e).__name__, e)
    print("b still bound:", b)
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


partial_failure()

w = 1
try:
    del (w, w)
except NameError as e:
    print(type(e).__name__, e)

import asyncio


async def key(k):
    await asyncio.sleep(0)
    print("awaited", k)
    return k


async def async_targets():
    data = {"a": 1, "b": 2, "c": 3}
    seq = list(range(8))
    del (data[await key("a")], seq[await key(1):await key(5)]), [data[await key("c")]]
    print(data, seq)


asyncio.run(async_targets())
