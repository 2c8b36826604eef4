# A function's own attributes: __defaults__, __kwdefaults__, __annotations__, __closure__ with
# its cells' cell_contents, __globals__, __builtins__, and __code__ with the fields pyrt keeps
# (names, file, first line as CPython counts it for decorated defs, argument counts); dir(f)
# lists what CPython's does.
def f(a, b=2, *, c=3) -> int:
    return a


print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__closure__, f.__globals__ is globals())
print(type(f.__builtins__).__name__, f.__builtins__["len"]("abc"), f.__code__.co_name, f.__code__.co_argcount)
print(sorted(n for n in dir(f) if not n.startswith("__")), len(dir(f)), dir(f) == sorted(dir(f)))


def outer():
    x = 1

    def inner():
        return x

    return inner


i1, i2 = outer(), outer()
print(i1.__closure__[0].cell_contents, i1.__code__ is i2.__code__, i1.__code__.co_qualname, f.__code__.co_firstlineno)


def deco(fn):
    return fn


@deco
def decorated(a, /, b, *args, c, **kw):
    pass


c = decorated.__code__
print(c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_filename.endswith(".py"))
print(type(f).__dict__["__globals__"], type(f).__dict__["__code__"], (lambda: 0).__code__.co_name)


def late():
    def use():
        return y

    cell = use.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    y = 5
    return cell.cell_contents


print(late())
