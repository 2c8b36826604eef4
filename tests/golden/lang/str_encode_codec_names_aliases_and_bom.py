# str.encode / bytes.decode through every supported codec under CPython's
# spellings and aliases (case, '-' or '_', "utf8", "latin1", "iso-8859-1",
# "646"), the BOM of utf-16/utf-32, LookupError for an unknown name, the
# arguments' TypeErrors, str()/bytes() with an encoding and the attributes
# of UnicodeEncodeError/UnicodeDecodeError.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

text = "aé€\U0001f600"
for enc in ["utf-8", "UTF-8", "utf8", "utf_8", "U8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-le", "utf_32_be", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "l1", "ascii", "US-ASCII", "646", " utf--8 ", "xyz", ""]:
    attempt("encode " + enc, lambda: text.encode(enc))
    attempt("encode ascii-only " + enc, lambda: "hi".encode(enc))
    attempt("round trip " + enc, lambda: "hi\u20ac".encode(enc, "replace").decode(enc))
attempt("encode kw", lambda: "é".encode(encoding="latin-1", errors="strict"))
attempt("encode default", lambda: "é".encode())
attempt("decode default", lambda: b"\xc3\xa9".decode())
attempt("encode type", lambda: "a".encode(5))
attempt("encode errors type", lambda: "a".encode("ascii", 5))
attempt("decode type", lambda: b"a".decode(None))
attempt("encode 3", lambda: "a".encode("ascii", "strict", 1))
attempt("str bytes", lambda: str(b"\xc3\xa9", "utf-8"))
attempt("str bytes errors", lambda: str(b"\xff", "ascii", "replace"))
attempt("bytes str", lambda: bytes("\xe9", "latin-1"))
attempt("bytes str bad", lambda: bytes("\u20ac", "latin-1"))
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"a\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError))
