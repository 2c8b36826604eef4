# collections offers deque, defaultdict and OrderedDict from its C part, _collections: they are
# the very classes CPython's collections names.
from collections import deque, defaultdict, OrderedDict
import collections
d = deque([1, 2], maxlen=3)
d.appendleft(0); d.append(9)
print(d, type(d), collections.deque is deque)
dd = defaultdict(list); dd["a"].append(1)
print(dd, OrderedDict(a=1))
