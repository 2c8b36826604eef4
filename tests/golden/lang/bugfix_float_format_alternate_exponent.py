# format(x, '#') of a float in repr form puts the point before the exponent
# ('1.e+16', not '1e+16.'), and leaves inf and nan alone.
for x in [1e16, 1e-5, 1.5e300, 2.0, 0.5, -1e22, float("inf"), float("nan")]:
    print(repr(format(x, "#")), repr(format(x, "#>12")), repr(format(complex(x, x), "#")))
