# Both operands of every binary operator are evaluated left to right, and an
# operator's own work (its dunder method) runs after both.
class V:
    def __init__(self, tag):
        self.tag = tag
    def _op(self, name, other):
        print(f"{name}({self.tag},{other.tag})", end=" ")
        return V(self.tag + other.tag)
    def __add__(self, o): return self._op("add", o)
    def __sub__(self, o): return self._op("sub", o)
    def __mul__(self, o): return self._op("mul", o)
    def __matmul__(self, o): return self._op("matmul", o)
    def __truediv__(self, o): return self._op("truediv", o)
    def __floordiv__(self, o): return self._op("floordiv", o)
    def __mod__(self, o): return self._op("mod", o)
    def __pow__(self, o): return self._op("pow", o)
    def __lshift__(self, o): return self._op("lshift", o)
    def __rshift__(self, o): return self._op("rshift", o)
    def __and__(self, o): return self._op("and", o)
    def __or__(self, o): return self._op("or", o)
    def __xor__(self, o): return self._op("xor", o)

def f(tag):
    print(tag, end=" ")
    return V(tag)

print((f("a") + f("b")).tag)
print((f("a") - f("b") * f("c")).tag)
print((f("a") @ f("b")).tag)
print((f("a") / f("b") // f("c") % f("d")).tag)
print((f("a") ** f("b") ** f("c")).tag)
print((f("a") << f("b") >> f("c")).tag)
print((f("a") & f("b") | f("c") ^ f("d")).tag)
print(((f("a") + f("b")) * (f("c") - f("d"))).tag)
