# re: numbered and named groups, optional groups, group()/groups()/groupdict(), spans,
# lastindex/lastgroup, subscription and the Match and Pattern reprs.
import re

m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)(:(?P<port>\d+))?", "alice@example.com rest")
print(m)
print(m.group(), m.group(1), m.group("host"), m.group(1, "host", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(default="?"))
print(m.span(), m.span("host"), m.start(3), m.end(4), m["user"], m[2])
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, repr(m.string))
m = re.search(r"(a)|(b)", "xb")
print(m, m.groups(), m.lastindex, m.lastgroup)
p = re.compile(r"(?P<key>[a-z]+)=(?P<value>\d+)")
print(p, p.groups, p.groupindex, p.pattern)
print(p.match("count=12"), p.match("x count=12", 2), p.search("a=1 b=2", 3, 6))
print(p.fullmatch("n=5"), p.fullmatch("n=5!"))
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a*)*", "b").groups())
print(re.match(r"(?:(\d)|x)+", "1x").groups(), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' text"))
print(re.match("x" * 60, "x" * 60))
print(re.compile("y" * 250))
m = p.match("total=99")
print(m.expand(r"\g<value> for \1"), m.expand(r"[\g<0>]"))
for bad in [5, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
