# `*g()` unpacks the call's result: tree-sitter reads it as `(*g)()`, which the translator
# once rejected as "cannot use starred expression here".
def g():
    return (1, 2)


class Box:
    items = [3, 4]


print([*g()], [0, *g(), *Box.items, 5])
print(sorted({*range(3), *g()}))
print(*g(), *Box().items)
ab = "ab"
t = *g(), *ab
print(t)
