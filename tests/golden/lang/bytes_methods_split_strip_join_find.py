# bytes and bytearray share their byte-string methods; bytearray results are
# bytearrays. Covers searching, splitting, stripping, joining, replacing,
# the ASCII predicates, hex/fromhex, a line-protocol loop and argument errors.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for T in (bytes, bytearray):
    print("==", T.__name__)
    s = T(b"  GET /index.html HTTP/1.1\r\n")
    show("find", lambda: s.find(b"/"))
    show("find int", lambda: s.find(32, 3))
    show("find range", lambda: s.find(b"H", 0, 10))
    show("rfind", lambda: s.rfind(b"T"))
    show("rfind empty", lambda: s.rfind(b""))
    show("find empty past end", lambda: s.find(b"", 99))
    show("index", lambda: s.index(b"index"))
    show("rindex", lambda: s.rindex(b"1", -5, -1))
    show("index missing", lambda: s.index(b"zz"))
    show("rindex missing", lambda: s.rindex(b"zz"))
    show("count", lambda: s.count(b"T"))
    show("count empty", lambda: s.count(b""))
    show("count int", lambda: s.count(ord("1"), 5))
    show("startswith", lambda: s.startswith(b"  G"))
    show("startswith tuple", lambda: s.startswith((b"x", b"GET"), 2))
    show("endswith", lambda: s.endswith(b"\r\n"))
    show("endswith tuple end", lambda: s.endswith((b"1.1", b"x"), 0, -2))
    show("split", lambda: s.split())
    show("split max", lambda: s.split(None, 1))
    show("rsplit max", lambda: s.rsplit(maxsplit=1))
    show("split sep", lambda: T(b"a,b,,c,").split(b","))
    show("split sep max", lambda: T(b"a,b,,c,").split(b",", maxsplit=2))
    show("rsplit sep", lambda: T(b"a::b::c").rsplit(b"::", 1))
    show("split empty", lambda: T(b"").split())
    show("split empty sep", lambda: T(b"").split(b","))
    show("strip", lambda: s.strip())
    show("lstrip", lambda: s.lstrip())
    show("rstrip", lambda: s.rstrip())
    show("strip chars", lambda: T(b"xxhixyx").strip(b"xy"))
    show("lstrip chars", lambda: T(b"xxhix").lstrip(b"x"))
    show("rstrip None", lambda: T(b" hi \t\x0b\x0c").rstrip(None))
    show("join", lambda: T(b", ").join([b"a", bytearray(b"b"), T(b"c")]))
    show("join empty", lambda: T(b"-").join([]))
    show("join gen", lambda: T(b"").join(T([c]) for c in b"xyz"))
    show("replace", lambda: T(b"aaaa").replace(b"a", b"bb"))
    show("replace count", lambda: T(b"aaaa").replace(b"a", b"b", 2))
    show("replace empty", lambda: T(b"abc").replace(b"", b"-"))
    show("replace empty count", lambda: T(b"abc").replace(b"", b"-", 2))
    show("partition", lambda: T(b"key=val=x").partition(b"="))
    show("partition miss", lambda: T(b"key").partition(b"="))
    show("rpartition", lambda: T(b"key=val=x").rpartition(b"="))
    show("rpartition miss", lambda: T(b"key").rpartition(b"="))
    show("removeprefix", lambda: T(b"prefix-body").removeprefix(b"prefix-"))
    show("removeprefix miss", lambda: T(b"body").removeprefix(b"x"))
    show("removesuffix", lambda: T(b"body.txt").removesuffix(b".txt"))
    show("removesuffix empty", lambda: T(b"body").removesuffix(b""))
    show("splitlines", lambda: T(b"a\nb\r\nc\rd\n\ne").splitlines())
    show("splitlines keep", lambda: T(b"a\nb\r\nc\r").splitlines(keepends=True))
    show("splitlines vt", lambda: T(b"a\x0bb\x0cc").splitlines())
    show("lower", lambda: T(b"HeLLo \xc4").lower())
    show("upper", lambda: T(b"HeLLo \xe4").upper())
    for pred in ("isdigit", "isalpha", "isalnum", "isspace", "isascii"):
        print(pred, [getattr(T(x), pred)() for x in (b"", b"123", b"abC", b"ab1", b" \t\n", b"\xff")])
    show("hex", lambda: T(b"\x01\xab\xff").hex())
    show("hex sep", lambda: T(b"\x01\x02\x03\x04\x05").hex(":", 2))
    show("hex sep neg", lambda: T(b"\x01\x02\x03\x04\x05").hex(b"-", -2))
    show("fromhex", lambda: T.fromhex("de ad\tbe ef"))
    show("fromhex via instance", lambda: T(b"").fromhex("00ff"))
    show("decode", lambda: T(b"caf\xc3\xa9").decode())
    # error paths
    show("find str", lambda: s.find("G"))
    show("count str", lambda: s.count("G"))
    show("find byte range", lambda: s.find(256))
    show("find no args", lambda: s.find())
    show("count no args", lambda: s.count())
    show("startswith str", lambda: s.startswith("G"))
    show("startswith tuple str", lambda: s.startswith(("G",)))
    show("split str", lambda: s.split(","))
    show("split empty sep", lambda: s.split(b""))
    show("split maxsplit str", lambda: s.split(maxsplit="x"))
    show("split too many", lambda: s.split(None, 1, 2))
    show("strip str", lambda: s.strip("x"))
    show("strip too many", lambda: s.strip(b"x", b"y"))
    show("join str", lambda: T(b",").join(["x"]))
    show("join int", lambda: T(b",").join([b"a", 1]))
    show("join no args", lambda: T(b",").join())
    show("replace str", lambda: s.replace("a", b""))
    show("replace few", lambda: s.replace(b"a"))
    show("partition str", lambda: s.partition("a"))
    show("partition empty", lambda: s.partition(b""))
    show("rpartition empty", lambda: s.rpartition(b""))
    show("removeprefix str", lambda: s.removeprefix("a"))
    show("lower arg", lambda: s.lower(1))
    show("fromhex bytes", lambda: T.fromhex(b"aa"))
    show("fromhex odd", lambda: T.fromhex("a"))
    show("fromhex bad", lambda: T.fromhex("zz"))
    show("fromhex space in pair", lambda: T.fromhex(" a b"))
    show("fromhex late", lambda: T.fromhex("0011 22g3"))
    show("hex sep long", lambda: s.hex("ab"))


# A small line protocol: CRLF-terminated "KEY: value" headers, then a blank
# line, parsed from chunks as they arrive.
def parse(chunks):
    buf = bytearray()
    headers = {}
    for chunk in chunks:
        buf += chunk
        while True:
            at = buf.find(b"\r\n")
            if at < 0:
                break
            line = bytes(buf[:at])
            del buf[: at + 2]
            if not line:
                return headers, bytes(buf)
            key, sep, value = line.partition(b":")
            if not sep:
                raise ValueError("bad header line: " + line.decode())
            headers[key.strip().lower().decode()] = value.strip()
    return headers, bytes(buf)


print(parse([b"Host: exa", b"mple.org\r\nContent-Length:  12 \r", b"\nX-Tags: a, b,c\r\n\r\nbody"]))
h, rest = parse([b"X-Tags: a, b,c\r\n\r\n"])
print([t.strip() for t in h["x-tags"].split(b",")], int(b"  12 ".strip()), rest)
try:
    parse([b"nocolon\r\n"])
except ValueError as e:
    print(type(e).__name__, e)
