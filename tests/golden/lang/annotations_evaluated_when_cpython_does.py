# Annotations are evaluated when CPython evaluates them: a function's at its def, after its
# defaults, parameter by parameter then `return`; a class body's and the module's after the
# assigned value, into __annotations__; a function body's never.
def note(label, value=None):
    print("evaluating", label)
    return value if value is not None else label


def f(a: note("a", int), b: note("b") = note("default b"), *args: note("args"), c: note("c") = 1,
      **kw: note("kw")) -> note("return"):
    local: note("never evaluated") = 5
    return local


print(f.__annotations__)
print(f(1), f.__annotations__ is f.__annotations__)
x: note("x annotation", int) = note("x value", 3)
y: note("y annotation", str)
print(__annotations__, x)
for i in range(1):
    z: note("in a loop") = i
print(sorted(__annotations__))


class Model:
    name: note("name annotation", str) = note("name value", "n")
    count: int
    (parenthesized): note("not simple")

    def method(self) -> "Model":
        return self


print(Model.__annotations__, Model.method.__annotations__)
g = lambda q: q
print(g.__annotations__)
f.__annotations__ = {"replaced": True}
print(f.__annotations__)
