# The rest of bytes' and bytearray's methods: padding, zfill, expandtabs, the
# ASCII case maps and predicates, translate/maketrans and bytearray.reverse,
# with CPython's argument errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for kind in (bytes, bytearray):
    b = kind(b"ab")
    print(kind.__name__, b.center(5, b"*"), kind(b"abc").center(6, b"*"), b.center(6), b.center(7), b.center(1))
    print(b.ljust(5, bytearray(b"-")), b.rjust(5), b.ljust(-1), b.rjust(4, b"0"))
    print(kind(b"-12").zfill(5), kind(b"+").zfill(3), kind(b"").zfill(2), kind(b"7").zfill(0), kind(b"x-1").zfill(5))
    print(kind(b"a\tbc\td\r\tx\n\t").expandtabs(4), kind(b"\t|").expandtabs(), kind(b"a\tb").expandtabs(0))
    print(kind(b"hello wORLD 3rd x1y").title(), kind(b"hELLO wORLD").capitalize(), kind(b"aB1\xff").swapcase())
    print(kind(b"Hello World").istitle(), kind(b"Hello world").istitle(), kind(b"").istitle(), kind(b"1A").istitle())
    print(kind(b"A1b").istitle(), kind(b"abc1").islower(), kind(b"1").islower(), kind(b"ABC1").isupper(), kind(b"aBC").isupper())
    table = kind.maketrans(b"abc", b"xyz")
    print(type(table).__name__, len(table), table[97:100], kind(b"aabbcc-d").translate(table))
    print(kind(b"hello").translate(None, b"l"), kind(b"hello").translate(table, delete=b"h"), kind(b"abc").translate(memoryview(bytes(range(256)))))
    print(type(b.center(5)).__name__, type(b.title()).__name__, type(b.translate(None)).__name__)
    attempt("fill length", lambda: b.center(5, b"xy"))
    attempt("fill str", lambda: b.center(5, "x"))
    attempt("ljust fill", lambda: b.ljust(5, b"xy"))
    attempt("width str", lambda: b.rjust("5"))
    attempt("no width", lambda: b.center())
    attempt("width huge", lambda: b.center(2**70))
    attempt("zfill str", lambda: b.zfill("a"))
    attempt("expandtabs str", lambda: b.expandtabs("a"))
    attempt("table length", lambda: b.translate(b"x"))
    attempt("delete str", lambda: b.translate(None, "a"))
    attempt("table str", lambda: b.translate("a" * 256))
    attempt("no table", lambda: b.translate())
    attempt("maketrans lengths", lambda: kind.maketrans(b"a", b"bc"))
    attempt("maketrans str", lambda: kind.maketrans("a", b"b"))

ba = bytearray(b"abc")
m = memoryview(ba)
print(ba.reverse(), ba, m.tobytes())
attempt("reverse args", lambda: ba.reverse(1))
print(b"he" in b"hello", 104 in b"hi", bytearray(b"l") in b"hello", b"" in b"")
attempt("in str", lambda: "h" in b"hello")
attempt("in range", lambda: 300 in b"hello")
print(b"ab".hex(":"), bytearray(b"abc").hex(b"-", 2))
attempt("hex sep non-ascii", lambda: b"ab".hex("é"))
attempt("hex sep bytearray", lambda: b"ab".hex(bytearray(b":")))
attempt("hex sep list", lambda: b"ab".hex([1]))
attempt("hex sep int", lambda: b"ab".hex(1))
