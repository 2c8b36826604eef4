# In an unparenthesized tuple, `*` unpacks any expression (CPython's star_expression), not only
# names, attributes and subscripts as tree-sitter-python's grammar allows.
def pair():
    return [1, 2]


t = *pair(), *[3, 4], *"ab"
print(t)
for x in *range(2), *[5]:
    print(x)


def g():
    return *[1] + [2], *(3, 4)


print(g())
