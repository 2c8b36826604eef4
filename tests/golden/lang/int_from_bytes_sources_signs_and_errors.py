# int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
# what PyObject_Bytes accepts as the source (bytes, __bytes__, iterables of
# ints but not str), two's complement, bool as cls, and CPython's errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Raw:
    def __bytes__(self):
        return b"\x01\x02"


attempt("default big", lambda: int.from_bytes(b"\x04\x00"))
attempt("little", lambda: int.from_bytes(b"\x04\x00", "little"))
attempt("signed", lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
attempt("unsigned", lambda: int.from_bytes(b"\xff\xff", byteorder="big", signed=False))
attempt("empty signed", lambda: int.from_bytes(b"", "big", signed=True))
attempt("list", lambda: int.from_bytes([1, 2, 3], "big"))
attempt("tuple", lambda: int.from_bytes((3,), "big"))
attempt("iterator", lambda: int.from_bytes(iter([1, 0]), "little"))
attempt("__bytes__", lambda: int.from_bytes(Raw(), "big"))
attempt("big negative", lambda: int.from_bytes(bytes([0x80] + [0] * 15), "big", signed=True))
attempt("big positive", lambda: int.from_bytes(bytes([0x7F] + [0xFF] * 15), "big", signed=True))
attempt("keywords", lambda: int.from_bytes(bytes=b"\x01\x02", byteorder="little"))
attempt("via instance", lambda: (7).from_bytes(b"\x02", "little"))
attempt("bool class", lambda: bool.from_bytes(b"\x01", "big"))
attempt("bad order", lambda: int.from_bytes(b"\x01", "middle"))
attempt("order type", lambda: int.from_bytes(b"\x01", 5))
attempt("str source", lambda: int.from_bytes("ab", "big"))
attempt("int source", lambda: int.from_bytes(5, "big"))
attempt("float source", lambda: int.from_bytes(2.0, "big"))
attempt("item too big", lambda: int.from_bytes([256], "big"))
attempt("item negative", lambda: int.from_bytes([-1], "big"))
attempt("item type", lambda: int.from_bytes(["a"], "big"))
attempt("three positional", lambda: int.from_bytes(b"\x01", "big", True))
attempt("missing", lambda: int.from_bytes())
for n in (0, 1, -1, 127, -128, 2**64 + 5, -(2**64) - 5):
    data = n.to_bytes(10, "little", signed=True)
    print(n, int.from_bytes(data, "little", signed=True) == n)
