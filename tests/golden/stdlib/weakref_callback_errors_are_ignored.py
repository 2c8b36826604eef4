# An exception in a weak reference's callback is printed as "Exception ignored in" and
# swallowed; the other callbacks still run, and the program goes on.
import weakref


class Thing:
    pass


def bad(ref):
    print("bad callback runs")
    raise ValueError("callback failed")


def good(ref):
    print("good callback runs")


t = Thing()
r1 = weakref.ref(t, good)
r2 = weakref.ref(t, bad)
del t
print("still running", r1() is None, r2() is None)
