# A user subclass of bytes: bytes' methods and operators see the value and give plain bytes.
class Blob(bytes):
    pass


b = Blob(b"xyz")
print(b, repr(b), type(b).__name__, isinstance(b, bytes), [c.__name__ for c in Blob.__mro__])
print(b + b"!", b"<" + b, type(b + b"!") is bytes, b * 2, type(b * 1) is bytes, len(b), b[0], b[1:], type(b[1:]) is bytes)
print(b.upper(), type(b.upper()) is bytes, b.decode(), b.hex(), b.split(b"y"), b.startswith(b"x"), b.find(b"z"), list(b))
print(b == b"xyz", b"xyz" == b, hash(b) == hash(b"xyz"), {b"xyz": 1}[b], b"y" in b, 121 in b, b < b"z", sorted([Blob(b"b"), b"a"]))
print(str(b, "ascii"), b"-".join([Blob(b"a"), b"b"]), Blob([65, 66]), Blob(3), Blob("h\u00e9", "utf-8"), bytes(b), type(bytes(b)) is bytes)
print(bytes.__new__(Blob, b"q"), type(bytes.__new__(Blob, b"q")).__name__, int(Blob(b"12")), f"{b}", "%s" % b, str(b), [b])
b.kind = "raw"
print(b.kind, b.__dict__)


class Packet(bytes):
    def __new__(cls, payload, seq):
        obj = super().__new__(cls, payload)
        obj.seq = seq
        return obj

    def __repr__(self):
        return f"Packet#{self.seq}({bytes.__repr__(self)})"


p = Packet(b"hi", 4)
print(p, repr(p), [p], str(p), p + b"!", p.seq, len(p))
