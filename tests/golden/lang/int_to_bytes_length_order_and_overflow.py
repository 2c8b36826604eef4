# int.to_bytes(length=1, byteorder='big', *, signed=False): defaults, both
# byte orders, two's complement at the edges of each length, and CPython's
# OverflowError/ValueError/TypeError for each bad argument, in its order.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("big", lambda: (1024).to_bytes(2, "big"))
attempt("little", lambda: (1024).to_bytes(2, "little"))
attempt("default order", lambda: (1024).to_bytes(2))
attempt("defaults", lambda: (5).to_bytes())
attempt("keywords", lambda: (1).to_bytes(length=3, byteorder="little"))
attempt("zero length zero", lambda: (0).to_bytes(0))
attempt("zero length one", lambda: (1).to_bytes(0))
attempt("zero length minus one", lambda: (-1).to_bytes(0, signed=True))
attempt("minus one", lambda: (-1).to_bytes(2, "big", signed=True))
attempt("minus one unsigned", lambda: (-1).to_bytes(2, "big"))
attempt("-128 signed", lambda: (-128).to_bytes(1, "big", signed=True))
attempt("-129 signed", lambda: (-129).to_bytes(1, "big", signed=True))
attempt("127 signed", lambda: (127).to_bytes(1, "big", signed=True))
attempt("128 signed", lambda: (128).to_bytes(1, "big", signed=True))
attempt("255 unsigned", lambda: (255).to_bytes(1, "big"))
attempt("256 unsigned", lambda: (256).to_bytes(1, "big"))
attempt("2**100 in 13", lambda: (2**100).to_bytes(13, "big"))
attempt("2**100 in 12", lambda: (2**100).to_bytes(12, "big"))
attempt("-2**100 little", lambda: (-(2**100)).to_bytes(13, "little", signed=True))
attempt("-2**103 in 13", lambda: (-(2**103)).to_bytes(13, "big", signed=True))
attempt("-2**103-1 in 13", lambda: (-(2**103) - 1).to_bytes(13, "big", signed=True))
attempt("2**63 in 8", lambda: (2**63).to_bytes(8, "little"))
attempt("2**63 in 8 signed", lambda: (2**63).to_bytes(8, "little", signed=True))
attempt("bool", lambda: True.to_bytes(1, "big"))
attempt("signed truthy", lambda: (-3).to_bytes(2, "big", signed=2))
attempt("bad order", lambda: (1).to_bytes(2, "middle"))
attempt("order case", lambda: (1).to_bytes(2, "Big"))
attempt("order type", lambda: (1).to_bytes(2, 3))
attempt("negative length", lambda: (1).to_bytes(-1))
attempt("order before length", lambda: (1).to_bytes(-1, "middle"))
attempt("length type", lambda: (1).to_bytes("x"))
attempt("huge length", lambda: (1).to_bytes(2**70))
attempt("three positional", lambda: (1).to_bytes(2, "big", True))
attempt("bad keyword", lambda: (1).to_bytes(length=1, x=5))
