# Keyword arguments of a class statement reach __init_subclass__, after the bases and before the
# body; `metaclass=type` is the default; object's __init_subclass__ takes none.
def trace(label, value):
    print("evaluating", label)
    return value


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **options):
        print("init_subclass", cls.__name__, name, options)
        super().__init_subclass__()
        Plugin.registry[name or cls.__name__] = cls


class Csv(trace("base", Plugin), name=trace("keyword", "csv"), delimiter=","):
    print("body runs")


class Json(Plugin, metaclass=type):
    pass


class Deeper(Csv, name="deeper"):
    pass


print(sorted(Plugin.registry))
try:
    class Bad(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class AlsoBad(Plugin, name="x", unexpected=1):
        def __init_subclass__(cls):
            pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)


class Model(Plugin, name="model"):
    id = Field()
    title = Field()
