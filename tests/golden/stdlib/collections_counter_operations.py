# collections.Counter translated from Lib/collections/__init__.py: counting, most_common's
# order, arithmetic, update/subtract, elements, total and repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["z"], c.total())
print(sorted(c.elements()))
d = Counter(a=3, b=-1, e=2)
print(c + d, c - d, c | d, c & d)
print(+d, -d)
c.update("aaz")
c.update({"b": 10})
c.subtract(a=1, q=2)
print(c)
print(Counter({"x": 0, "y": 1}) == Counter(y=1), repr(Counter()), Counter(a=1) <= Counter(a=2, b=1))
del c["q"]
print(c.most_common(3), list(c))
e = Counter(cats=4, dogs=8)
e += Counter(cats=1)
e -= Counter(dogs=10)
print(e, isinstance(e, dict), type(e).__mro__[1:])
try:
    Counter(1, 2)
except TypeError as err:
    print(err)
print(Counter.fromkeys.__qualname__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as err:
    print(err)
