# str's case methods with Unicode's full case mappings (SpecialCasing.txt,
# CaseFolding.txt): one code point becoming several ("ß".upper() == "SS"),
# the titlecase digraphs, "İ".lower(), Greek final sigma in lower(), title()
# and capitalize(), and isupper/islower/istitle around titlecase letters.
samples = ["ß", "ﬁ", "ﬃx", "İ", "İstanbul", "ı", "ΐ", "ŉ", "ǰ", "ᾳ", "ᾼ", "Ǆ", "ǅ", "ǆ", "ǆemal ǅ",
           "Straße", "ﬁx ßtraße", "hello World", "K", "Å", "µ", "ÿ", "Ꭰ", "ꭰ", "\u13f8", "\U00010400",
           "\U00010428", "\U0001e900", "Ⅻ", "ⓐ", "\u0345", "ǅA", "Aǅ", "ǅa", "", "x", "123", "a1B2"]
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()),
          ascii(s.swapcase()), ascii(s.casefold()), s.isupper(), s.islower(), s.istitle())

# Final sigma: U+03A3 lowers to U+03C2 after a cased letter (case-ignorable
# ones skipped) when no cased letter follows.
for s in ["ΌΣΟΣ", "ΣΑΣ Σ", "ὈΔΥΣΣΕΎΣ", "Σ", "aΣ", "Σa", "a.Σ", "aΣ.", "aΣ'b", "a\u0345Σ", "1Σ", "aΣ\u0301",
          "aΣ\u0301b", "ΑΣ-ΑΣ", "ΣΣ"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()),
          ascii(s.casefold()))
print("ß".upper() == "SS", "ﬁ".upper() == "FI", "İ".lower() == "i\u0307", len("ΐ".upper()))
print("ΣΑΣ".lower() == "σας", "STRASSE".casefold() == "straße".casefold())
try:
    "a".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
