try:
    1 / 0
except ZeroDivisionError:
    raise LookupError("while handling")
