# itertools: every iterator is lazy and pulls from its inputs in CPython's order (the logging
# iterables show when), the combinatoric ones yield in CPython's order, and the constructors'
# errors are CPython's.
import itertools as it
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)


def noisy(name, values):
    for v in values:
        print(f"  {name} -> {v}")
        yield v


print(list(islice(accumulate(count(1)), 5)), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(islice(cycle("ab"), 5)))
print(list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(starmap(pow, [(2, 3), [3, 2]])))
print(list(pairwise("abcd")), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 3)))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations([], 0)))
print(list(product("ab", repeat=2)), list(product()), list(product([1, 2], [])))
print(repr(count()), repr(count(2.5, 0.5)), repr(count(3, True)), repr(repeat("x", 2)), repr(repeat(None)))
print(list(repeat(7, 3)), repeat(1, 4).__length_hint__(), list(repeat(1, -1)))

rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for kind, group in groupby(rows, key=lambda r: r[0]):
    print(kind, [name for _, name in group])
groups = [(k, g) for k, g in groupby("aabbbc")]
print([(k, list(g)) for k, g in groups])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])

print("takewhile pulls one past the end:")
print(list(takewhile(lambda x: x < 2, noisy("src", [1, 2, 3]))))
print("zip_longest stops when the last input ends:")
print(list(zip_longest(noisy("a", [1]), noisy("b", [2, 3]))))
a, b = tee(noisy("shared", "xyz"))
print(next(a), next(a), next(b), list(b), list(a))
c, d, e = tee(iter(range(4)), 3)
print(list(c), list(islice(d, 2)), list(e), list(d))
print(list(islice("abcdefg", 2, None, 2)), list(islice(count(), 3, 8)), list(islice([], 2 ** 62)))
try:
    islice([], 10 ** 30)
except ValueError as exc:
    print("ValueError", exc)

for bad in (lambda: starmap(len), lambda: takewhile(x=1), lambda: pairwise(), lambda: combinations("a", -1),
            lambda: product("a", repeat=-1), lambda: tee([1], -1), lambda: tee(), lambda: zip_longest(x=1),
            lambda: count("a"), lambda: cycle(), lambda: islice([1], -1), lambda: islice([1], 0, 5, 0),
            lambda: chain(x=1), lambda: groupby(), lambda: accumulate()):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
print(it.chain.__name__, type(chain()).__module__, type(groupby("a")).__name__)
next(count(), 1, 2)
