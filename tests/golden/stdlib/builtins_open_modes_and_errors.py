# builtins.open: text and binary modes r/w/a/x/r+/w+/rb/wb/ab on fixed files under /tmp, the
# classes it returns, with-blocks, lines, seek/tell, print(file=), and the errors of bad
# modes, bad arguments, missing files, directories and closed files.
PATH = "/tmp/py2cpp_builtins_open_1.txt"
BIN = "/tmp/py2cpp_builtins_open_1.bin"

with open(PATH, "w") as f:
    print(f, f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(type(f.buffer).__name__, f.buffer.mode, type(f.buffer.raw).__name__, f.readable(), f.writable(), f.seekable())
    print(f.write("alpha\nbeta\n"), f.tell())
    f.writelines(["gamma\n", "delta"])
    print("epsilon", 42, sep="-", file=f)
print(f.closed, f)

with open(PATH) as f:
    print(f.read())
with open(PATH, "r") as f:
    print(f.readline(), f.readline(3), f.readline(), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(PATH, "rt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(PATH) as f:
    print(f.read(3), f.tell(), f.read(4), f.seek(0), f.read(5))
    pos = f.tell()
    rest = f.read()
    print(f.seek(pos), f.read() == rest, f.seek(0, 2), repr(f.read()))
    for args in ((3, 1), (-1, 2), (0, 7), (-1,)):
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)

with open(PATH, "a") as f:
    print(f.mode, f.tell(), f.write("zeta\n"), f.tell())
with open(PATH, "r+") as f:
    print(f.mode, f.read(5), f.seek(0), f.write("ALPHA"), f.seek(0), f.readline())
with open(PATH, "w+") as f:
    print(f.mode, repr(f.read()), f.write("new\ntext"), f.seek(0), f.read())
with open(PATH, "a+") as f:
    print(f.mode, repr(f.read()), f.seek(0), f.read(), f.write("!"))
with open(PATH) as f:
    print(f.read())
try:
    open(PATH, "x")
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.filename)

with open(BIN, "wb") as f:
    print(f, f.mode, f.write(b"\x00\x01bin\n\xff"), f.tell())
with open(BIN, "ab") as f:
    print(f, f.mode, f.write(bytearray(b"more\n")))
with open(BIN, "rb") as f:
    print(f, f.mode, f.read(), f.seek(2), f.readline(), f.readlines())
with open(BIN, "r+b") as f:
    print(f, f.mode, f.read(1), f.write(b"X"), f.seek(0), f.read(4))
with open(BIN, "rb", buffering=0) as f:
    print(f, f.read(3))
with open(BIN, "w+b") as f:
    print(f.mode, f.read(), f.write(b"abc"), f.seek(0), f.read())

for name in ("/tmp/py2cpp_no_such_dir/x.txt", "/tmp/py2cpp_builtins_missing.txt"):
    try:
        open(name)
    except FileNotFoundError as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename)
for mode in ("r", "w"):
    try:
        open("/tmp", mode)
    except OSError as e:
        print(type(e).__name__, e)
for mode in ("rr", "rw", "z", "rbt", "", "b", "+", "wx", "r++", "U"):
    try:
        open(PATH, mode)
    except ValueError as e:
        print(repr(mode), type(e).__name__, e)
for kwargs in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
    try:
        open(BIN, "rb", **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for kwargs in ({"buffering": 0}, {"encoding": 5}, {"errors": 1}, {"newline": 2}, {"mode": 3}, {"newline": "x"}):
    try:
        open(PATH, **kwargs)
    except (ValueError, TypeError) as e:
        print(sorted(kwargs), type(e).__name__, e)
for bad in (None, 3.5, [1]):
    try:
        open(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    open(PATH, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

f = open(PATH, "w")
f.close()
for name, args in (("write", ("x",)), ("read", ()), ("readline", ()), ("tell", ()), ("seek", (0,)), ("flush", ())):
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    for line in f:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print(type(e).__name__, e)
with open(PATH, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(PATH) as f:
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
print(open is __builtins__.open if hasattr(__builtins__, "open") else True)
