# bytearray as a protocol parser's receive buffer: length-prefixed messages
# arrive in chunks, are framed out of the buffer and decoded; then the
# methods, operators and error paths such a parser relies on.


def frame(payload):
    data = payload.encode("utf-8")
    return len(data).to_bytes(2, "big") + data


class Parser:
    def __init__(self):
        self.buf = bytearray()
        self.messages = []

    def feed(self, chunk):
        self.buf += chunk
        while len(self.buf) >= 2:
            n = self.buf[0] * 256 + self.buf[1]
            if len(self.buf) < 2 + n:
                break
            body = self.buf[2:2 + n]
            del self.buf[:2 + n]
            self.messages.append(body.decode("utf-8"))


stream = frame("hello") + frame("wörld") + frame("") + frame("x" * 300)
p = Parser()
for i in range(0, len(stream), 7):
    p.feed(stream[i:i + 7])
    print(i, len(p.buf), len(p.messages))
print([m if len(m) < 20 else m[:5] + "..." for m in p.messages])
print(p.buf, bool(p.buf))

# Line-oriented framing with find and startswith.
lines = bytearray(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nbody")
while True:
    at = lines.find(b"\r\n")
    if at < 0:
        break
    line = lines[:at]
    del lines[:at + 2]
    print(repr(line), line.startswith(b"GET"), line.endswith((b"x", b"1.1")), lines.startswith(b"body"))
print(lines)

# Constructors.
print(bytearray(), bytearray(3), bytearray(b"ab"), bytearray(bytearray(b"cd")))
print(bytearray([0, 65, 255]), bytearray(range(3)), bytearray("é", "utf-8"), bytearray("ab", encoding="ascii"))
print(bytearray(b"q'\"\\\t\n\r\x7f"), bytearray(b"it's"))

# Indexing, slicing, item and slice assignment and deletion.
b = bytearray(b"abcdef")
print(b[0], b[-1], b[1:4], b[::2], b[::-1], type(b[1:2]).__name__)
b[0] = 65
b[-1] = 0x46
print(b)
b[1:3] = b"XYZ"
print(b)
b[::2] = [1, 2, 3, 4]
print(b)
b[1:1] = bytearray(b"++")
print(b)
del b[0]
del b[-2:]
print(b)
del b[::2]
print(b, len(b))
b[:] = b
print(b)

# List-like methods.
b = bytearray(b"xyz")
b.append(33)
b.extend(b"ab")
b.extend([1, 2])
b.extend(bytearray(b"!"))
b.extend(x for x in (48, 49))
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.insert(0, 35)
b.insert(100, 36)
b.insert(-100, 37)
b.remove(0x61)
print(b)
c = b.copy()
b.clear()
print(b, c, len(c))

# Operators.
a = bytearray(b"ab")
print(a + b"cd", a + bytearray(b"ef"), b"cd" + a, type(b"cd" + a).__name__)
print(a * 3, 2 * a, a * -1, a * 0)
a += b"cd"
a += bytearray(b"ef")
print(a)
a *= 2
print(a)
print(bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"), bytearray(b"ab") != bytearray(b"ab"))
print(bytearray(b"ab") < b"b", b"abc" > bytearray(b"ab"), bytearray(b"\xff") > bytearray(b"\x01"))
print(bytearray(b"a") <= bytearray(b"a"), bytearray(b"a") >= b"b", bytearray(b"a") == "a")
print(98 in a, 120 in a, b"bc" in a, bytearray(b"cd") in a, b"" in a, b"zz" in a)
print(list(bytearray(b"hi")), [x for x in bytearray(b"\x00\x80")], sum(bytearray(b"\x01\x02")))

# Searching.
s = bytearray(b"abcabc")
print(s.find(b"c"), s.find(b"c", 3), s.find(99, 3, 5), s.find(b"z"), s.find(b"abc", -3), s.find(b""))
print(s.index(b"bc"), s.index(97, 1), s.startswith(b"ab"), s.startswith(b"bc", 1), s.endswith(b"bc", 0, 3))
print(s.startswith((b"x", bytearray(b"a"))), s.endswith(b"c", 0, -1))

# Conversions.
print(bytes(s), type(bytes(s)).__name__, s.decode(), s.decode("ascii"), str(s, "utf-8"))
print(bytearray(b"\xc3\xa9").decode("utf-8"), bytearray(b"\xff").decode("latin-1"), bytearray(b"\xffa").decode("utf-8", "replace"))
print(s.hex(), bytearray(b"\x00\xff\x10").hex(":"), bytearray(b"abcde").hex("-", 2), bytearray(b"abcde").hex(b" ", -2), bytearray().hex())
print(str(s), repr(s), f"{s}", len(s), bool(bytearray()))
print(isinstance(s, bytearray), isinstance(s, bytes), isinstance(b"", bytearray), type(s).__name__, type(s) is bytearray)

# Errors.
checks = [
    lambda: bytearray("abc"),
    lambda: bytearray(b"x", "utf-8"),
    lambda: bytearray(-1),
    lambda: bytearray(1.5),
    lambda: bytearray([256]),
    lambda: bytearray([-1]),
    lambda: bytearray(["a"]),
    lambda: bytearray(b"ab")[5],
    lambda: bytearray(b"ab")["x"],
    lambda: bytearray(b"ab").__setitem__(0, 256),
    lambda: bytearray(b"ab").__setitem__(0, b"x"),
    lambda: bytearray(b"ab").__setitem__(5, 1),
    lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5),
    lambda: bytearray(b"ab").__setitem__(slice(0, 1), "x"),
    lambda: bytearray(b"ab").__setitem__(slice(0, 1), [300]),
    lambda: bytearray(b"abcd").__setitem__(slice(0, 4, 2), b"xyz"),
    lambda: bytearray(b"a").__delitem__(3),
    lambda: bytearray().pop(),
    lambda: bytearray(b"a").pop(5),
    lambda: bytearray(b"a").remove(9),
    lambda: bytearray(b"a").remove(300),
    lambda: bytearray().insert(0, 256),
    lambda: bytearray().append(256),
    lambda: bytearray().append("a"),
    lambda: bytearray().extend(5),
    lambda: bytearray().extend("ab"),
    lambda: bytearray().extend([1, 300]),
    lambda: bytearray(b"a").find(256),
    lambda: bytearray(b"a").find("a"),
    lambda: bytearray(b"a").index(b"z"),
    lambda: bytearray(b"a").index(b"a", 1),
    lambda: bytearray(b"a").startswith("a"),
    lambda: bytearray(b"a").endswith((b"x", "y")),
    lambda: "a" in bytearray(b"a"),
    lambda: 256 in bytearray(b"a"),
    lambda: bytearray(b"a") + "x",
    lambda: bytearray(b"a") * "x",
    lambda: bytearray(b"a") < "a",
    lambda: hash(bytearray()),
    lambda: {bytearray(): 1},
    lambda: bytearray(b"\xff").decode(),
    lambda: bytearray(b"ab").hex("::"),
]
for check in checks:
    try:
        print("ok", check())
    except Exception as e:
        print(type(e).__name__, e)


def grow():
    buf = bytearray(b"ab")
    seen = []
    for x in buf:
        seen.append(x)
        if len(buf) < 4:
            buf.append(x + 2)
    return seen


print(grow())
