# re.error for invalid patterns: CPython's messages, positions, lines and columns; and the
# TypeErrors of mixing str and bytes.
import re

bad = ["[a", "a**", "*a", "(a", "a)", r"\1", "(?P<1>a)", "a{3,2}", "(?<=a+)b", r"\N{NOPE}",
       "(?P=missing)", "x(?", "[b-a]", "(?P<n>a)(?P<n>b)", r"\p", "a{1", "(?z)", "(?i"]
for pattern in bad:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e, "| pos:", e.pos, "msg:", e.msg)
try:
    re.compile("ab\n(cd\n")
except re.error as e:
    print(e, e.lineno, e.colno)
for pattern, text in [("a", b"a"), (b"a", "a")]:
    try:
        re.match(pattern, text)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError:", e)
print(re.escape("1.5*[x]+?"), re.purge())
