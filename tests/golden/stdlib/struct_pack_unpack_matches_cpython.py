# struct over CPython's _struct: every format character in every byte order, native sizes and
# alignment, the buffer functions and the Struct type, and the errors with CPython's words.
import copy
import struct


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for order in ("", "@", "=", "<", ">", "!"):
    print(repr(order), [struct.calcsize(order + c) for c in "xcbB?hHiIlLqQefd"], struct.calcsize(order + "ci"),
          struct.calcsize(order + "c0l"), struct.calcsize(order + "bhiqd"), struct.calcsize(order + "3s2p 4x"))
print([struct.calcsize(c) for c in "nNP"], struct.calcsize("cP"), struct.calcsize("c?"), struct.calcsize("ce"))

values = {"b": -5, "B": 200, "h": -300, "H": 60000, "i": -70000, "I": 4000000000, "l": -(2**31), "L": 2**32 - 1,
          "q": -(2**63), "Q": 2**64 - 1, "?": True, "e": 1.5, "f": -0.25, "d": 1e300, "c": b"z"}
for order in ("@", "<", ">", "="):
    for c, v in values.items():
        if order != "@" and c in "lL" and abs(v) > 2**31:
            continue
        packed = struct.pack(order + c, v)
        print(order, c, packed.hex(), struct.unpack(order + c, packed))
for c in "nNP":
    print(c, struct.pack(c, 12345).hex(), struct.unpack(c, struct.pack(c, 12345)))
print(struct.unpack("P", struct.pack("P", 2**64 - 1)), struct.pack("n", -1).hex())
print(struct.pack("<3s5p2s", b"abcdef", b"xy", bytearray(b"q")), struct.unpack("<3s5p", b"abc\x09wxyz"))
print(struct.pack("2c3x?", b"a", b"b", []), struct.unpack("<??", b"\x00\x07"))
print(struct.pack(">hh", 1, 2), struct.pack("<hh", 1, 2), struct.pack("!I", 1), struct.pack("=I", 1))
print(struct.unpack(b"<hH", b"\xff\xff\xff\xff"), struct.unpack(">iI", b"\x80\x00\x00\x00" * 2))


class Index:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("<i", Index()), struct.pack("<f", Index()), struct.pack("<d", Floaty()), struct.pack("<e", 3))

# half floats: rounding to even, subnormals, infinities, NaN and overflow
for x in (0.0, -0.0, 1.0, 65504.0, 65519.0, 2**-24, 2**-25, 2**-26, 3 * 2**-25, 1.0009765625, 1.00048828125,
          1.00146484375, 1e-10, float("inf"), float("-inf")):
    b = struct.pack("<e", x)
    print(x, b.hex(), struct.unpack("<e", b), struct.pack(">e", x).hex())
print(struct.pack("<e", float("nan")).hex(), struct.unpack("<e", b"\x00\x7e"), struct.unpack(">e", b"\xfc\x00"))
show(lambda: struct.pack("<e", 65520.0))
show(lambda: struct.pack("e", 1e10))
show(lambda: struct.pack("<e", 10**6))
show(lambda: struct.pack("<f", 1e300))
show(lambda: struct.pack("<f", 2**200))
show(lambda: struct.pack("f", 1e300))
show(lambda: struct.pack("f", 2**2000))
show(lambda: struct.pack("d", "1.5"))

# range errors: the native functions' words, or the standard tables' _range_error
for order in "@<>":
    for c in "bBhHiIlLqQ":
        for v in (2**70, 2**64, -(2**63) - 1, 2**32, 2**31, -1, 256, -129, 65536, -32769, 1.5, None):
            try:
                struct.pack(order + c, v)
            except struct.error as e:
                print(order, c, repr(v), e)
for c in "nNP":
    for v in (2**70, -(2**63) - 1, -1, 2**64, "x"):
        show(lambda: struct.pack(c, v))

show(lambda: struct.pack("c", b"ab"))
show(lambda: struct.pack("c", "a"))
show(lambda: struct.pack("s", "a"))
show(lambda: struct.pack("p", 1))
show(lambda: struct.pack("i"))
show(lambda: struct.pack("i", 1, 2))
show(lambda: struct.pack())
show(lambda: struct.pack(5))
show(lambda: struct.pack("i", x=1))
show(lambda: struct.calcsize("3"))
show(lambda: struct.calcsize("3 i"))
show(lambda: struct.calcsize("i i"))
show(lambda: struct.calcsize("99999999999999999999i"))
show(lambda: struct.calcsize("9999999999999999999i"))
show(lambda: struct.calcsize("y"))
show(lambda: struct.calcsize("<n"))
show(lambda: struct.calcsize("!P"))
show(lambda: struct.calcsize("i\0i"))
show(lambda: struct.calcsize("\xe9"))
show(lambda: struct.calcsize())
show(lambda: struct.unpack("i", b"abc"))
show(lambda: struct.unpack("i", "abcd"))
show(lambda: struct.unpack("i"))
show(lambda: struct.unpack(b"<i", memoryview(b"abcd")))
show(lambda: struct.unpack_from("<i", b"abcdef", 2))
show(lambda: struct.unpack_from("<i", b"abcdef", offset=-4))
show(lambda: struct.unpack_from("<i", buffer=b"abcdef"))
show(lambda: struct.unpack_from("i", b"abc"))
show(lambda: struct.unpack_from("i", b"abcdef", 3))
show(lambda: struct.unpack_from("i", b"abcdef", -7))
show(lambda: struct.unpack_from())

buf = bytearray(b"\xee" * 10)
struct.pack_into("<hxi", buf, 1, -2, 5)
print(buf)
struct.pack_into(">h", buf, -2, 258)
print(buf)
struct.pack_into("<h", memoryview(buf)[4:], 0, 0x4142)
print(buf)
show(lambda: struct.pack_into("i", b"abcd", 0, 1))
show(lambda: struct.pack_into("i", memoryview(b"abcd"), 0, 1))
show(lambda: struct.pack_into("i", bytearray(3), 0, 1))
show(lambda: struct.pack_into("i", bytearray(8), -2, 1))
show(lambda: struct.pack_into("i", bytearray(8), -9, 1))
show(lambda: struct.pack_into("i", bytearray(8)))
show(lambda: struct.pack_into("i"))
show(lambda: struct.pack_into())
show(lambda: struct.pack_into("i", bytearray(8), 0))
show(lambda: struct.pack_into("i", bytearray(8), "x", 1))
show(lambda: struct.pack_into("i", bytearray(8), 2**70, 1))


class HugeIndex:
    def __index__(self):
        return -(2**70)


show(lambda: struct.pack_into("i", bytearray(8), HugeIndex(), 1))

it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
data = bytearray(b"\x01\x02")
it = struct.iter_unpack("b", data)
show(lambda: data.append(1))
print(list(it))
data.append(3)
print(data)
show(lambda: struct.iter_unpack("", b""))
show(lambda: struct.iter_unpack("i", b"abc"))
show(lambda: struct.iter_unpack("i", "abcd"))
show(lambda: struct.iter_unpack("i"))
show(lambda: type(struct.iter_unpack("b", b""))())

s = struct.Struct("<ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"), s.unpack_from(b"xx" + s.pack(3, 4), 2))
print(list(s.iter_unpack(s.pack(5, 6) * 2)), struct.Struct(b"=q").format, struct.Struct(format="i").size)
b2 = bytearray(8)
s.pack_into(b2, 1, 7, 8)
print(b2, type(s).__name__, type(s).__module__, isinstance(s, struct.Struct), struct.Struct is struct.Struct)
show(lambda: struct.Struct(5))
show(lambda: struct.Struct())
show(lambda: struct.Struct("i", "x"))
show(lambda: struct.Struct("\xe9"))
show(lambda: s.pack(1))
show(lambda: s.pack(x=1))
show(lambda: s.unpack())
show(lambda: s.unpack_from())
show(lambda: s.pack_into(b2))
show(lambda: copy.copy(s))


class Sub(struct.Struct):
    def __init__(self, code):
        super().__init__("<" + code)
        self.code = code


sub = Sub("h")
print(sub.pack(3), sub.code, sub.size, sub.format, isinstance(sub, struct.Struct))
s.__init__(">b")
print(s.format, s.size, s.pack(-1))

print(struct.error.__module__, struct.error.__name__, struct.error.__mro__[1:])
print(sorted(n for n in dir(struct) if not n.startswith("__")), struct.__doc__.splitlines()[0])
struct._clearcache()
print(struct.calcsize("i") + struct.calcsize(b"i"))
for k in range(150):
    struct.calcsize(str(k) + "b")
print(struct.calcsize("149b"))
try:
    struct.pack("B", 256)
except struct.error as e:
    print("caught", e.args)
struct.unpack(">q", b"12345")
