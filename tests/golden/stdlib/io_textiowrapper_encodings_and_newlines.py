# TextIOWrapper through open(): utf-8, utf-8-sig, ascii and latin-1 with the errors= handlers
# and CPython's UnicodeDecodeError/UnicodeEncodeError texts, newline modes on read and write,
# tell/seek cookies that round-trip, reconfigure, detach and TextIOWrapper over BytesIO.
import _io

PATH = "/tmp/py2cpp_io_text_1.txt"

def raw_bytes():
    with open(PATH, "rb") as f:
        return f.read()

def write_bytes(data):
    with open(PATH, "wb") as f:
        f.write(data)

with open(PATH, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9llo \u20ac \U0001f600\n"), f.encoding)
print(raw_bytes())
with open(PATH, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell())

with open(PATH, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
print(raw_bytes())
with open(PATH, encoding="latin1") as f:
    print(f.encoding, repr(f.read()))
with open(PATH, encoding="utf-8", errors="replace") as f:
    print(f.errors, repr(f.read()))
with open(PATH, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
    print(repr(s))
with open(PATH, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(s)
print(raw_bytes())
for errors in ("strict", "ignore", "backslashreplace"):
    with open(PATH, encoding="utf-8", errors=errors) as f:
        try:
            print(errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e)
with open(PATH, encoding="ascii") as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
for errors in ("strict", "replace", "ignore", "backslashreplace"):
    with open(PATH, "w", encoding="ascii", errors=errors) as f:
        try:
            print(errors, f.write("na\u00efve \u2603"))
        except UnicodeEncodeError as e:
            print(errors, type(e).__name__, e)
    print(raw_bytes())
write_bytes(b"ok\xe2\x82")
with open(PATH, encoding="utf-8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

with open(PATH, "w", encoding="utf-8-sig") as f:
    f.write("bom\n")
    f.write("more\n")
print(raw_bytes())
with open(PATH, encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell(), repr(f.read()), f.seek(0), repr(f.read(3)))
with open(PATH, encoding="utf-8") as f:
    print(repr(f.read(2)))
for enc in ("utf-99", "cp1252x"):
    try:
        open(PATH, encoding=enc)
    except LookupError as e:
        print(type(e).__name__, e)

write_bytes(b"a\nb\r\nc\rd\n\re")
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(PATH, newline=newline) as f:
        lines = list(f)
        print(repr(newline), lines, f.newlines)
    with open(PATH, newline=newline) as f:
        print(repr(newline), repr(f.read()))
for newline in (None, "", "\n", "\r", "\r\n"):
    with open(PATH, "w", newline=newline) as f:
        f.write("1\n2\r3\r\n")
    print(repr(newline), raw_bytes())

write_bytes("line one\nl\u00efne two\r\nthree\n".encode())
with open(PATH, newline="") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks)
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, f.readline() == line)
with open(PATH) as f:
    f.read(5)
    cookie = f.tell()
    tail = f.read()
    f.seek(cookie)
    print(cookie, f.read() == tail)
    f.seek(0)
    try:
        for line in f:
            f.tell()
    except OSError as e:
        print(type(e).__name__, e)

with open(PATH, "w") as f:
    f.write("x")
    f.reconfigure(encoding="latin-1", newline="\r\n", line_buffering=True)
    print(f.encoding, f.line_buffering, f.errors)
    f.write("\u00ff\n")
    print(raw_bytes())
print(raw_bytes())
with open(PATH, encoding="latin-1") as f:
    f.readline()
    try:
        f.reconfigure(encoding="ascii")
    except _io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    f.reconfigure(line_buffering=False)
    print(f.line_buffering)

b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(t.write("one\ntwo\n"), t.encoding, t.newlines, t.seekable())
t.flush()
print(b.getvalue())
t.seek(0)
print(repr(t.read()))
print(repr(t.detach()) == repr(b), t)
for name in ("read", "write", "tell", "flush"):
    try:
        getattr(t, name)("x") if name == "write" else getattr(t, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
t = _io.TextIOWrapper(_io.BytesIO("\u00e9t\u00e9\nhiver\n".encode("latin-1")), encoding="latin-1")
print(t, t.readlines(), t.buffer.tell(), t.name if hasattr(t, "name") else None)
for kwargs in ({"newline": "x"}, {"errors": 3}, {"encoding": 3}, {"newline": 4}):
    try:
        _io.TextIOWrapper(_io.BytesIO(), **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
