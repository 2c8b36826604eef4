# bytes and bytearray %-formatting (PEP 461): %s/%b take bytes-like objects or __bytes__,
# %r/%a give ascii(), %c an int in range(256) or one byte, numbers as str's, mappings with
# bytes keys, and CPython's errors (not b"%z": 3.11.2 and 3.11.7 word it differently).
print(b"%d-%s-%x-%5.2f-%r-%c-%a" % (5, b"ab", 255, 3.14159, "q", 65, "\xe9"))
print(bytearray(b"%03d") % 7, b"%(k)s|%(n)05.1f" % {b"k": b"v", b"n": 2.25})
print(b"%-6s|%6s|%.2s|%b" % (b"ab", bytearray(b"cd"), b"xyz", memoryview(b"mv")))
print(b"%c%c" % (b"A", 66), b"%%" % (), b"%i %u %o %X %#x %+d % d" % (1, 2, 8, 255, 255, 3, 4))


class Packet:
    def __bytes__(self):
        return b"\x01\x02"


print(b"[%s]" % Packet(), b"%r" % b"raw", b"%a" % [1, "\u20ac"])
for fmt, args in [(b"%s", "text"), (b"%c", 256), (b"%c", "x"), (b"%d", b"1"), (b"%d %d", 1),
                  (b"%s", (1, 2)), (b"%(k)s", 1), (b"%s %s", (b"a", b"b", b"c"))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
