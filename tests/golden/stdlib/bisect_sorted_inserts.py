# bisect, translated from CPython's Lib: grading by breakpoints, sorted inserts with key=,
# lo/hi bounds and the errors for bad bounds.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
scores = []
for s in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(scores, s)
print(scores)
print(bisect_left(scores, 5), bisect_right(scores, 5), bisect_left(scores, 5, 0, 3), bisect_right(scores, 0))
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
insort_left(people, ("dee", 30), key=lambda p: p[1])
print(people, bisect_left(people, 31, key=lambda p: p[1]))
try:
    bisect_left([1, 2], 1, -1)
except ValueError as e:
    print("ValueError", e)
bisect.insort([1, 2], "x")
