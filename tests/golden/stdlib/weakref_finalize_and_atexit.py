# weakref.finalize runs its function once, when the object dies or when called; alive and
# detach report its state; a finalizer still pending at exit runs then, through atexit.
import atexit
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def release(name):
    print("release", name)
    return name.upper()


r = Resource("r1")
f = weakref.finalize(r, release, "r1")
print(f.alive)
del r
print(f.alive, f())

r2 = Resource("r2")
f2 = weakref.finalize(r2, release, "r2")
print(f2(), f2.alive, f2())

r3 = Resource("r3")
f3 = weakref.finalize(r3, release, "r3")
print(f3.detach()[2:], f3.alive)
del r3

keep = Resource("kept")
weakref.finalize(keep, release, "kept until exit")
atexit.register(print, "atexit", "callback", sep="-")
print("end of main")
