# memoryview's errors with CPython's messages: bounds, keys, read-only and
# released views, structure mismatches, casts, and a bytearray that cannot be
# resized while views of it exist (BufferError).


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abcdef")
attempt("index high", lambda: m[6])
attempt("index low", lambda: m[-7])
attempt("index huge", lambda: m[2**70])
attempt("str key", lambda: m["a"])
attempt("float key", lambda: m[1.0])
attempt("ellipsis key", lambda: m[...])
attempt("empty tuple", lambda: m[()])
attempt("two indexes", lambda: m[1, 2])
attempt("two slices", lambda: m[1:2, 3:4])
attempt("step zero", lambda: m[::0])
attempt("store readonly", lambda: m.__setitem__(0, 1))
attempt("delete readonly", lambda: m.__delitem__(0))
attempt("ordering", lambda: m < m)
attempt("not bytes-like", lambda: memoryview("abc"))
attempt("int", lambda: memoryview(1))
attempt("no argument", lambda: memoryview())
attempt("two arguments", lambda: memoryview(b"", b""))
attempt("hash writable", lambda: hash(memoryview(bytearray(b"a"))))
attempt("hash bytearray exporter", lambda: hash(memoryview(bytearray(b"a")).toreadonly()))
attempt("hash non-byte format", lambda: hash(memoryview(b"ab").cast("H")))
attempt("tobytes order", lambda: m.tobytes("X"))
attempt("tobytes order type", lambda: m.tobytes(1))
attempt("hex sep int", lambda: m.hex(1))
attempt("hex sep long", lambda: m.hex("::"))
attempt("hex sep non-ascii", lambda: m.hex("é"))
attempt("no count method", lambda: m.count)

attempt("cast format", lambda: m.cast("x"))
attempt("cast half float", lambda: m.cast("e"))
attempt("cast length", lambda: m.cast("I"))
attempt("cast non-byte to non-byte", lambda: memoryview(b"abcd").cast("H").cast("I"))
attempt("cast strided", lambda: m[::2].cast("c"))
attempt("cast shape size", lambda: memoryview(b"abcd").cast("B", (5,)))
attempt("cast shape type", lambda: memoryview(b"abcd").cast("B", 4))
attempt("cast shape item", lambda: memoryview(b"abcd").cast("B", ["4"]))
attempt("cast shape zero", lambda: memoryview(b"abcd").cast("B", [0]))
attempt("cast empty with shape", lambda: memoryview(b"").cast("B", [1]))
attempt("cast format type", lambda: m.cast(1))
attempt("cast no format", lambda: m.cast())

ba = bytearray(b"abcdef")
w = memoryview(ba)
attempt("value range", lambda: w.__setitem__(0, 256))
attempt("value negative", lambda: w.__setitem__(0, -1))
attempt("value bytes", lambda: w.__setitem__(0, b"a"))
attempt("value float", lambda: w.__setitem__(0, 1.5))
attempt("store out of bounds", lambda: w.__setitem__(10, 1))
attempt("store bad key", lambda: w.__setitem__("a", 1))
attempt("delete", lambda: w.__delitem__(0))
attempt("slice length", lambda: w.__setitem__(slice(0, 2), b"xyz"))
attempt("extended slice length", lambda: w.__setitem__(slice(None, None, 2), b"ab"))
attempt("slice from str", lambda: w.__setitem__(slice(0, 2), "xy"))
attempt("slice from list", lambda: w.__setitem__(slice(0, 2), [1, 2]))
attempt("slice other format", lambda: w.__setitem__(slice(0, 2), memoryview(b"ab").cast("c")))
attempt("char item type", lambda: memoryview(bytearray(b"ab")).cast("c").__setitem__(0, 1))
attempt("char item length", lambda: memoryview(bytearray(b"ab")).cast("c").__setitem__(0, b"zz"))
attempt("signed range", lambda: memoryview(bytearray(b"ab")).cast("b").__setitem__(0, 128))
attempt("short range", lambda: memoryview(bytearray(4)).cast("H").__setitem__(0, 70000))
attempt("unsigned negative", lambda: memoryview(bytearray(8)).cast("Q").__setitem__(0, -1))
attempt("double type", lambda: memoryview(bytearray(8)).cast("d").__setitem__(0, "1"))
fv = memoryview(bytearray(8)).cast("f")
fv[0] = 1e300
fv[1] = -1e300
print("float range", fv.tolist())
print(ba)

attempt("append", lambda: ba.append(1))
attempt("extend", lambda: ba.extend(b"xy"))
attempt("extend empty", lambda: ba.extend(b""))
attempt("pop", lambda: ba.pop())
attempt("clear", lambda: ba.clear())
attempt("insert", lambda: ba.insert(0, 1))
attempt("remove missing", lambda: ba.remove(120))
attempt("remove", lambda: ba.remove(97))
attempt("same-size slice", lambda: ba.__setitem__(slice(0, 2), b"AB"))
attempt("resizing slice", lambda: ba.__setitem__(slice(0, 2), b"ABC"))
attempt("delete item", lambda: ba.__delitem__(0))
attempt("delete empty slice", lambda: ba.__delitem__(slice(0, 0)))
attempt("append range first", lambda: ba.append(300))


def grow(b, extra):
    b += extra
    return b


def repeat(b, n):
    b *= n
    return b


attempt("iadd", lambda: grow(ba, b"x"))
attempt("iadd empty", lambda: grow(ba, b""))
attempt("imul", lambda: repeat(ba, 2))
attempt("imul one", lambda: repeat(ba, 1))
print(ba)

s = w[1:]
w.release()
attempt("append with slice alive", lambda: ba.append(1))
s.release()
attempt("append after release", lambda: ba.append(2))
print(ba)
with memoryview(ba) as v:
    attempt("append inside with", lambda: ba.append(3))
attempt("append after with", lambda: ba.append(4))
print(ba)

r = memoryview(b"abc")
r.release()
r.release()
for name in ["tobytes", "tolist", "hex", "toreadonly", "__enter__", "__len__"]:
    attempt("released " + name, lambda: getattr(r, name)())
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "contiguous"]:
    attempt("released ." + name, lambda: getattr(r, name))
attempt("released index", lambda: r[0])
attempt("released slice", lambda: r[1:])
attempt("released store", lambda: r.__setitem__(0, 1))
attempt("released len", lambda: len(r))
attempt("released bool", lambda: bool(r))
attempt("released bytes", lambda: bytes(r))
attempt("released bytearray", lambda: bytearray(r))
attempt("released memoryview", lambda: memoryview(r))
attempt("released hash", lambda: hash(r))
attempt("released cast", lambda: r.cast("c"))
attempt("released in", lambda: r in b"abc")
attempt("released find", lambda: b"abc".find(r))
attempt("released from_bytes", lambda: int.from_bytes(r, "big"))
attempt("released eq self", lambda: r == r)
attempt("released eq bytes", lambda: r == b"abc")
attempt("released concat", lambda: b"x" + r)
attempt("released join", lambda: b"".join([r]))
attempt("released decode", lambda: str(r, "ascii"))
attempt("released extend", lambda: bytearray().extend(r))
attempt("released exit", lambda: r.__exit__(None, None, None))

nc = memoryview(b"abcd")[::2]
attempt("strided concat", lambda: b"x" + nc)
attempt("strided bytearray concat", lambda: bytearray(b"x") + nc)
attempt("strided join", lambda: b"-".join([nc]))
attempt("strided in", lambda: nc in b"abc")
attempt("strided find", lambda: b"abc".find(nc))
attempt("strided extend", lambda: bytearray(b"x").extend(nc))
attempt("strided bytes", lambda: bytes(nc))
attempt("strided bytearray", lambda: bytearray(nc))
attempt("strided slice store", lambda: bytearray(b"xyz").__setitem__(slice(0, 2), nc))
attempt("strided eq bytearray", lambda: bytearray(b"ac") == nc)
attempt("strided lt bytearray", lambda: bytearray(b"ac") < nc)
attempt("strided decode", lambda: str(nc, "ascii"))
attempt("strided strip", lambda: b"abcd".strip(nc))
it = iter(memoryview(b"xy"))
print(next(it))
