# The io module (translated from CPython's io.py over _io): its re-exports, the ABCs that
# register the _io classes, SEEK_*, io.open being builtins.open, and io.StringIO/BytesIO.
import io
import _io

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open, io.open is _io.open, io.StringIO is _io.StringIO, io.TextIOWrapper is _io.TextIOWrapper)
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__)
print(io.BlockingIOError is BlockingIOError, io.text_encoding(None), io.text_encoding("latin-1"))
print(io.IOBase, io.RawIOBase.__mro__, io.TextIOBase.__bases__)

s = io.StringIO("one\ntwo\n")
print(isinstance(s, io.IOBase), isinstance(s, io.TextIOBase), isinstance(s, io.BufferedIOBase), s.readlines())
b = io.BytesIO(b"xyz")
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.RawIOBase), isinstance(b, io.IOBase), b.read())

PATH = "/tmp/py2cpp_io_module_1.txt"
with io.open(PATH, "w") as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase))
    print(isinstance(f.buffer.raw, io.RawIOBase), isinstance(f, io.RawIOBase))
    print("via print", file=f)
with open(PATH, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), issubclass(io.BufferedReader, io.BufferedIOBase), f.read())
with open(PATH, "rb", buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.FileIO), f.readall())
with io.open_code(PATH) as f:
    print(type(f).__name__, f.read())
print(issubclass(io.BufferedRWPair, io.BufferedIOBase), issubclass(io.StringIO, io.BufferedIOBase))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("hello", "world", file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase))

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

r = io.BufferedReader(Source(b"alpha\nbeta\ngamma"), 4)
print(r.readline(), r.read(3), list(r))
t = io.TextIOWrapper(io.BufferedReader(Source("dé\nfin".encode())), encoding="utf-8")
print(t.readlines(), t.readable(), t.seekable())
try:
    t.tell()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    io.IOBase().read
except AttributeError as e:
    print(type(e).__name__, e)
try:
    io.OpenWrapper2
except AttributeError as e:
    print(type(e).__name__, e)
print(io.open.__module__, io.open_code.__module__, io.text_encoding.__module__, io.StringIO.__module__, open)
