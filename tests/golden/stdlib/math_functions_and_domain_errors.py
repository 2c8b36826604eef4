# math: the functions beyond the basics, with CPython's results (glibc's libm, as CPython's)
# and its domain and range errors.
import math

print(math.acosh(2), math.asinh(1), math.atanh(0.5), math.cbrt(27), math.cbrt(-8), math.exp2(0.5))
print(math.expm1(1e-5), math.log1p(1e-5), math.degrees(math.pi / 3), math.radians(45))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(3, math.inf), math.remainder(7, 2), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-0.1), math.ldexp(0.5, 4), math.ldexp(1.0, -1080))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.comb(10 ** 20, 3))
print(math.perm(5), math.perm(5, 2), math.perm(4, 9), math.perm(30, 10), math.perm(True, False))
print(math.lcm(4, 6), math.lcm(4, 6, 0), math.lcm(), math.lcm(-3, 5), math.lcm(2 ** 70, 3))
print(math.dist((0, 0), (3, 4)), math.dist([1.5], [-1.5]), math.dist((), ()))
for bad in (lambda: math.comb(5, -1), lambda: math.comb(-1, 2), lambda: math.comb(1.5, 1), lambda: math.perm(5, -1),
            lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 5000), lambda: math.fmod(1, 0),
            lambda: math.remainder(1, 0), lambda: math.atanh(1), lambda: math.acosh(0), lambda: math.log1p(-1),
            lambda: math.log1p(-2), lambda: math.expm1(1000), lambda: math.exp2(2000), lambda: math.dist([1], [1, 2]),
            lambda: math.lcm(1.5), lambda: math.fmod(math.inf, 1), lambda: math.perm(-5)):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as exc:
        print(type(exc).__name__, exc)
math.comb(3)
