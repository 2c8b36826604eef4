# An assignment expression binds as soon as it is evaluated, so operands to
# its right see the new value and operands to its left the old one.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

x = 1
print((x, (x := f("v", 2)), x))
def g(n):
    return (n, (n := n + 1), n)
print(g(5))
def h():
    y = 0
    return [y, (y := f("w", 7)), y + 1]
print(h())
print([(z := i) + z for i in f("it", [1, 2])], z)
if (m := f("m", 3)) > 2 and (k := f("k", m * 2)):
    print(m, k)
