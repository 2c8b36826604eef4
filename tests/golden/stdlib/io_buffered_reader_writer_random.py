# _io's buffered classes over FileIO and BytesIO: reading ahead, peek/read1/readinto, lines,
# writes held until flush, seek/tell across the buffer, BufferedRandom's mixed use,
# BufferedRWPair, detach, repr, and the errors of closed and detached streams.
import _io

PATH = "/tmp/py2cpp_io_buffered_1.bin"
with _io.FileIO(PATH, "w") as raw:
    raw.write(b"first line\nsecond line\nthird\n" + bytes(range(10)))

r = _io.BufferedReader(_io.FileIO(PATH), 16)
print(r, r.name, r.mode, r.raw, r.closed, r.readable(), r.writable(), r.seekable())
print(r.read(5), r.tell(), r.peek()[:6], r.tell(), r.read1(3), r.read1(), r.tell())
print(r.readline(), r.readline(4), r.readline(), r.tell())
buf = bytearray(6)
print(r.readinto(buf), buf, r.readinto1(memoryview(buf)), buf)
print(r.seek(0), r.read(3), r.seek(3, 1), r.read(4), r.seek(-4, 2), r.read(), r.read(), r.read(2))
r.seek(0)
print(list(r)[:2], r.tell())
r.seek(11)
print(r.readlines())
r.seek(0)
print(r.read(-1)[-4:], r.fileno() >= 0, r.isatty())
for bad in (-2, "x"):
    try:
        r.read(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.write(b"x")
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    r.seek(0, 5)
except ValueError as e:
    print(type(e).__name__, e)
r.close()
r.close()
print(r.closed, r)
for name, args in (("read", ()), ("peek", ()), ("readline", ()), ("seek", (0,)), ("flush", ()), ("tell", ())):
    try:
        getattr(r, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    iter(r)
except ValueError as e:
    print(type(e).__name__, e)

w = _io.BufferedWriter(_io.FileIO(PATH, "w"), 8)
print(w, w.mode, w.write(b"abc"), w.tell(), w.raw.tell())
print(w.write(bytearray(b"defghij")), w.tell(), w.raw.tell())
w.flush()
print(w.raw.tell(), w.seek(1), w.write(b"Z"), w.tell())
try:
    w.read()
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    w.write("text")
except TypeError as e:
    print(type(e).__name__, e)
print(w.truncate(), w.tell())
w.close()
try:
    w.write(b"x")
except ValueError as e:
    print(type(e).__name__, e)
with open(PATH, "rb") as check:
    print(check.read())

rw = _io.BufferedRandom(_io.FileIO(PATH, "r+"), 4)
print(rw, rw.mode, rw.read(2), rw.tell(), rw.write(b"XY"), rw.tell(), rw.read(1))
rw.seek(0)
print(rw.read(), rw.tell(), rw.seek(0, 2), rw.write(b"!"), rw.tell())
rw.seek(0)
print(rw.readline(), rw.peek(2)[:2])
rw.close()
with open(PATH, "rb") as check:
    print(check.read())

b = _io.BufferedReader(_io.BytesIO(b"one\ntwo\n"))
print(b, b.read(2), b.readlines())
raw = b.detach()
print(type(raw).__name__, raw.tell(), b)
for name in ("read", "tell", "flush", "close"):
    try:
        getattr(b, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    b.name
except ValueError as e:
    print(type(e).__name__, e)

pair = _io.BufferedRWPair(_io.BytesIO(b"in data"), _io.BytesIO())
print(pair.read(2), pair.peek(1)[:1], pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
pair.flush()
pair.close()
print(pair.closed)
for cls in (_io.BufferedReader, _io.BufferedWriter):
    try:
        cls(_io.BytesIO(), 0)
    except ValueError as e:
        print(cls.__name__, type(e).__name__, e)
try:
    _io.BufferedWriter(_io.FileIO(PATH, "r"))
except _io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(issubclass(_io.BufferedReader, _io._BufferedIOBase), _io.BufferedRandom.__mro__)
