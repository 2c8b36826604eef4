# heapq over CPython's _heapq: which comparisons run, and so where equal keys end up, must be
# CPython's, for small heaps and for the cache-friendly heapify of heaps over 2500 items, and
# for the max-heap helpers nsmallest and merge(reverse=True) use.
import heapq

comparisons = 0


class Key:
    __slots__ = ("k", "i")

    def __init__(self, k, i):
        self.k, self.i = k, i

    def __lt__(self, other):
        global comparisons
        comparisons += 1
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}/{self.i}"


for n in (10, 100, 3000, 6001):
    comparisons = 0
    heap = [Key((i * 37) % 23, i) for i in range(n)]
    heapq.heapify(heap)
    print(n, comparisons, heap[:12])
    comparisons = 0
    print([heapq.heappop(heap) for _ in range(8)], comparisons)
    comparisons = 0
    print(heapq.heappushpop(heap, Key(0, -1)), heapq.heapreplace(heap, Key(5, -2)), comparisons)

comparisons = 0
top = [(Key((i * 11) % 7, i), i) for i in range(40)]
heapq._heapify_max(top)
print(comparisons, heapq._heappop_max(top), heapq._heapreplace_max(top, (Key(3, -1), -1)), comparisons)
print(heapq.nsmallest(5, [Key((i * 11) % 7, i) for i in range(40)]))
comparisons = 0
merged = heapq.merge([Key(9 - i, i) for i in range(5)], [Key(7 - i, 10 + i) for i in range(5)], reverse=True)
print(list(merged), comparisons)


class Shrinking:
    def __lt__(self, other):
        heap.clear()
        return False


heap = [Shrinking() for _ in range(3)]
try:
    heapq.heapify(heap)
except RuntimeError as e:
    print("RuntimeError", e)
heapq.heappop([])
