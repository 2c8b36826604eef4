# bytes * int and int * bytes repeat the bytes; a count below one gives b"".
print(b"ab" * 3, 2 * b"x", b"" * 5, b"ab" * -1, b"ab" * 0, b"q" * 1, b"-" * True)
try:
    b"ab" * 1.5
except TypeError as e:
    print("TypeError:", e)
