# A length-prefixed frame parser over memoryview: slices share the buffer,
# items are ints, bytes() copies, and views of a bytearray write through.
import asyncio


def frames(data):
    view = memoryview(data)
    out = []
    while len(view) >= 2:
        size = int.from_bytes(view[:2], "big")
        if len(view) < 2 + size:
            break
        out.append(bytes(view[2:2 + size]))
        view = view[2 + size:]
    return out, view.tobytes()


async def reader(chunks):
    buf = bytearray()
    for chunk in chunks:
        buf += chunk
        got, rest = frames(buf)
        print("chunk", chunk, "->", got, "rest", rest)
        buf = bytearray(rest)
        await asyncio.sleep(0)


async def main():
    await reader([b"\x00\x03ab", b"c\x00\x01z\x00", b"\x02hi"])

    m = memoryview(b"\x00\x01hello\xff")
    print(len(m), m[0], m[2], m[-1], m[-8])
    print(m[2:7].tobytes(), m[::2].tobytes(), m[::-1].tolist(), m[5:2].tobytes())
    print(m[1:-1][::3].tobytes(), m[::2].strides, m[::-2].shape, m[::2].nbytes, len(m[::3]))
    print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
    print(m.contiguous, m[::2].c_contiguous, m[5:2].contiguous, m[::7].f_contiguous)
    print(m.obj, m[3:].obj is m.obj, memoryview(m).obj is m.obj, memoryview(m[2:4]).tobytes())
    print(m.hex(), m.hex(":"), m.hex(":", 2), m.hex("-", -3), m[::2].hex(sep=b"|"))
    print(bytes(m[::2]), bytearray(m[2:4]), b"-".join([m[2:4], b"x", bytearray(b"y")]))
    print(104 in m, b"h" in m, m[2:4] in b"\x01hel", memoryview(b"he") in bytearray(b"hello"))
    print(int.from_bytes(m[:2], "big"), int.from_bytes(m[::2], "little"), int.from_bytes(m[-1:], "big", signed=True))
    print(b"xy" + m[2:4], bytearray(b"<") + m[2:3], b"hello".find(m[3:5]), b"\x01h".startswith(m[1:2]))
    print(str(m[2:7], "ascii"), m[2:7].tobytes().decode(), list(m[:3]), bool(m), bool(m[:0]))
    print(m == b"\x00\x01hello\xff", m[2:4] == bytearray(b"he"), m[2:4] == m[2:4], m[:2] != m[2:4])
    print(m == "x", m == [0, 1], b"he" == m[2:4], bytearray(b"he") == m[2:4], m[2:3] == memoryview(b"h").cast("c"))
    print(hash(m) == hash(b"\x00\x01hello\xff"), hash(m[::2]) == hash(b"\x00hlo"), m.toreadonly().readonly)
    print(type(m).__name__, type(iter(m)).__name__, m[True], m[(1,)])

    ba = bytearray(b"0123456789")
    w = memoryview(ba)
    print(w.readonly, w.obj is ba)
    w[1] = 65
    w[-1] = 66
    w[2:4] = b"xy"
    w[::3] = b"abcd"
    print(ba)
    w[4:6] = bytearray(b"QQ")
    w[1:3] = w[3:5]
    w[7:9] = memoryview(b"!?")
    print(ba, w.tolist()[:3])
    ba[0] = 0x2A
    print(w[0], w[:1].tobytes())

    c = m[2:7].cast("c")
    print(c.format, c.itemsize, c.tolist(), c[0], c == m[2:7], c == c)
    s = memoryview(b"\xff\x80\x01").cast("b")
    print(s.tolist(), s[0], s == memoryview(b"\xff\x80\x01"), s.format)
    h = memoryview(bytes(range(8))).cast("H")
    print(h.format, h.itemsize, h.nbytes, len(h), h.shape, h.strides, h.tolist(), h[::2].tolist())
    print(h.cast("B").tolist(), memoryview(bytes(range(8))).cast("@I").format, memoryview(bytes(range(8))).cast("Q").tolist())
    d = memoryview(bytearray(16)).cast("d")
    d[0] = 1.5
    d[1] = 7
    print(d.tolist(), memoryview(bytearray(8)).cast("f").tolist(), memoryview(b"\x00\x02").cast("?").tolist())
    print(memoryview(b"abcd").cast("B", (4,)).tolist(), memoryview(b"abcd").cast("c", [4]).tolist())
    wh = memoryview(bytearray(4)).cast("h")
    wh[0] = -2
    wh[1] = 300
    print(wh.tolist(), wh.obj)

    with memoryview(b"abc") as v:
        print(v[1], v.tobytes())
    print(repr(v).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
    print(v.release(), v == v, v == m)
    k = memoryview(b"key")
    hk = hash(k)
    k.release()
    print(hash(k) == hk)


asyncio.run(main())
