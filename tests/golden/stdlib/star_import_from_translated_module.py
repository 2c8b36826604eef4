# `from M import *` of a module translated into pyrt_stdlib (not one of the program's files):
# the names its __all__ lists are found as globals, in functions too.
from heapq import *
from keyword import *


def top_two(values):
    return nlargest(2, values)


h = []
for v in [5, 1, 4]:
    heappush(h, v)
print(heappop(h), h, top_two([3, 9, 2, 7]), nsmallest(1, [4, 2]))
print(iskeyword("while"), iskeyword("print"), "match" in softkwlist, len(kwlist) > 30)
try:
    print(merge_missing)
except NameError as e:
    print(type(e).__name__, e)
print("heapify" in globals(), "_siftdown" in globals(), "__all__" in globals())
