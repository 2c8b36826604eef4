# The argument errors of TextIOWrapper, the buffered classes and open(): sizes that are not
# integers, truncate on a reader, keyword-only reconfigure, closefd with a name, bad openers.
import io
P = "/tmp/py2cpp_io_args.txt"
open(P, "w").write("abc\ndef\n")
f = open(P)
for call in (lambda: f.readline(None), lambda: f.readline("x"), lambda: f.read("x"), lambda: f.read(None),
             lambda: f.seek("x"), lambda: f.seek(0, "x"), lambda: f.readlines("x"), lambda: f.write(1),
             lambda: f.truncate(), lambda: io.TextIOWrapper(), lambda: io.TextIOWrapper(io.BytesIO(), bogus=1),
             lambda: f.reconfigure(1), lambda: f.reconfigure(newline="x")):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
b = open(P, "rb")
for call in (lambda: b.read("x"), lambda: b.readline(None), lambda: b.peek("x"), lambda: b.seek("x"), lambda: b.seek(1.5),
             lambda: b.read1(None), lambda: b.readinto(b"xx"), lambda: b.truncate(), lambda: io.BufferedReader(),
             lambda: io.BufferedReader(io.BytesIO(), buffer_size="x"), lambda: b.write(b"x")):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
for kw in ({"closefd": False}, {"buffering": -5}, {"buffering": "x"}, {"opener": lambda p, fl: 99999}):
    try:
        open(P, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(open(b"/tmp/py2cpp_io_args.txt").name, open(P, "rb", buffering=0).mode)

