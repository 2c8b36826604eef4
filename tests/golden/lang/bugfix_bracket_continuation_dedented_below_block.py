# Inside brackets, indentation means nothing: a continuation line indented less than its block
# after a trailing operator once made tree-sitter end the block ("invalid syntax").
def f(values):
    total = (values[0] +
values[1])
    names = [str(v).
upper() for v in values]
    return total, names


print(f([1, 2]))
