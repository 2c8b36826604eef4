# collections.deque through _collections: both ends, maxlen trimming, rotation, indexing,
# searching, operators, repr and copying, as CPython 3.11 prints them.
from _collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 11])
print(d)
d.rotate()
print("rotate()", d)
d.rotate(-3)
print("rotate(-3)", d)
d.rotate(14)
print("rotate(14)", d)

window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(i, list(window), window.maxlen)
window.appendleft(-1)
print(window)
window.extendleft([7, 8])
print(window)
print(deque([], maxlen=0), deque("xy", 0), deque(range(5), 2))

q = deque(range(10))
q[2] = "two"
del q[0]
del q[-1]
print(q, q[1], q[-2])
q.insert(0, "front")
q.insert(-1, "before-last")
q.insert(100, "end")
q.insert(-100, "start")
print(q)
q.remove("two")
q.reverse()
print(q, q.count(3), q.index(3), q.index(5, 2), q.index(5, -8, -1))
print(3 in q, "nope" in q, list(reversed(q))[:3])

a = deque([1, 2])
b = deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= a, b > a, a >= b, a == [1, 2], deque([1, 2], 5) == a)
print(a + b, a * 3, 2 * a, a * 0, deque([1, 2, 3], 4) * 2)
c = a.copy()
c += "xyz"
print(c, a)
c *= 2
print(c)
bounded = deque([1, 2], 3)
bounded += [5, 6, 7]
print(bounded)
bounded *= 5
print(bounded)
grown = deque([1, 2])
grown.extend(grown)
grown.extendleft(grown)
print(grown)

nested = deque([1])
nested.append(nested)
print(nested)
print(repr(deque()), str(deque("ab", 5)))
print(deque[int], deque.__hash__, type(iter(d)).__name__, type(reversed(d)).__name__)
cls, args, state, items = deque("ab", 7).__reduce__()
print(cls, args, state, list(items))
print(deque("ab").__reduce__()[1], d.__copy__() == d, d.copy() is not d)
d.clear()
print(d, d.maxlen)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
while len(big) > 4:
    big.pop()
    big.popleft()
print(big, sum(deque(range(100))))
