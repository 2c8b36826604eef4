# "\N{NAME}" escapes resolve character names (any case), correction aliases and algorithmic
# names, also in f-strings, where the name's braces are not a replacement field.
dash = "\N{EM DASH}"
x = 3
print(len(dash), ord(dash), ord("\N{less-than sign}"), ord("\N{LATIN CAPITAL LETTER GHA}"))
print(hex(ord("\N{CJK UNIFIED IDEOGRAPH-8000}")), hex(ord("\N{HANGUL SYLLABLE GAG}")))
print(f"{x}\N{LEFT CURLY BRACKET}{x + 1}\N{RIGHT CURLY BRACKET}", b"\N{SPACE}")
