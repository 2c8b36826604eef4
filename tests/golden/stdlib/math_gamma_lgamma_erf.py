# math.gamma and math.lgamma follow CPython's own Lanczos approximation bit for bit (not the C
# library's), erf and erfc the C library's; their errors at poles, -inf and on overflow.
import math

points = [0.5, 1.5, 2.5, 3.0, 4.7, 5.5, 5.6, 7.25, 10.1, 23.0, 24.0, 30.3, 99.9, 140.5, 171.6,
          -0.5, -1.5, -2.25, -7.75, -20.5, -150.5, -201.5, 1e-21, -1e-21, 1e-300]
for x in points:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))

for x in [-30.0, -5.5, -1.5, -0.3, 0.0, 1e-10, 0.2, 1.49, 1.5, 2.0, 3.3, 6.0, 27.0, 30.0, 40.0]:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))

for x in [float("inf"), float("nan"), 1, 5, True]:
    print(repr(math.gamma(x)), repr(math.lgamma(x)), repr(math.erf(x)), repr(math.erfc(x)))

print(repr(math.lgamma(float("-inf"))), repr(math.lgamma(1e300)), repr(math.gamma(-250.5)), repr(math.gamma(-251.5)))
print(sum(math.gamma(n / 7) for n in range(1, 500)))
print(sum(math.lgamma(n / 3 - 50) for n in range(1, 300) if n % 3))

for f, x in [(math.gamma, 0.0), (math.gamma, -0.0), (math.gamma, -3.0), (math.gamma, float("-inf")),
             (math.gamma, 171.7), (math.gamma, 1e-320), (math.lgamma, 1e308), (math.lgamma, 0.0), (math.lgamma, -4.0),
             (math.gamma, "x"), (math.erf, None), (math.lgamma, 2 ** 2000)]:
    try:
        print(f.__name__, repr(x)[:12], f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, repr(x)[:12], type(e).__name__, e)
