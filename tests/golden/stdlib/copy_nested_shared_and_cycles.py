# copy.copy and copy.deepcopy of nested structures: shared references stay shared within one
# deepcopy, cycles are rebuilt, immutable atoms are returned as they are.
import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, 3), "s": {4, 5}, "f": frozenset({6})}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, shallow["a"] is shared)
print(deep == data, deep["a"] is shared, deep["a"] is deep["b"], deep["t"][0] is deep["a"])
print(copy.deepcopy((1, "x", None)) is not None, copy.deepcopy((1, 2)) == (1, 2))
atom = (1, "two", 3.0)
print(copy.deepcopy(atom) is atom, copy.copy(atom) is atom, copy.deepcopy(data["f"]) is data["f"])

cycle = [1]
cycle.append(cycle)
cc = copy.deepcopy(cycle)
print(cc[1] is cc, cc is not cycle, len(cc))

d = {}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd)


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self


leaf = Tree(2)
root = Tree(1, [leaf, Tree(3)])
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not leaf, root2.children[0].value)
root3 = copy.copy(root)
print(root3.children is root.children, root3.value)
memo = {}
x = copy.deepcopy([shared, shared], memo)
print(x[0] is x[1], id(shared) in memo)
print(copy.copy(5), copy.deepcopy("s"), copy.copy(len) is len, copy.deepcopy(Tree) is Tree)
try:
    copy.deepcopy({"gen": (i for i in range(3))})
except TypeError as e:
    print("TypeError:", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
