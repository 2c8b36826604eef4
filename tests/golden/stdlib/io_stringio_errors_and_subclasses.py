# _io.StringIO's errors (arguments, seeks, closed and uninitialized objects, __setstate__) and
# subclasses: their own readline drives iteration, __init__ without super() leaves the object
# uninitialized, and a subclass's close() runs when the object goes away.
from _io import StringIO
def attempt(f, *args):
    try: print(f(*args))
    except Exception as e: print(type(e).__name__ + ":", e)
s = StringIO("abc")
attempt(s.seek, -1)
attempt(s.seek, 1, 1)
attempt(s.seek, 1, 2)
attempt(s.seek, 0, 3)
attempt(s.seek, "a")
attempt(s.seek, 1.0)
attempt(s.truncate, -1)
attempt(s.truncate, "a")
attempt(s.read, "a")
attempt(s.readline, 1.5)
attempt(s.write, 1)
attempt(s.write, b"x")
attempt(StringIO, 1)
attempt(StringIO, None, 1)
attempt(StringIO, "", "x")
attempt(StringIO, "", "\n\n")
attempt(lambda: repr(StringIO(newline="\r", initial_value="a\nb").getvalue()))
attempt(lambda: StringIO(value="x"))
attempt(StringIO().__setstate__, (1,))
attempt(StringIO().__setstate__, [1, 2, 3, 4])
attempt(StringIO().__setstate__, ("a", None, "x", None))
attempt(StringIO().__setstate__, ("a", None, -1, None))
attempt(StringIO().__setstate__, ("a", None, 1, 1))
attempt(StringIO().__setstate__, (1, None, 0, None))
s.close()
s.close()
print(s.closed)
for name in ("read", "readline", "getvalue", "tell", "truncate", "readable", "writable", "seekable",
             "__getstate__", "__next__", "isatty", "__enter__", "flush"):
    attempt(getattr(s, name))
attempt(s.write, "x")
attempt(s.write, 1)
attempt(s.seek, 0)
attempt(lambda: s.newlines)
attempt(lambda: s.line_buffering)
attempt(s.__setstate__, ("a", None, 0, None))
attempt(s.fileno)
attempt(s.detach)

class Upper(StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()
print(list(Upper("ab\ncd")), isinstance(Upper(), StringIO), type(Upper()).__mro__)
class Bytes(StringIO):
    def readline(self, size=-1): return b"x"
attempt(lambda: list(Bytes("a")))
class Bare(StringIO):
    def __init__(self): self.mine = 1
b = Bare()
attempt(b.write, "x")
attempt(lambda: b.closed)
attempt(b.read)
attempt(b.close)
print(b.mine)
class Noisy(StringIO):
    def close(self):
        print("closing", self.getvalue(), vars(self))
        super().close()
n = Noisy("data")
n.tag = "t"
del n
print("after del")
with Noisy("ctx") as n:
    pass
print("after with", n.closed)
del n
print("end")
