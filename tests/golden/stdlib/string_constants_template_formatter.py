# string: the constants, Template (substitute, safe_substitute, its errors, subclasses with
# their own delimiter and pattern), Formatter and capwords.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"), string.capwords(" x y "))

t = string.Template("$who likes ${what} for $$10")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="tim"), t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="tim")
except KeyError as e:
    print(type(e).__name__, e)
for bad in ["$", "a $ b", "${oops"]:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print(type(e).__name__, e)
print(string.Template("${oops").safe_substitute(), string.Template("bad $").is_valid())


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Percent("%name costs %%5 %price").substitute(name="pen", price="2"))


class Braces(string.Template):
    braceidpattern = r"[A-Z_]+"


print(Braces("${NAME} and $lower").safe_substitute(NAME="up", lower="low"))

f = string.Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3), f.format("{a.real} {b[1]} {c!r}", a=3, b="xy", c="q"))
print(f.vformat("{x:{w}}|", (), {"x": 5, "w": 3}), list(f.parse("a{0}b{x!s:>3}c{{d}}")))
print(f.format("{0[k]}", {"k": "v"}), f.get_field("0.real", (5,), {}))
print(f.format("{}{}", "p", "q"), f.format("{!a}", "é"))
for bad in ["{0", "{} {1}", "{x}", "{0!z}", "}"]:
    try:
        print(f.format(bad, "only"))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} {name} {missing}", "abc", name="def"))
