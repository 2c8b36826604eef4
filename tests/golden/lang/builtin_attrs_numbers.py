# The numeric tower's attributes of int, bool and float: real, imag, numerator, denominator,
# conjugate, from_bytes/to_bytes, as_integer_ratio, hex/fromhex and the __trunc__ family.
print((7).real, (7).imag, (7).numerator, (7).denominator, (-7).conjugate(), (2**70).real)
print(True.real, True.imag, False.numerator, True.denominator, True.conjugate())
print((1.5).real, (1.5).imag, (-2.5).conjugate(), int.real, float.imag)
print((10).bit_length(), (255).bit_count(), (6).as_integer_ratio(), (0.75).as_integer_ratio())
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"), (1).from_bytes(b"\x02", byteorder="little"))
print(int.from_bytes(b"\x00\x80", "big", signed=True), int.from_bytes(bytes(20) + b"\x01", "big"))
print((258).to_bytes(2, "big"), (255).to_bytes(), (-1).to_bytes(2, "little", signed=True))
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (0.0).hex(), (5e-324).hex(), float("inf").hex(), (1e308).hex())
print(float.fromhex("0x1.8p+0"), float.fromhex(" -0x1p-1074 "), float.fromhex("inf"), float.fromhex("1"))
print(float.fromhex("0x.8"), float.fromhex("-Infinity"), float.fromhex("nan"), float.fromhex("10"), float.fromhex("0X1P4"))
print(float.fromhex((3.14159).hex()) == 3.14159, (1.5).fromhex("0x2p0"))
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (17).__round__(), (17).__round__(-1), True.__round__())
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.5).__floor__(), (2.1).__ceil__(), (2.5).__round__(), (1.25).__round__(1))
print((5).__getnewargs__(), (1.5).__getnewargs__(), (1.0).is_integer(), (1.5).is_integer())


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: int.from_bytes())
show(lambda: int.from_bytes("x", "big"))
show(lambda: int.from_bytes(b"x", "mid"))
show(lambda: int.from_bytes(b"x", 1))
show(lambda: int.from_bytes(b"x", "big", True))
show(lambda: (1.5).hex(1))
show(lambda: float.fromhex(1))
show(lambda: float.fromhex())
show(lambda: float.fromhex("zz"))
show(lambda: float.fromhex("0x1p"))
show(lambda: float.fromhex("0x1.fffffffffffff8p1023"))
show(lambda: (1).__round__(1, 2))
show(lambda: (1).as_integer_ratio(1))
show(lambda: float("nan").__trunc__())
show(lambda: float("inf").__floor__())
