# string.Formatter's parsers (the native _string): parse's tuples, get_field's accessors, and
# their ValueErrors and TypeErrors, raised while iterating as CPython's are.
import string
import _string

f = string.Formatter()
print(list(f.parse("")), list(f.parse("plain")), list(f.parse("{}")), list(f.parse("{x!r}")))
print(list(f.parse("{a[x:y]}{b!s:{w}.{p}}z")), list(f.parse("}}{{")))
first, rest = _string.formatter_field_name_split("obj.attr[3][key].x")
print(first, list(rest), _string.formatter_field_name_split("12")[0] + 1)
print(f.format("{0.imag}{1[0]}{k[a]}", 3, "xy", k={"a": "!"}))
for text in ["{", "x}", "{0:{", "{0!}", "{0!r x}", "{a{b}", "{0!"]:
    try:
        print(list(f.parse(text)))
    except ValueError as e:
        print(type(e).__name__, e)
for name in ["a.", "a[", "a[]", "a]b", "a.b[c]d"]:
    try:
        print(list(_string.formatter_field_name_split(name)[1]))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print(type(e).__name__, e)
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("")[1]).__name__)
