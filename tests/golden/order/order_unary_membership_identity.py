# `not`, `in`, `not in`, `is`, `is not` evaluate their operands before
# operands to their right (CPython's "Evaluation order").
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

print((not f("a", 0), f("b")))
print((1 in f("a", [1]), f("b")))
print((f("a", 1) not in f("b", [2]), f("c")))
print((f("a") is f("b"), f("c")))
print((f("a") is not f("b", None), f("c")))
print((-f("a", 1), +f("b", 2), ~f("c", 3), f("d")))
print([not f("a", 1), not f("b", 0)])
