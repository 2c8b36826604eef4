# types, translated from CPython's Lib: SimpleNamespace, read-only mappings, the types of
# functions, generators, coroutines and methods, new_class, MethodType and ModuleType.
import sys
import types


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 2


async def agen():
    yield 3


config = types.SimpleNamespace(host="localhost", port=8080)
config.debug = True
print(config, config.port, config == types.SimpleNamespace(host="localhost", port=8080, debug=True))
print(vars(config), sorted(config.__dict__))
config.self = config
print(config)


class Point(types.SimpleNamespace):
    pass


print(Point(x=1, y=2), isinstance(Point(), types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError", e)
print(sys.implementation.name, sys.implementation.cache_tag, type(sys.implementation) is types.SimpleNamespace)

settings = {"mode": "fast"}
view = types.MappingProxyType(settings)
settings["level"] = 3
print(view, view["mode"], len(view), list(view.items()))
try:
    view["mode"] = "slow"
except TypeError as e:
    print("TypeError", e)

g, c, ag = gen(), coro(), agen()
print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(g, types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(ag, types.AsyncGeneratorType))
c.close()
print(types.FunctionType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.MethodType)
print(types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.BuiltinMethodType, types.MethodDescriptorType, types.ClassMethodDescriptorType, types.CellType)
print(types.GetSetDescriptorType, types.MemberDescriptorType)


class Greeter:
    def __init__(self, name):
        self.name = name


def hello(self, punct="!"):
    return "hello " + self.name + punct


greeter = Greeter("ann")
greeter.hello = types.MethodType(hello, greeter)
print(greeter.hello(), greeter.hello("?"), greeter.hello.__self__ is greeter, greeter.hello.__func__ is hello)
for args in [(hello,), (1, greeter), (hello, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)

Animal = types.new_class("Animal", (), {}, lambda ns: ns.update({"sound": "...", "speak": lambda self: self.sound}))
Dog = types.new_class("Dog", (Animal,), exec_body=lambda ns: ns.update(sound="woof"))
print(Animal.__name__, [c.__name__ for c in Dog.__mro__], Dog().speak())
print(types.resolve_bases((int, str)), types.prepare_class("X", (dict,))[0])

mod = types.ModuleType("plugins", "Loaded plugins.")
mod.count = 2
print(mod, mod.__name__, mod.__doc__, mod.count)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int), int | str)
types.SimpleNamespace().missing
