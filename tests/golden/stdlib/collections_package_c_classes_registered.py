# collections offers deque, defaultdict and OrderedDict from its C part, _collections, and
# registers deque as a MutableSequence; OrderedDict's Python version stays unused.
import collections
from collections import deque, defaultdict, OrderedDict
from collections.abc import MutableSequence, MutableMapping, Sequence
import _collections

print(collections.deque is _collections.deque, collections.OrderedDict is _collections.OrderedDict)
print(isinstance(deque(), MutableSequence), issubclass(defaultdict, MutableMapping))
print(issubclass(OrderedDict, MutableMapping), isinstance(deque(), Sequence))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.keys()), od.popitem(last=False))
match deque([1, 2]):
    case [a, b]:
        print("deque is a sequence", a, b)
match defaultdict(int, k=1):
    case {"k": v}:
        print("defaultdict is a mapping", v)
print(sorted(collections.__all__))
