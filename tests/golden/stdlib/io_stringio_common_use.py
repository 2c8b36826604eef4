# _io.StringIO as programs use it: initial value, write/read/readline/seek/tell/truncate/
# getvalue, iteration by line, writing past the end, the newline argument's translations on
# write and read, newlines, line_buffering, closing and the context manager.
from _io import StringIO
s = StringIO("hello\nworld\n")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()), s.tell())
print(s.seek(0), s.write("J"), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.write("more"), repr(s.getvalue()))
print(s.seek(20), s.write("x"), repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell(), s.truncate(), repr(s.read()))
s = StringIO()
print(s.write("a\nb\r\nc\rd"), repr(s.getvalue()), list(StringIO("one\ntwo\n\nthree")))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed, s.encoding, s.errors)
for newline in (None, "", "\n", "\r", "\r\n"):
    s = StringIO("a\nb\r\nc\rd\n", newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s.write("x\ny\r")
    print(repr(s.getvalue()), s.__getstate__())
s = StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
s = StringIO(newline="")
s.write("a\r")
s.write("\nb\n")
print(s.newlines, StringIO("abc\ndef").readline(2), repr(StringIO("ab\n").readline(None)))
s = StringIO("ünïcode ✓\nline")
print(s.read(4), s.tell(), s.readline(), s.seek(0, 1), s.read())
with StringIO("ctx") as s:
    print(s.read(), s.closed)
print(s.closed)
s = StringIO(None)
print(repr(s.getvalue()), s.read(-5), StringIO("abc").read(None))
r = StringIO("x\ny")
for line in r:
    print(repr(line))
print(r.__getstate__(), r.__dict__)
r.attr = 5
print(r.__getstate__())
t = StringIO()
t.__setstate__(("a\r\nb", None, 1, {"k": 2}))
print(repr(t.getvalue()), t.tell(), t.k, t.newlines)
t.__setstate__(("xyz", "\n", 2, None, "extra"))
print(t.read(), t.k)
