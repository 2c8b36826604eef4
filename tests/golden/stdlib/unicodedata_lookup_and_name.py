# unicodedata.lookup and unicodedata.name (what re's \N{...} escapes use), with their errors.
import unicodedata

for name in ["LATIN SMALL LETTER A", "GREEK CAPITAL LETTER OMEGA", "snowman", "EM DASH", "LATIN CAPITAL LETTER GHA"]:
    ch = unicodedata.lookup(name)
    print(name, "->", ascii(ch), unicodedata.name(ch))
print(unicodedata.name("\x00", "no name"), unicodedata.unidata_version)
for bad in ["NO SUCH CHARACTER", ""]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print("KeyError:", e)
for bad in ["ab", 7]:
    try:
        unicodedata.name(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    unicodedata.name("\x01")
except ValueError as e:
    print("ValueError:", e)
