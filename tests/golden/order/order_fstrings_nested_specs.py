# An f-string evaluates each replacement field, conversion and nested format
# spec left to right.
def f(tag, value=None):
    print(tag, end=" ")
    return tag if value is None else value

print(f"{f('c', 1.5):.{f('d', 2)}f}")
print(f"{f('a')}-{f('b')!r}-{f('c', 3):{f('w', 5)}}")
print(f"{f('v', 3.14159):{f('w', 10)}.{f('p', 3)}}|")
print(f"{f('x', 42):{f('fill', '*')}^{f('w', 7)}}", f("after"))
print(f"{f('a')}{f'{f(chr(98))}'}{f('c')}")
