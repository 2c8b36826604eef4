# Every code point up to U+1FFFF and the tag block U+E0000..U+E0FFF (no
# code point elsewhere has a case or a case property in Unicode 14.0) through
# upper, lower, title, casefold, the Cased and Case_Ignorable properties as
# lower() and title() reveal them, isupper/islower/istitle, isidentifier and
# isprintable. Mappings print where they change the code point; properties
# print as ranges. Guards the Unicode 14.0 data CPython 3.11 uses against a
# newer ICU (which made U+10FC, U+A7F2..U+A7F4 and U+AB69 lowercase).
code_points = [cp for cp in list(range(0x20000)) + list(range(0xE0000, 0xE1000)) if not 0xD800 <= cp <= 0xDFFF]
names = ["upper", "lower", "title", "casefold"]
for cp in code_points:
    s = chr(cp)
    mapped = [s.upper(), s.lower(), s.title(), s.casefold()]
    changed = [names[k] + "=" + ascii(m) for k, m in enumerate(mapped) if m != s]
    if changed:
        print(hex(cp), " ".join(changed))

tests = {
    "cased": lambda s: (s + "a").title()[-1] == "a",
    "case_ignorable": lambda s: ("A" + s + "\u03a3").lower()[-1] == "\u03c2" and ("1" + s + "\u03a3").lower()[-1] != "\u03c2",
    "isupper": lambda s: s.isupper(),
    "islower": lambda s: s.islower(),
    "istitle": lambda s: s.istitle(),
    "isupper_pair": lambda s: (s + "A").isupper(),
    "istitle_pair": lambda s: ("A" + s).istitle(),
    "isidentifier": lambda s: s.isidentifier(),
    "isidentifier_after": lambda s: ("a" + s).isidentifier(),
    "isprintable": lambda s: s.isprintable(),
}
for name, test in tests.items():
    runs = []
    start = prev = None
    for cp in code_points:
        if test(chr(cp)):
            if start is None or cp != prev + 1:
                if start is not None:
                    runs.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        runs.append((start, prev))
    print(name, len(runs), " ".join("%x" % a if a == b else "%x-%x" % (a, b) for a, b in runs))
