# int.bit_count(), int.bit_length() and int.as_integer_ratio() for small,
# boundary and arbitrary-precision ints, negatives and bools.
for n in (0, 1, -1, 255, -255, 2**63 - 1, -(2**63), 2**63, 2**100, -(2**100), 2**100 - 1, True, False):
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio())
print(type(True.as_integer_ratio()[0]).__name__, type(True.bit_length()).__name__)
try:
    (5).bit_count(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).as_integer_ratio(1)
except TypeError as e:
    print(type(e).__name__, e)
