# _io's abstract bases: _IOBase's defaults (closed, close through flush, context manager,
# iteration by readline, readline through read and peek, readlines, writelines, the methods
# raising io.UnsupportedOperation), _RawIOBase's read through readinto, _BufferedIOBase's
# readinto through read, _TextIOBase's defaults, with CPython's errors.
import _io
print(_io.DEFAULT_BUFFER_SIZE, _io._IOBase, _io._TextIOBase.__mro__)
print(_io.UnsupportedOperation.__mro__, _io.UnsupportedOperation.__module__)
b = _io._IOBase()
for name in ("seek", "truncate", "fileno", "tell"):
    try: getattr(b, name)()
    except _io.UnsupportedOperation as e: print(name, type(e).__name__, e.args, isinstance(e, OSError), isinstance(e, ValueError))
print(b.seekable(), b.readable(), b.writable(), b.isatty(), b.closed)
for name in ("_checkSeekable", "_checkReadable", "_checkWritable"):
    try: getattr(b, name)()
    except OSError as e: print(name, e)
b.close()
b.close()
print(b.closed, vars(b))
for name in ("flush", "isatty", "__enter__", "__iter__", "_checkClosed"):
    try: getattr(b, name)()
    except ValueError as e: print(name, e)
try: b.writelines([])
except ValueError as e: print("writelines", e)

class Lines(_io._IOBase):
    def __init__(self, data):
        self.data = data
        self.log = []
    def read(self, n):
        self.log.append(n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
    def flush(self):
        print("flush", self.closed)
        super().flush()

r = Lines(b"ab\ncd\n\nlast")
print(r.readline(), r.log)
print(list(r))
r = Lines(b"one\ntwo\nthree\n")
print(r.readline(2), r.readline(None), r.readlines())
r = Lines(b"one\ntwo\nthree\n")
print(r.readlines(4))
with Lines(b"x") as w:
    print("inside", w.closed)
print("after", w.closed)
try: w.readline()
except ValueError as e: print(e)

class Peeking(Lines):
    def peek(self, n):
        return self.data
r = Peeking(b"hello\nworld")
print(r.readline(), r.log, r.readline(3), r.log)

class Bad(_io._IOBase):
    def read(self, n): return "text"
try: Bad().readline()
except OSError as e: print(type(e).__name__, e)
try: Bad().readline("x")
except TypeError as e: print(e)
try: Bad().readlines(1.5)
except TypeError as e: print(e)

class Sink(_io._IOBase):
    def write(self, data): print("write", data)
Sink().writelines(["a", "b"])

class Raw(_io._RawIOBase):
    def __init__(self, data): self.data = data
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def read(self, n=-1):
        return super().read(n)
r = Raw(b"0123456789")
print(r.read(3), r.readall(), r.read(2))
raw = _io._RawIOBase()
for name in ("read", "readall", "readinto", "write"):
    try: getattr(raw, name)(*([bytearray(1)] if name in ("readinto", "write") else []))
    except NotImplementedError as e: print(name, "NotImplementedError", e.args)

class Buf(_io._BufferedIOBase):
    def read(self, n): return b"xyz"[:n]
buf = bytearray(5)
print(Buf().readinto(buf), buf)
buf = bytearray(2)
print(Buf().readinto(memoryview(buf)), buf)
class TooMuch(_io._BufferedIOBase):
    def read(self, n): return b"xyz"
try: TooMuch().readinto(bytearray(2))
except ValueError as e: print(e)
for arg in (b"", 3):
    try: Buf().readinto(arg)
    except TypeError as e: print(e)
bb = _io._BufferedIOBase()
for name in ("read", "read1", "write", "detach", "readinto1"):
    try: getattr(bb, name)(*([bytearray(1)] if name in ("readinto1", "write") else []))
    except _io.UnsupportedOperation as e: print(name, e)
t = _io._TextIOBase()
print(t.encoding, t.newlines, t.errors)
for name in ("read", "readline", "write", "detach"):
    try: getattr(t, name)(*(["x"] if name == "write" else []))
    except _io.UnsupportedOperation as e: print(name, e)
print(issubclass(_io.UnsupportedOperation, OSError), _io._RawIOBase.__name__, _io._RawIOBase.__module__)
