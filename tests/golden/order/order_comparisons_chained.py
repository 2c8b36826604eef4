# Comparison operands run left to right; a chain evaluates each middle
# operand once and stops at the first false link.
class V:
    def __init__(self, tag, n):
        self.tag, self.n = tag, n
    def __lt__(self, o):
        print(f"lt({self.tag},{o.tag})", end=" ")
        return self.n < o.n
    def __le__(self, o):
        print(f"le({self.tag},{o.tag})", end=" ")
        return self.n <= o.n
    def __eq__(self, o):
        print(f"eq({self.tag},{o.tag})", end=" ")
        return self.n == o.n
    def __ne__(self, o):
        print(f"ne({self.tag},{o.tag})", end=" ")
        return self.n != o.n
    def __gt__(self, o):
        print(f"gt({self.tag},{o.tag})", end=" ")
        return self.n > o.n
    def __ge__(self, o):
        print(f"ge({self.tag},{o.tag})", end=" ")
        return self.n >= o.n
    __hash__ = None

def f(tag, n):
    print(tag, end=" ")
    return V(tag, n)

print(f("a", 1) < f("b", 2))
print(f("a", 1) < f("b", 2) < f("c", 3))
print(f("a", 1) < f("b", 0) < f("c", 3))
print(f("a", 1) <= f("b", 1) == f("c", 1) != f("d", 2) > f("e", 0) >= f("f", 0))
print((f("a", 1) == f("b", 1), f("c", 0) != f("d", 0)))
print(f("a", 1) < f("b", 2) is not None, f("c", 0) < f("d", 1) is f("e", None))
if f("a", 1) < f("b", 2) < f("c", 1):
    print("yes")
else:
    print("no")
x = 5
print(0 < x < 10, 0 < x > 10, x is x is not None)
