# Builtins pyrt defines but the translator's old list omitted used to be NameErrors at run time.
print(bytes(3), bytes([104, 105]))
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3))
print([0, 1, 2, 3, 4, 5][s])
for cls in (EOFError, SystemError, ExceptionGroup):
    print(cls.__name__, issubclass(cls, Exception))
try:
    raise EOFError("no more input")
except EOFError as e:
    print("caught", repr(e))
try:
    raise ExceptionGroup("two", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    print("group", g.message, len(g.exceptions))
