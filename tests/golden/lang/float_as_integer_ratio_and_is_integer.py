# float.as_integer_ratio() (lowest terms, exact for subnormals and huge
# values; ValueError for nan, OverflowError for infinities) and
# float.is_integer(), with CPython's arity errors.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -2.5, 0.1, 0.75, 1 / 3, 3.0, 1e22, 1e308, 5e-324, 2.0**-1022, 2.0**52 + 0.5,
          2.0**53, -(2.0**63), float("inf"), float("-inf"), float("nan")]:
    attempt("ratio " + repr(x), lambda: x.as_integer_ratio())
    attempt("is_integer " + repr(x), lambda: x.is_integer())
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d == 2**55)
attempt("ratio args", lambda: (1.0).as_integer_ratio(1))
attempt("is_integer args", lambda: (1.0).is_integer(1))
attempt("conjugate args", lambda: (1.0).conjugate(1))
attempt("format no args", lambda: (1.0).__format__())
