# `and`/`or` evaluate left to right and stop early; a conditional expression
# evaluates its test first, then exactly one branch.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

print(f("a", 0) and f("b"), f("c"))
print(f("a", 1) and f("b", 2) and f("c", 0) and f("d"), f("e"))
print(f("a", 0) or f("b", "") or f("c", 3) or f("d"), f("e"))
print((f("a", 1) and f("b", 0)) or f("c"), f("d"))
print(f("a") if f("t", 1) else f("b"), f("c"))
print(f("a") if f("t", 0) else f("b"), f("c"))
print((f("x", 0) or f("y")) if f("t", 1) and f("u", 1) else f("z"))
