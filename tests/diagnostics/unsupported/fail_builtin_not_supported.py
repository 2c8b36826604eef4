# CPython builtins pyrt lacks stop translation where they are read, unless the program binds them.
def input(prompt):
    return prompt


print(input("x"))
with breakpoint() as f:
    help(f)
