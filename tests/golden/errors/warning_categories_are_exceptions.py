# The warning categories and the other late builtin exceptions: classes of the builtins with
# CPython's bases, raised and caught like any exception.
for c in (Warning, UserWarning, DeprecationWarning, FutureWarning, ResourceWarning, EncodingWarning, FloatingPointError, ReferenceError):
    print(c.__name__, c.__mro__[1].__name__, issubclass(c, Exception))
try:
    raise UserWarning("careful", 1)
except Warning as w:
    print(repr(w), w.args)
