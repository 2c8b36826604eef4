# str.encode with each error handler (strict, ignore, replace,
# backslashreplace, xmlcharrefreplace, namereplace, surrogateescape,
# surrogatepass, an unknown one) for ascii, latin-1, utf-8, utf-16 and
# utf-32-be: CPython's error ranges, messages and the registry's wrapping.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-32-be"]:
        for s in ["caf\xe9", "a\u20ac\u20acb", "x\udcff\udc80y", "\ud800", "a\ud83d\ude00", "\x00\x80\U0001f600\u0378", "\U0001f6dc\u00e9"]:
            attempt("encode %s %s %s" % (enc, errors, ascii(s)), lambda: s.encode(enc, errors))
