# Another module's globals seen from outside: reads, stores and deletes through the module
# object reach the module's own code (a rebound function is what its callers call), names set
# from outside become attributes, and a module-level __getattr__ (PEP 562) answers the rest.
import config
import config as same
from config import limit

print(config.limit, limit, config.describe())
config.limit = 99
print(config.describe(), limit, same.limit)
config.compute = lambda: "patched"
print(config.run())
name = "computed_" + "name"
setattr(config, name, "set by setattr")
print(config.computed_name, getattr(config, name))
config.added_later = [1, 2]
print(config.added_later, hasattr(config, "added_later"))
del config.added_later
print(hasattr(config, "added_later"))
del config.limit
try:
    config.describe()
except NameError as e:
    print("NameError:", e)
try:
    del config.limit
except AttributeError as e:
    print("AttributeError:", e)
print(config.dynamic_thing, config.other)
print(type(config).__name__, repr(config).startswith("<module 'config' from "))
