# Module functions called with the wrong arguments name themselves as CPython does:
# module-qualified for one-argument and no-argument functions (math.sqrt() used to say math()).
import functools
import math
import sys
import time

calls = [
    ("math.sqrt()", math.sqrt, ()),
    ("math.sqrt(1, 2)", math.sqrt, (1, 2)),
    ("math.floor(1, 2)", math.floor, (1, 2)),
    ("math.isnan()", math.isnan, ()),
    ("math.factorial()", math.factorial, ()),
    ("math.pow(1)", math.pow, (1,)),
    ("math.atan2(1)", math.atan2, (1,)),
    ("math.log()", math.log, ()),
    ("time.sleep()", time.sleep, ()),
    ("time.monotonic(1)", time.monotonic, (1,)),
    ("sys.exc_info(1)", sys.exc_info, (1,)),
    ("sys.exit(1, 2)", sys.exit, (1, 2)),
    ("functools.reduce(1)", functools.reduce, (1,)),
    ("len()", len, ()),
    ("divmod(1)", divmod, (1,)),
]
for text, f, args in calls:
    try:
        f(*args)
    except TypeError as e:
        print(text, "->", e)

try:
    math.sqrt(x=4)
except TypeError as e:
    print("math.sqrt(x=4) ->", e)
try:
    math.hypot(x=4)
except TypeError as e:
    print("math.hypot(x=4) ->", e)
print(math.sqrt.__module__, time.sleep.__name__, repr(math.floor))
