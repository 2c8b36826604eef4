# _warnings, the C half of warnings: warn's stack levels and registries, the default filters,
# the actions (always, error, once and module per module registry, an unknown one), warn_explicit,
# and CPython's errors; what it shows goes to stderr, whose last line the case compares.
import _warnings, sys

def f():
    _warnings.warn("careful", stacklevel=2)

f()
f()
_warnings.warn("again")
_warnings.warn(DeprecationWarning("dep"))
_warnings.warn("quiet", DeprecationWarning)
_warnings.warn("pending", PendingDeprecationWarning)
print(_warnings.filters)
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
for args in [("x", int), ("x", 1), ("x", None, "a")]:
    try:
        _warnings.warn(*args)
    except Exception as e:
        print(type(e).__name__, e)
_warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
_warnings._filters_mutated()
f()
_warnings.warn("deep", stacklevel=100)
_warnings.warn_explicit("explicit", UserWarning, "nofile.py", 3)
_warnings.warn_explicit("explicit", RuntimeWarning, "absent_file.py", 1, module="mod")
_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
try:
    _warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
_warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    _warnings.warn("b")
except Exception as e:
    print(type(e).__name__, e)
del _warnings.filters[0]
_warnings.filters.insert(0, ("once", None, Warning, None, 0))
for i in range(3):
    _warnings.warn("once only")
_warnings.filters.insert(0, ("module", None, Warning, None, 0))
for i in range(3):
    _warnings.warn("per module" + str(i % 1))
print(_warnings._defaultaction, _warnings._onceregistry)
