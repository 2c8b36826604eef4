# Flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline), lookahead and lookbehind,
# greedy, lazy and possessive repeats, atomic groups, and Unicode classes.
import re

text = "First line\nsecond LINE\nthird line"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"line$", text, re.M | re.I), re.search(r"line.second", text, re.S | re.I))
print(re.findall(r"(?i)line", text), re.findall(r"(?im)^s\w+", text))
pattern = re.compile(r"""
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    -(?P<day>\d\d)    # day
""", re.X)
print(pattern.search("on 2024-03-15 at noon").groupdict())
print(re.findall(r"\w+", "naïve café"), re.findall(r"\w+", "naïve café", re.A))
print(re.findall(r"\d", "1٢3"), re.findall(r"(?a)\d", "1٢3"), re.findall(r"\s", "a\u2003b\tc"))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ΣΑΣ", "σας"), re.match(r"(?i)k", "\u212a"))
print(re.findall(r"\w+(?=!)", "hi! no yes!"), re.findall(r"\b\w+\b(?!\()", "f(x) + g"))
print(re.findall(r"(?<=\$)\d+", "$10 and 20 and $30"), re.findall(r"(?<!-)\b\d+", "-5 6 -7 8"))
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"(?:ab)*+c", "ababc"), re.match(r"(?>ab|a)c", "ac"))
print(re.compile(r"x", re.I | re.M | re.S), re.compile(r"x", re.A), re.compile(rb"x", re.L | re.I))
print(re.search(r"(a+)+b", "a" * 18 + "b").span())
