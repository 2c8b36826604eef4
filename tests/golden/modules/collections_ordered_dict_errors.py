# OrderedDict's errors and its iteration checks as CPython 3.11 reports them; the last
# RuntimeError is left uncaught.
from _collections import OrderedDict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem empty first", lambda: OrderedDict().popitem(last=False))
attempt("move missing", lambda: OrderedDict(a=1).move_to_end("b"))
attempt("move no key", lambda: OrderedDict(a=1).move_to_end())
attempt("popitem args", lambda: OrderedDict().popitem(1, 2))
attempt("pop missing", lambda: OrderedDict().pop(1))
attempt("too many", lambda: OrderedDict(1, 2))
attempt("getitem", lambda: OrderedDict(a=1)["b"])
attempt("unhashable", lambda: OrderedDict()[[1]])
attempt("pair not iterable", lambda: OrderedDict([1]))
attempt("pair too long", lambda: OrderedDict([(1, 2, 3)]))
attempt("pair too short", lambda: OrderedDict([(1,)]))
attempt("pair empty", lambda: OrderedDict([()]))
attempt("update args", lambda: OrderedDict().update(1, 2))
attempt("no attribute", lambda: OrderedDict().missing)


def walk(change):
    od = OrderedDict(a=1, b=2, c=3)
    seen = []
    try:
        for k in od:
            seen.append(k)
            change(od, k)
    except RuntimeError as e:
        print("RuntimeError:", e, seen)
        return
    print("finished", seen, od)


walk(lambda od, k: od.__setitem__(k, 0))
walk(lambda od, k: od.__setitem__("new", 0))
walk(lambda od, k: od.__delitem__(k))
walk(lambda od, k: od.move_to_end("a"))
od = OrderedDict(a=1, b=2)
for v in od.values():
    od.popitem()
