# re's module functions in common use, the RegexFlag enum (its reprs and combinations), escape,
# the template cache behind sub's replacement strings, and re.error's attributes.
import re

print(re.I, repr(re.I | re.M), re.I | re.S | re.X, re.NOFLAG, repr(re.A), int(re.VERBOSE))
print(type(re.I).__name__, re.I in (re.I | re.M), re.IGNORECASE is re.I, ~re.I & re.I)
print(re.compile("a", re.I | re.M).flags & re.M == re.M, re.compile("(?s)a").flags)
print(re.match(r"\d+", "42abc"), re.match(r"\d+", "abc42"), re.search(r"\d+", "abc42"))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
print(re.findall(r"[aeiou]", "Programming in Python", re.IGNORECASE))
print([m.span() for m in re.finditer(r"(\w)\1", "aabbcdd")], [m.group(1) for m in re.finditer(r"(\w)\1", "xxyz")])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: "#" * int(m[0]), "a1b3"))
print(re.sub(r"(?P<word>\b\w)", lambda m: m["word"].upper(), "make me title"), re.subn(r"\s", "", " a b c "))
print(re.split(r"\s+", " leading and trailing "), re.split(r"[,;]", "a,b;c", maxsplit=1))
print(re.escape("a.b*c?d"), re.escape("path/to\\file [1]"), re.escape("tab\there"), re.escape(b"x.y"))
p = re.compile(r"(?P<first>\w+)\s(?P<last>\w+)")
m = p.search("Name: Jane Doe.")
print(m.group("first", "last"), m.groupdict(), m.span("last"), m.start(), m.end(), m.lastgroup)
print(p.sub(r"\g<last>, \g<first>", "Jane Doe and John Smith"), p.subn("X", "a b c d"))
print(p.split("x y z"), p.findall("aa bb cc dd"), isinstance(m, re.Match), isinstance(p, re.Pattern))
print(re.search(r"^b", "a\nb", re.MULTILINE), re.search(r"a.b", "a\nb", re.DOTALL), re.search(r"a.b", "a\nb"))
print(re.compile(r"""\d+  # digits
                     \.   # a dot
                     \d*  # maybe more digits""", re.VERBOSE).findall("3.14 and 2. and 7"))
print(re.findall(r"(?<=@)\w+", "me@host you@there"), re.sub(r"(?<!\d)(\d{2})(?!\d)", r"[\1]", "1 22 333"))
for pattern in ["(unclosed", "[z-a]", "a{,", "(?P<bad-name>x)", "\\"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(type(e).__name__, e, e.pos, repr(e.pattern))
try:
    re.sub("a", r"\g<nope>", "a")
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
try:
    re.compile("a", flags=re.ASCII | re.LOCALE)
except ValueError as e:
    print(type(e).__name__, e)
