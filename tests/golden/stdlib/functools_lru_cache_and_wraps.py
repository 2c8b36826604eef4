# functools.lru_cache and cache (hits, misses, maxsize eviction, typed, cache_info,
# cache_clear, cache_parameters, __wrapped__, the metadata update_wrapper copies), wraps and
# update_wrapper, and lru_cache's TypeError for a bad first argument.
import functools


calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    """Squares x."""
    calls.append(x)
    return x * x


print(square(2), square(3), square(2), square(4), square(3), calls)
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__doc__, square.__wrapped__(5), square.__qualname__, square.__module__)
square.cache_clear()
print(square.cache_info(), type(square.cache_info()).__name__, square.cache_info().maxsize)


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.cache_parameters())


@functools.cache
def ident(x):
    return x


print(ident(1), ident(1), ident.cache_info(), ident.cache_parameters())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info(), kind.cache_parameters())


@functools.lru_cache(-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info())
for bad in ["big", 1.5]:
    try:
        functools.lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ("logged", f(*args, **kwargs))
    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Adds."""
    return a + b


add.extra = 1
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__, add.__wrapped__(3, 4))


def target():
    pass


target.marker = "m"


def other():
    """other doc"""


functools.update_wrapper(other, target)
print(other.__name__, other.__doc__, other.marker, other.__wrapped__ is target)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class Tool:
    @functools.lru_cache(maxsize=4)
    def double(self, x):
        return 2 * x


t = Tool()
print(t.double(3), t.double(3), Tool.double.cache_info())
