# operator, translated from CPython's Lib: itemgetter/attrgetter/methodcaller for sorting and
# their reprs, the function forms of the operators, in-place forms and their errors.
import operator
from operator import attrgetter, itemgetter, methodcaller


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tag = type("Tag", (), {"name": f"p{x}{y}"})()

    def dist(self, scale=1):
        return (self.x * self.x + self.y * self.y) * scale


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter("x"))])
print(attrgetter("tag.name")(pts[0]), attrgetter("x", "y")(pts[1]))
print(itemgetter(1)([10, 20, 30]), itemgetter(slice(1, None))("abcd"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(methodcaller("dist", scale=2)(pts[0]), methodcaller("upper")("hi"))
print(repr(itemgetter(1, 2)), repr(attrgetter("x")), repr(methodcaller("dist", 3, scale=2)))
print(operator.add(1, 2), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.truth([1]), operator.is_(None, None), operator.contains([1, 2], 2))
print(operator.index(7), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([]), 5))
x = [1]
print(operator.iadd(x, [2]), x, operator.ipow(2, 10))
d = {"k": 1}
operator.setitem(d, "j", 2)
operator.delitem(d, "k")
print(d, operator.getitem(d, "j"))
for bad in (lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5), lambda: operator.index(1.5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(operator.__name__, operator.lt.__name__)
itemgetter()
