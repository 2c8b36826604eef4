# Zero-argument super() in comprehensions and generator expressions reads the
# comprehension's own first argument, the iterator of its outermost iterable
# (CPython 3.11), so it fails unless that iterator is an instance of the class.
class A:
    def f(self):
        return "A.f"


class B(A):
    def g(self):
        return [super().f() for _ in range(2)]

    def h(self):
        return list(super().f() for _ in [1])

    def k(self):
        return {n: super().f() for n in "ab"}


for method in ("g", "h", "k"):
    try:
        print(getattr(B(), method)())
    except TypeError as e:
        print(method, "TypeError:", e)


class Walker(A):
    """An iterator of itself: super() in its comprehension finds the instance."""

    def __init__(self):
        self.left = 2

    def __iter__(self):
        return self

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return self.left

    def f(self):
        return "Walker.f"

    def walk(self):
        return [(n, super().f()) for n in self], {super().f() for _ in Walker()}


print(Walker().walk())
