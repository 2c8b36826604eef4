# The errors of collections.deque, worded as CPython 3.11's _collections words them; the last
# one is left uncaught.
from _collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("pop", lambda: deque().pop())
attempt("popleft", lambda: deque().popleft())
attempt("getitem", lambda: deque([1])[5])
attempt("getitem str", lambda: deque([1])["a"])
attempt("getitem slice", lambda: deque([1])[0:1])
attempt("getitem big", lambda: deque([1])[2**70])
attempt("index", lambda: deque([1, 2]).index(3))
attempt("index range", lambda: deque([1, 2]).index(2, 0, 1))
attempt("index args", lambda: deque([1]).index())
attempt("remove", lambda: deque([1]).remove(3))
attempt("maxlen negative", lambda: deque([1], maxlen=-1))
attempt("maxlen str", lambda: deque([1], maxlen="a"))
attempt("maxlen float", lambda: deque([1], 1.5))
attempt("too many", lambda: deque([1], 2, 3))
attempt("keyword", lambda: deque(foo=1))
attempt("not iterable", lambda: deque(1))
attempt("concat", lambda: deque([1]) + [1])
attempt("repeat", lambda: deque([1]) * "a")
attempt("repeat huge", lambda: deque([1, 2], 3) * (2**62))
attempt("repeat bounded", lambda: deque([1, 2], 2**62) * 3)
attempt("repeat in place bounded", lambda: deque([1, 2, 3], 4).__imul__(2**40))
attempt("full insert", lambda: deque([1, 2], maxlen=2).insert(0, 3))
attempt("rotate str", lambda: deque([1, 2]).rotate("a"))
attempt("append arity", lambda: deque().append())
attempt("hash", lambda: hash(deque()))
attempt("order", lambda: deque([1]) < [1])
attempt("order items", lambda: deque([1, 2]) < deque([1, "a"]))
attempt("maxlen readonly", lambda: setattr(deque(), "maxlen", 3))
attempt("set attribute", lambda: setattr(deque(), "foo", 3))
attempt("get attribute", lambda: deque().foo)
attempt("setitem", lambda: deque([1]).__setitem__(3, 0))


def assign():
    d = deque([1])
    d[1] = 2


attempt("assign", assign)
del_target = deque()
del del_target[0]
