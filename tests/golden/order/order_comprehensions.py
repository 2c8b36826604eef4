# A comprehension evaluates its first iterable in the enclosing scope before
# anything else, then per item the conditions and the element (key before
# value for dicts); inner iterables are evaluated per outer item.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

print([f("e", x) for x in f("it", [1, 2]) if f("if", x)])
print({f("k", x): f("v", x * 10) for x in f("it", [1, 2])})
print(sorted({f("e", x) for x in f("it", [3])}))
print([(x, y) for x in f("outer", [1, 2]) for y in f("inner", [x, x + 1]) if f("c", y > 1)])
g = (f("e", x) for x in f("it", [1, 2]))
print("made", end=" ")
print(list(g))
print(sum(f("e", x) for x in f("it", [1, 2, 3])), f("after"))
