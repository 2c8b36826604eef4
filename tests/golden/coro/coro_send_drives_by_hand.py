class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value


async def worker():
    got = await Suspend()
    print("worker got", got)
    return got * 2


c = worker()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
