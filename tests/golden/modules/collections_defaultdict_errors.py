# defaultdict's errors as CPython 3.11 words them; the last KeyError is left uncaught.
from _collections import defaultdict


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("not callable", lambda: defaultdict(1))
attempt("not callable str", lambda: defaultdict("list"))
attempt("bad update", lambda: defaultdict(list, 5))
attempt("or int", lambda: defaultdict(list) | 1)
attempt("missing without factory", lambda: defaultdict()[1])
attempt("missing direct", lambda: defaultdict.__missing__(defaultdict(), "k"))
attempt("factory raises", lambda: defaultdict(lambda: 1 / 0)["x"])
attempt("unhashable", lambda: defaultdict(list)[[1]])
d = defaultdict(None)
print(d["absent"])
