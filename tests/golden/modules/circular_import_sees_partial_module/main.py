# A circular import: first sees the partly initialised `second`, as CPython's does; `from`
# an initialising module fails with CPython's words; the module object is the same however
# it is reached.
import first
import second
import sys

print("main sees", first.done, second.done)
print(first.second_module is second, sys.modules["first"] is first)
print(first.seen_early)
print(second.error_text)
