# heapq, translated from CPython's Lib: a priority queue of jobs, the n-largest helpers, merge
# of sorted streams (with key and reverse), and the errors its functions raise.
import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


jobs = []
for priority, name in [(3, "index"), (1, "fetch"), (4, "render"), (1, "auth"), (5, "ship")]:
    heapq.heappush(jobs, Job(priority, name))
while jobs:
    job = heapq.heappop(jobs)
    print("run", job.priority, job.name)

data = [9, 1, 8, 2, 7, 3, 6, 4, 5]
heapq.heapify(data)
print(data[0], len(data))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words))
print(heapq.nsmallest(1, []), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1, "a"], 2)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

print(heapq.__name__, heapq.__all__)
heapq.heappush(None, 1)
