# binascii: hex with separators, base64 in lenient and strict mode, uuencode, crc32 and
# crc_hqx, with ASCII str accepted where CPython accepts it and CPython's errors.
import binascii


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


data = bytes(range(0, 256, 7))
print(binascii.hexlify(data), binascii.b2a_hex(bytearray(b"\x00\xff")), binascii.hexlify(memoryview(b"ab")))
for sep, per in (("-", 1), (b":", 2), (":", -2), (".", 3), (" ", -3), ("\xe9", 1), ("_", 100), ("_", 0)):
    print(repr(sep), per, binascii.hexlify(b"\x01\xab\xff\x00\x11", sep, per), binascii.b2a_hex(b"", sep, per))
print(binascii.hexlify(b"abc", sep="/"), binascii.hexlify(data=b"abc", bytes_per_sep=5))
print(binascii.unhexlify("0aFF"), binascii.a2b_hex(b"deadBEEF"), binascii.unhexlify(bytearray(b"")),
      binascii.unhexlify(memoryview(b"ab")))
for n in range(7):
    raw = data[:n]
    enc = binascii.b2a_base64(raw)
    print(n, enc, binascii.b2a_base64(raw, newline=False), binascii.a2b_base64(enc) == raw,
          binascii.a2b_base64(enc.decode(), strict_mode=True) == raw)
for text in (b"aGVs!bG8=", b"aGVsbG8=aGVsbG8=", b"aG=VsbG8=", b"aGVsbG8===", b"aGVsbA=x=", b"a G\nVsbG8=", b"",
             b"YQ", b"YWI", "aGVsbG8", b"aGVsbA", b"a", b"aGVsb", b"====", b"ab=c", b"ab==cd"):
    show(lambda: binascii.a2b_base64(text))
for text in (b"aGVs!bG8=", b"aGVsbG8=x", b"=aGVsbG8", b"aGVsbA=a=", b"aGVsbA===", b"aGVsbA=", b"", b"ab==cd",
             b"ab=c", b"ab\n==", b"YQ==", b"YWI="):
    show(lambda: binascii.a2b_base64(text, strict_mode=True))

for raw in (b"", b"h", b"hello", b"x" * 45, bytes(range(20))):
    line = binascii.b2a_uu(raw)
    print(line, binascii.b2a_uu(raw, backtick=True), binascii.a2b_uu(line) == raw, binascii.a2b_uu(line.decode()))
for text in (b"%:&5L;&\\", b"", b"%:&", b"%:&5L;&\\  ``\r\n", b"!a", b"%:&5L;&\\xx  x", b"\n"):
    show(lambda: binascii.a2b_uu(text))

for raw in (b"", b"hello", data, bytearray(b"abc"), memoryview(b"abc")):
    print(binascii.crc32(raw), binascii.crc32(raw, 12345), binascii.crc32(raw, -1), binascii.crc32(raw, 2**40 + 7),
          binascii.crc_hqx(raw, 0), binascii.crc_hqx(raw, 0x1ffff), binascii.crc_hqx(raw, -1))
crc = 0
for chunk in (b"hel", b"lo"):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"hello"))

print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(sorted(n for n in dir(binascii) if not n.startswith("__") and "qp" not in n))
show(lambda: binascii.hexlify(b"abc", "::"))
show(lambda: binascii.hexlify(b"abc", "\u0101"))
show(lambda: binascii.hexlify(b"abc", 1))
show(lambda: binascii.hexlify(b"abc", bytearray(b":")))
show(lambda: binascii.hexlify(b"ab", b":", 2**40))
show(lambda: binascii.hexlify("abc"))
show(lambda: binascii.hexlify())
show(lambda: binascii.hexlify(b"", b":", 1, 2))
show(lambda: binascii.hexlify(b"", x=2))
show(lambda: binascii.unhexlify(b"0a F"))
show(lambda: binascii.unhexlify(b"0aF"))
show(lambda: binascii.unhexlify(b"0g"))
show(lambda: binascii.unhexlify("\xe91"))
show(lambda: binascii.unhexlify(1))
show(lambda: binascii.unhexlify())
show(lambda: binascii.a2b_hex(hexstr=b"00"))
show(lambda: binascii.b2a_base64("hello"))
show(lambda: binascii.b2a_base64(b"hello", False))
show(lambda: binascii.b2a_base64())
show(lambda: binascii.b2a_base64(data=b""))
show(lambda: binascii.b2a_base64(b"", foo=1))
show(lambda: binascii.b2a_base64(b"", newline=1, foo=1))
show(lambda: binascii.b2a_base64(b"a", newline=[]))
show(lambda: binascii.a2b_base64(b"aGVsbG8=", True))
show(lambda: binascii.a2b_base64(b"aGVsbG8=", strict_mode=[]))
show(lambda: binascii.a2b_base64("\xe9"))
show(lambda: binascii.a2b_base64(None))
show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.b2a_uu())
show(lambda: binascii.a2b_uu())
show(lambda: binascii.crc32("hello"))
show(lambda: binascii.crc32(b"", 1.5))
show(lambda: binascii.crc32())
show(lambda: binascii.crc32(b"a", 1, 2))
show(lambda: binascii.crc_hqx(b"hello"))
show(lambda: binascii.crc_hqx(b"", "x"))
try:
    binascii.a2b_base64(b"abc")
except ValueError as e:
    print("a ValueError:", type(e).__name__, e)
binascii.unhexlify("abc")
