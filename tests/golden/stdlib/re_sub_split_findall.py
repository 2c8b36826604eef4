# re.sub and subn with templates, backreferences and functions; split with groups and
# maxsplit; findall and finditer, including empty matches.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@home and eve@work"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22c333"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "|", "abc"))
print(re.subn(r"o", "0", "foo boo", count=3), re.subn(r"z", "!", "abc"))
print(re.sub(r"a", r"\n", "banana"), re.sub(r"(a)", r"\\1", "ab"))
print(re.sub(r"\s+", " ", "  lots   of\tspace \n here  ").strip())
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(a)|b", "xaybz"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"))
print(re.split(r"[:;]", "k:v;k2:v2", 2))
print(re.findall(r"\d+", "10 apples, 3 pears, 250 grapes"))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"), re.findall(r"(\w)(\d)?", "a1b c2"))
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"))
print([(m.start(), m.group()) for m in re.finditer(r"\b\w", "the quick brown fox")])
print(type(re.finditer("a", "a")).__name__)
print(re.sub(b"(a+)", b"[\\1]", b"caaandy"), re.findall(rb"\d", b"a1b2"), re.split(b",", b"x,y"))
try:
    re.sub(r"a", lambda m: 1, "xa")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
