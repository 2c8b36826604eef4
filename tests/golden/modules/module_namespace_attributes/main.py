# The attributes importlib and runpy give a module, in CPython's order: the
# script's namespace (globals()), an imported module's and a package's, with
# __spec__, __loader__, __cached__ and __builtins__.
import builtins
import helper
import pkg
import plain


def tail(path):
    return None if path is None else path.rsplit("/", 2)[-2:]


print(list(globals()))
print(list(vars(helper)))
print(list(vars(pkg)))
print(__spec__, __package__, __cached__, __loader__.__class__.__name__, __builtins__ is builtins)
spec = helper.__spec__
print(spec.name, tail(spec.origin), spec.parent == "", spec.has_location, tail(spec.cached))
print(type(spec).__name__, type(spec).__module__, spec.loader is helper.__loader__, helper.__loader__.name)
print(pkg.__spec__.name, tail(pkg.__spec__.origin), len(pkg.__spec__.submodule_search_locations), tail(pkg.__cached__))
print(type(vars(helper)["__builtins__"]).__name__, vars(helper)["__builtins__"]["len"]("abc"))
print(builtins.len([1, 2]), builtins.max(3, 9), builtins.__name__)
helper.report()
print(list(vars(plain))[-4:], [k for k in dir(plain) if not k.startswith("__")])
