# _functools, the C part of functools: partial (flattening, subclasses, __dict__, reduce), reduce,
# cmp_to_key's KeyWrapper, and the C cache behind lru_cache (bounded, unbounded, uncached, typed,
# recursion, method binding), with CPython's errors.
import _functools
from functools import partial, reduce
p = partial(print, 1, sep='-')
print(repr(p), type(p).__module__, type(p).__qualname__)
class P(partial): pass
q = P(p, 2, end='!\n')
print(repr(q), q.args, q.keywords, q.func)
q()
p2 = partial(p, 3)
print(repr(p2))
p.x = 1
p3 = partial(p, 4)
print(repr(p3), p3.func is p)
print(p.__reduce__())
print(p.__dict__)
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
try: p.func = 1
except AttributeError as e: print(e)
K = _functools.cmp_to_key(lambda a, b: a - b)
print(type(K), type(K(1)), K(1) < K(2), K(1).obj)
print(sorted([3, 1, 2], key=_functools.cmp_to_key(lambda a, b: b - a)))
try: K(1) < 1
except TypeError as e: print(e)
try: hash(K(1))
except TypeError as e: print(e)
try: reduce(lambda a,b:a, 1)
except TypeError as e: print(e)
try: reduce(lambda a,b:a, [])
except TypeError as e: print(e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
class CI(tuple):
    def __new__(cls, *a): return tuple.__new__(cls, a)
w = _functools._lru_cache_wrapper(lambda x: print("call", x) or x * 2, 2, False, CI)
for x in (1, 2, 1, 3, 2, 1.0, "a", "a"):
    print(w(x))
print(w.cache_info())
w.cache_clear()
print(w.cache_info())
t = _functools._lru_cache_wrapper(lambda x, y=0: (x, y), None, True, CI)
print(t(1), t(1.0), t(1, y=2), t(1, y=2), t.cache_info())
u = _functools._lru_cache_wrapper(lambda: 5, 0, False, CI)
print(u(), u(), u.cache_info())
try: _functools._lru_cache_wrapper(len, 'x', False, None)
except TypeError as e: print(e)
try: _functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e: print(e)
try: _functools._lru_cache_wrapper(len)
except TypeError as e: print(e)
class A:
    m = _functools._lru_cache_wrapper(lambda self, x: (type(self).__name__, x), 10, False, CI)
print(A().m(3), type(A.m).__name__)
print(repr(partial(partial)), repr(partial(len, **{'a b': 1})))
w.__name__ = "named"
print(w.__name__, w.__dict__)
def fib(n):
    return n if n < 2 else cached(n - 1) + cached(n - 2)
cached = _functools._lru_cache_wrapper(fib, 128, False, CI)
print(cached(60), cached.cache_info())
