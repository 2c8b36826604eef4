# The newlines attribute when "\r\n" is read without translation (newline=''): only "\r\n"
# is seen, not also "\n", for StringIO, IncrementalNewlineDecoder and TextIOWrapper.
import io

s = io.StringIO("a\r\nb\r\n", newline="")
print(repr(s.read()), repr(s.newlines))
s = io.StringIO("a\r\nb\nc\r", newline="")
print(repr(s.read()), repr(s.newlines))
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode("x\r\ny\r")), repr(d.newlines), repr(d.decode("\nz", True)), repr(d.newlines))
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\r\n"), encoding="ascii", newline="")
print(t.readlines(), repr(t.newlines))
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\r\n"), encoding="ascii")
print(t.readlines(), repr(t.newlines))
