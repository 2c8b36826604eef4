# `from re import *` binds what re's __all__ names at run time: re is translated in its own
# unit, so the importer finds the names in its module dict.
from re import *

print(IGNORECASE, repr(M), findall(r"\d+", "a1b22"), fullmatch("a+", "aa"), escape("a.b"))
print(sub(r"x", "y", "axbx"), split(",", "a,b"), type(error).__name__)
try:
    purge_me()
except NameError as e:
    print(type(e).__name__, e)
