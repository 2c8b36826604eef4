# Builtin types' protocol slots as attributes: str.__len__ is a wrapper_descriptor, "x".__len__ a
# method-wrapper, and calling either runs the slot, with NotImplemented where CPython's slot
# returns it and CPython's messages for wrong arguments.
print(str.__len__, type(str.__len__).__name__, type("x".__len__).__name__)
print("abc".__len__(), [1, 2].__len__(), (1,).__len__(), {1: 2}.__len__(), range(5).__len__())
print((1).__add__(2), (1).__add__(1.5), (1.5).__add__(1), (2).__radd__(3), (7).__index__())
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__lt__("a"), "a".__lt__("b"), [].__lt__(()))
print(True.__and__(False), True.__add__(True), (6).__and__(3), (1).__lshift__(4))
print((2).__pow__(10), (2).__pow__(3, 5), (2).__pow__(3.0, 5), (2).__rpow__(3), (2.0).__pow__(2))
print((7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(30), (7).__truediv__(2), (7).__floordiv__(2))
print((-3).__abs__(), (3).__neg__(), (3).__invert__(), (3).__pos__(), (0).__bool__(), None.__bool__())
print((1.7).__int__(), (3).__float__(), (2.5).__abs__(), (-0.0).__neg__())
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "%d-%s".__mod__((1, "x")), "a".__rmod__(1))
print("ab".__contains__("b"), [1].__contains__(2), {1: 2}.__contains__(1), {3}.__contains__(3))
print("abc".__getitem__(1), [5, 6].__getitem__(-1), {1: "one"}.__getitem__(1), range(10).__getitem__(3))
lst = [1, 2, 3]
lst.__setitem__(0, 9)
lst.__delitem__(1)
print(lst, lst.__iadd__((4,)), lst.__imul__(2), lst)
d = {}
d.__setitem__("k", 1)
print(d, d.__or__({"j": 2}), {1}.__or__({2}), {1, 2}.__sub__({2}), {1}.__and__([1]))
print(list(iter("ab").__iter__()), list("xy".__iter__()), list({1: 2}.__iter__()))
print("x".__repr__(), (5).__repr__(), (1.5).__repr__(), None.__repr__(), [1].__repr__(), type.__repr__(int))
print("x".__str__(), "x".__hash__() == hash("x"), (5).__hash__(), (1,).__hash__() == hash((1,)))
print(list.__hash__, dict.__hash__, set.__hash__, slice.__hash__, type(frozenset.__hash__).__name__)
print(str.__len__("four"), int.__add__(1, 2), list.__len__([1]), type.__call__(int, "5"))
print(str.__add__.__name__, str.__add__.__qualname__, "x".__len__.__self__, str.__len__.__objclass__)
print("x".__len__ == "x".__len__, str.__len__ is str.__len__)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: "x".__len__(1))
show(lambda: (1).__add__())
show(lambda: (1).__add__(1, 2))
show(lambda: "x".__len__(a=1))
show(lambda: (2).__pow__())
show(lambda: (2).__pow__(1, 2, 3))
show(lambda: (2.0).__pow__(3, 5))
show(lambda: [1].__setitem__(1))
show(lambda: str.__len__())
show(lambda: str.__len__(1))
show(lambda: int.__add__(1.5, 2))
show(lambda: (1).__truediv__(0))
show(lambda: {}.__getitem__(1))
show(lambda: "ab".__contains__(1))
show(lambda: [1].__getitem__())
show(lambda: int.__repr__(int))
it = iter([1])
print(it.__next__(), it.__iter__() is it)
show(lambda: it.__next__())
