# `type(x).attr = v` and `f(x).attr = v` assign to an attribute of a call's result: tree-sitter
# reads `type ... = ...` as 3.12's type alias statement, which CPython 3.11 does not have.
class Box:
    count = 0


def same(b):
    return b


b = Box()
type(b).count = 5
same(b).label = "first"
type(b).count += 1
print(Box.count, b.count, b.label)
type = len
print(type("abc"))
