# Files through io and open(): a Python subclass of TextIOWrapper and of BufferedReader, a file
# dropped without close() (flushed when freed), an exception inside with, text and bytes
# written through one file, r+/w+ text with seek and tell, attributes and every mode.
import io
P = "/tmp/py2cpp_io_misc.txt"

class MyText(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.replace("a", "A"))

class MyReader(io.BufferedReader):
    def readline(self, size=-1):
        line = super().readline(size)
        return b"<" + line if line else line

f = MyText(io.BufferedWriter(io.FileIO(P, "w")), encoding="ascii")
print(type(f).__name__, f.write("banana\n"), f.encoding)
print(repr(f).startswith("<"), f.name)
f.close()
r = MyReader(io.FileIO(P))
print(list(r), r.raw.closed)
r.close()

def scoped():
    g = open(P, "w")
    g.write("dropped without close\n")
scoped()
with open(P) as h:
    print(repr(h.read()))

try:
    with open(P, "w") as f:
        f.write("partial")
        raise KeyError("boom")
except KeyError as e:
    print(repr(e), f.closed)
with open(P) as h:
    print(h.read())

with open(P, "w") as f:
    f.write("text ")
    f.flush()
    f.buffer.write(b"bytes ")
    f.write("more")
with open(P, "rb") as f:
    print(f.read())

with open(P, "w+", encoding="utf-8") as f:
    f.write("h\u00e9llo\nworld\n")
    f.seek(0)
    print(f.readline(), f.tell(), f.read(2), f.tell())
    f.seek(0, 1)
    f.write("!")
    f.seek(0)
    print(repr(f.read()))
f = open(P)
print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2, f.newlines, f.line_buffering, f.write_through)
f.readlines()
print(f.newlines)
f.close()
print(f.closed, f.name, f.mode, f.encoding)
try:
    f.fileno()
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.buffer.read()
except ValueError as e:
    print(type(e).__name__, e)
print(open(P, "rb").read(3))
for m in ("r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "w+b", "a+", "x"):
    try:
        g = open(P, m)
        print(m, type(g).__name__, g.mode, getattr(g, "buffer", g).mode if hasattr(g, "buffer") else g.raw.mode)
        g.close()
    except Exception as e:
        print(m, type(e).__name__, e)
open(P, "w").write("a\nb\n")
print(open(P).read().splitlines())
print(len(open(P).readlines(1)), open(P).readline(None) if False else "")
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), newline=None)
print(t.read(1), t.tell(), next(t), list(t))
u = io.TextIOWrapper(io.BytesIO(), write_through=True)
u.write("wt")
print(u.buffer.getvalue(), u.write_through)
