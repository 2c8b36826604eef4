# bytes.decode with each error handler for ascii, latin-1, utf-8 and the
# UTF-16/32 codecs: invalid start and continuation bytes, truncated data,
# surrogates, BOMs, and CPython's error ranges and messages.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace", "bogus"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-be"]:
        for b in [b"\xff", b"ab\x80cd", b"\xe9\x80", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\xd8\x00\xdc", b"\x00\xdc", b"\x00\xd8a", b"a", b"\x00\x00\x11\x00", b"", b"hello"]:
            attempt("decode %s %s %s" % (enc, errors, b), lambda: b.decode(enc, errors))
