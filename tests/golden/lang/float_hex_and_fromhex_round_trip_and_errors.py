# float.hex() and the classmethod float.fromhex(): normals, subnormals, the
# extremes, inf and nan; fromhex's grammar (sign, optional 0x, point, p
# exponent, whitespace), its rounding half to even at the subnormal and
# overflow edges, and CPython's ValueError/OverflowError/TypeError texts.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 3.0, 0.5, 123456.789, 1e308, 1.7976931348623157e308,
          5e-324, 1e-310, 2.0**-1022, 2.2250738585072014e-308, 2.225073858507201e-308,
          float("inf"), float("-inf"), float("nan")]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, back == x or (x != x and back != back))

texts = ["0x1.8p+0", "0X1.8P+0", " -0x1p-1074 ", "\t0x10\n", "1", "ff", ".8", "0x.8", "1.", "0x1p3",
         "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1075", "0x1.1p-1075",
         "0x3p-1076", "0x1p-2000", "0x0p99999999", "0x1p99999999999999999999", "0x1p-99999999999999999999",
         "0x" + "0" * 400 + "1p0", "0x1" + "0" * 400 + "p-1600", "0x.0000000000000000000001p+88", "-0x0p0",
         "inf", "-Infinity", "+iNf", "nan", "-NaN",
         "", "  ", "0x", "0x.", "0x1p", "0x1p+", "1p10x", "0xg", "1_0", "0x1 p1", "infinit", "nanx",
         "0x1.8p+0x", "\u0967", "\u20030x1"]
for s in texts:
    attempt("fromhex " + ascii(s), lambda: float.fromhex(s))
attempt("fromhex int", lambda: float.fromhex(5))
attempt("fromhex bytes", lambda: float.fromhex(b"0x1"))
attempt("fromhex no args", lambda: float.fromhex())
attempt("fromhex two args", lambda: float.fromhex("1", "2"))
attempt("via instance", lambda: (2.0).fromhex("0x10"))
attempt("hex args", lambda: (1.0).hex(1))
print(type(float.fromhex("1")).__name__)
