# _io.BytesIO: read/read1/readinto/readline/readlines/write/writelines/seek/tell/truncate/
# getvalue, writing past the end, getbuffer()'s views locking the size, pickling state,
# subclasses, iteration, and CPython's errors.
from _io import BytesIO
def attempt(f, *args):
    try: print(f(*args))
    except Exception as e: print(type(e).__name__ + ":", e)
b = BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.readline(), b.read1(2), b.read(), b.read(), b.tell())
print(b.seek(0), b.write(b"J"), b.getvalue(), b.seek(0, 2), b.write(bytearray(b"more")), b.getvalue())
print(b.seek(20), b.write(memoryview(b"x")), b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.read(), b.seek(-2, 1), b.seek(-1, 2), b.seek(-9, 1))
buf = bytearray(4)
b = BytesIO(b"abcdef")
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(memoryview(buf)))
print(list(BytesIO(b"one\ntwo\n\nthree")), BytesIO(b"a\nb\nc").readlines(2), BytesIO(b"a\nb").readlines(None))
print(BytesIO(b"abc\ndef").readline(2), BytesIO(b"ab").read(None), BytesIO(None).getvalue(), BytesIO(bytearray(b"ba")).read())
b = BytesIO()
b.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b = BytesIO(b"abc")
v = b.getvalue()
m = b.getbuffer()
m[0] = 65
print(v, b.getvalue(), m.readonly, len(m), bytes(m))
attempt(b.write, b"x")
attempt(b.truncate, 0)
attempt(b.close)
attempt(b.__init__, b"q")
print(b.seek(1), b.read(), b.closed)
del m
print(b.write(b"y"), b.getvalue())
with b.getbuffer() as view:
    attempt(b.write, b"z")
b.write(b"z")
print(b.getvalue())
for args in [(-1,), (1, 3), ("a",), (1.0,)]:
    attempt(BytesIO(b"abc").seek, *args)
for arg in (-1, "a"):
    attempt(BytesIO(b"abc").truncate, arg)
for arg in ("x", 1.5):
    attempt(BytesIO(b"abc").readlines, arg)
attempt(BytesIO, "x")
attempt(lambda: BytesIO(initial=1))
attempt(BytesIO().write, "x")
attempt(BytesIO().readinto, b"")
attempt(BytesIO().read, "x")
state = BytesIO(b"state")
state.seek(2)
print(state.__getstate__())
state.tag = 1
print(state.__getstate__())
t = BytesIO()
t.__setstate__((b"new", 1, {"k": 2}))
print(t.getvalue(), t.tell(), t.k)
attempt(BytesIO().__setstate__, (1,))
attempt(BytesIO().__setstate__, [b"", 0, None])
attempt(BytesIO().__setstate__, (b"", "x", None))
attempt(BytesIO().__setstate__, ("", 1, None))
attempt(BytesIO().__setstate__, (b"", 1, 1))
attempt(BytesIO().__setstate__, (b"", -1, None))
c = BytesIO(b"x")
c.close()
c.close()
print(c.closed)
for name in ("read", "read1", "readline", "readlines", "getvalue", "getbuffer", "tell", "truncate",
             "readable", "writable", "seekable", "isatty", "flush", "__getstate__", "__next__", "__enter__"):
    attempt(getattr(c, name))
attempt(c.write, b"x")
attempt(c.write, 1)
attempt(c.seek, 0)
attempt(c.readinto, bytearray(1))
attempt(c.writelines, [])
attempt(c.writelines, [b"x"])
attempt(c.__setstate__, (b"", 1, None))
attempt(c.fileno)
attempt(c.detach)
class Lines(BytesIO):
    def readline(self, size=-1):
        return super().readline(size).upper()
print(list(Lines(b"ab\ncd")), Lines.__mro__)
class Text(BytesIO):
    def readline(self, size=-1): return "x"
attempt(lambda: list(Text(b"a")))
class Plain(BytesIO):
    def __init__(self): self.mine = 1
p = Plain()
print(p.write(b"ok"), p.getvalue(), p.mine)
class Noisy(BytesIO):
    def close(self):
        print("closing", self.getvalue(), sorted(vars(self)))
        super().close()
n = Noisy(b"data")
del n
print("after del")
with Noisy(b"ctx") as n:
    print(n.read())
print("after with", n.closed)
del n
print("end")
