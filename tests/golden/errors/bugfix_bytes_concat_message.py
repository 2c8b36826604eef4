# bytes + non-bytes fails in the buffer protocol, whose message differs from the sequence one.
for other in ("b", 1, [1], None):
    try:
        b"a" + other
    except TypeError as e:
        print(e)
try:
    [1] + "x"
except TypeError as e:
    print(e)
