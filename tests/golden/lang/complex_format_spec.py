# format() of complex numbers: no type is str()'s form ('g' digits with a
# precision), e/f/g/n per part with the imaginary part always signed,
# alignment, grouping, '#', 'z', and CPython's errors.
values = [1 + 2j, 1.5j, -0.0 + 0j, 1e6 + 2.5e-7j, complex(float("inf"), float("nan")), -1.25 - 1e20j, 12345.678 + 0j]
specs = ["", "#", "+", " ", "_", ",.2f", "#.3g", ".0", ".0f", "e", "G", "n", "10", "<15", "^16.2", "x^15.1e", "-",
         "z", "+g", " .1f", "#e", "#.0f", "20,", "E", "F", ".3", "_.1f", "\u2192^30"]
for z in values:
    for spec in specs:
        print(repr(z), repr(spec), repr(format(z, spec)))
for spec in ["%", "d", "0", "010", "0<5", "=10", "+=10", "s", ".2%", "x<", ",d", "10.3.1"]:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{1+2j!r:>12}|{3j:^9}|{-1j:+}|{2-3j:.1f}|{1e20j:,.0f}")
print("{:.2f} {!s} {:>8}".format(1 + 1j, 2j, 3j))
