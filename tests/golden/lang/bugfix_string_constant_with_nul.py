# String and bytes constants keep embedded NUL characters.
s = "a\x00b"
print(len(s), repr(s), repr("\x00\n"), s.split("\x00"))
print(repr("\0"), len("\0\0\0"), "x\x00y" == "x" + chr(0) + "y")
b = b"a\x00b"
print(len(b), b)
print(f"{'q'}\x00{'r'}".encode(), len(f"\x00{1}"))
