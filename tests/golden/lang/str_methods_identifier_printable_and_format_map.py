# str.isidentifier (XID_Start/XID_Continue), str.isprintable, str.format_map
# (a dict subclass's __missing__, positional fields refused) and the padding,
# partition, expandtabs and translate family, each with CPython's errors.
def attempt(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["abc", "_x1", "1x", "", "é", "x·", "℘", "℮x", "a-b", "ǅ", "x\u0301", "\u0301x", "ⅷ", "x²", "𝔘", "ᢅ", "a b", "ﬁ"]:
    attempt("isidentifier " + ascii(s), lambda: s.isidentifier())
for s in ["abc", "", "a\n", "\x7f", "é", "\xa0", "\u200b", "\U000e0001", "\ud800", "\U0001f600", "\u0378", "\u2028", "\xad", " "]:
    attempt("isprintable " + ascii(s), lambda: s.isprintable())
attempt("expandtabs", lambda: "a\tbc\td\n\tx\r\ty".expandtabs())
attempt("expandtabs 4", lambda: "a\tbc\td".expandtabs(4))
attempt("expandtabs 0", lambda: "a\tb".expandtabs(0))
attempt("expandtabs -1", lambda: "a\tb".expandtabs(-1))
attempt("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=3))
attempt("expandtabs é", lambda: "é\tb".expandtabs(4))
attempt("partition", lambda: "a=b=c".partition("="))
attempt("rpartition", lambda: "a=b=c".rpartition("="))
attempt("partition none", lambda: "abc".partition("="))
attempt("rpartition none", lambda: "abc".rpartition("="))
attempt("partition empty", lambda: "abc".partition(""))
attempt("partition int", lambda: "abc".partition(1))
attempt("zfill", lambda: "-42".zfill(6))
attempt("zfill +", lambda: "+42".zfill(2))
attempt("zfill é", lambda: "é".zfill(3))
attempt("zfill empty", lambda: "".zfill(3))
attempt("zfill -", lambda: "-".zfill(3))
attempt("center", lambda: "ab".center(7, "*"))
attempt("center odd", lambda: "abc".center(6, "é"))
attempt("center bad", lambda: "abc".center(6, "ab"))
attempt("center type", lambda: "abc".center(6, 1))
attempt("center width", lambda: "abc".center("x"))
attempt("ljust", lambda: "ab".ljust(5, "-"))
attempt("rjust", lambda: "ab".rjust(5, "-"))
attempt("maketrans", lambda: sorted(str.maketrans("ab", "xy", "c").items()))
attempt("maketrans dict", lambda: sorted(str.maketrans({"a": "1", 98: None}).items()))
attempt("maketrans bad", lambda: str.maketrans("ab", "x"))
attempt("translate", lambda: "abcabc".translate(str.maketrans("ab", "xy", "c")))
attempt("translate map", lambda: "abc".translate({97: "AA", 98: None, 99: 100}))
attempt("translate bad", lambda: "abc".translate({97: 1.5}))
attempt("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
attempt("format_map missing", lambda: "{a}-{zz}".format_map(D(a=1)))
attempt("format_map keyerror", lambda: "{a}".format_map({}))
attempt("format_map positional", lambda: "{0}".format_map({}))
attempt("format_map type", lambda: "{a}".format_map(5))
attempt("splitlines", lambda: "a\nb\r\nc\x1cd\x85e\u2028".splitlines(True))
attempt("count", lambda: "aaaa".count("aa"))
