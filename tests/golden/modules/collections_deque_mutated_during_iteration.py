# A deque changed while an iterator runs over it: appends, pops, rotations and clears stop the
# iterator with RuntimeError; item assignment and reverse() do not. The last one is uncaught.
from _collections import deque


def walk(change, reverse=False):
    d = deque([1, 2, 3])
    seen = []
    try:
        for x in reversed(d) if reverse else d:
            seen.append(x)
            change(d)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)
        return
    print("finished", seen, d)


walk(lambda d: d.reverse())
walk(lambda d: d.__setitem__(0, 5))
walk(lambda d: d.extend([]))
walk(lambda d: d.append(1))
walk(lambda d: d.appendleft(1), reverse=True)
walk(lambda d: d.rotate(1))
walk(lambda d: d.pop())
walk(lambda d: d.clear())


class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for method in ("count", "index", "remove"):
    d = deque([1, 2, 3])
    try:
        getattr(d, method)(Meddler(d))
    except (RuntimeError, IndexError) as e:
        print(method, type(e).__name__, e)

it = iter(deque([1]))
print(it.__length_hint__() if hasattr(it, "__length_hint__") else 1, next(it))
d = deque("abc")
for x in d:
    d.popleft()
