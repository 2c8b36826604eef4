# `from M import NAME` of a name a native module lacks translates when an enclosing try
# catches ImportError: the import raises ImportError at run time, which the handler sees.
try:
    from sys import no_such_function
except ImportError as e:
    print(type(e).__name__, e)
else:
    print(no_such_function)

try:
    from sys import version_info, no_such_attribute
except (ValueError, ImportError) as e:
    print(type(e).__name__, e)
    from sys import version_info
print(version_info[0])

try:
    from builtins import len, also_missing
except Exception as e:
    print(type(e).__name__, e)
print("len" in dir())
