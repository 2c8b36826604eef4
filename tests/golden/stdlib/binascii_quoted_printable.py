# binascii's quoted-printable pair: escapes, soft line breaks at 76 characters, CRLF detection,
# trailing whitespace, header mode, and many generated inputs checked byte for byte.
import binascii


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


samples = [b"", b"hello", b"h\xe9llo = world\t\n.x", b".", b".\n", b"a.\n.\r\n", b"tab\t", b"space \n", b"x" * 80,
           b"y" * 75 + b"=" + b"z" * 10, b"line\r\nnext \r\nlast\t", b"\x00\x01\x7f\xff", b"a_b c", b"=\n" * 3,
           b"w" * 74 + b"\n" + b"v" * 76 + b" \n", b"cr\ronly\r"]
for raw in samples:
    print(raw[:20], binascii.b2a_qp(raw), binascii.b2a_qp(raw, quotetabs=True), binascii.b2a_qp(raw, istext=False),
          binascii.b2a_qp(raw, header=True), binascii.b2a_qp(raw, True, False, True))
for text in (b"h=E9llo =3D world=\n", b"soft=\r\nbreak", b"a=\rb\nc", b"==41", b"=4", b"=", b"=zz", b"=4g",
             b"a_b", "ascii=20str", b"tail=", b"=0a=0D"):
    print(text, binascii.a2b_qp(text), binascii.a2b_qp(text, header=True), binascii.a2b_qp(data=text, header=0))

state = 12345
results = []
for case in range(300):
    n = case % 97
    raw = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2**31
        raw.append(b" \t\r\n.=_aZ\x00\xff"[state % 11] if state % 3 else (state >> 8) % 256)
    raw = bytes(raw)
    flags = (case % 2 == 1, case % 3 != 1, case % 5 == 2)
    enc = binascii.b2a_qp(raw, *flags)
    results.append((enc, binascii.a2b_qp(enc, header=flags[2])))
print(len(results), sum(len(e) for e, _ in results), sum(len(d) for _, d in results))
for enc, dec in results[::23]:
    print(enc, dec)
print(all(binascii.a2b_qp(binascii.b2a_qp(bytes(range(256)) * 2, *f)) == bytes(range(256)) * 2
          for f in ((False, True, False), (True, False, False))))

show(lambda: binascii.b2a_qp("text"))
show(lambda: binascii.b2a_qp())
show(lambda: binascii.b2a_qp(b"", 1, 2, 3, 4))
show(lambda: binascii.b2a_qp(b"", quotetabs=[]))
show(lambda: binascii.b2a_qp(b"", bogus=1))
show(lambda: binascii.a2b_qp("\xe9"))
show(lambda: binascii.a2b_qp(5))
show(lambda: binascii.a2b_qp())
binascii.a2b_qp(b"", header=None)
