# A star import from a module that fills its globals at run time binds those names too, in the
# importer's functions and at its module level, as CPython's LOAD_GLOBAL finds them.
import user
from user import *

print(user.describe())
print(ANY, OPCODES)
try:
    print(NOT_BOUND)
except NameError as e:
    print("NameError:", e)
