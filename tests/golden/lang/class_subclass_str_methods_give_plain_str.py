# A user subclass of str: str's methods and operators see the text and give plain strs; a
# subclass's instance equal to a key finds it; user __str__/__repr__/__eq__/__hash__ override.
class Name(str):
    pass


s = Name("abc")
print(s, repr(s), type(s).__name__, len(s), s[0], s[1:], s[-1], s[::-1], "b" in s, s in "xabcx", list(s))
print(isinstance(s, str), issubclass(Name, str), [c.__name__ for c in Name.__mro__])
u = s.upper()
print(u, type(u) is str, type(s[1:]) is str, type(s[0]) is str, type(str(s)) is str, type(s.strip()) is str)
print(s + "x", "x" + s, type(s + "x") is str, type("x" + s) is str, s * 2, type(s * 1) is str, type(Name("") + "") is str)
print(",".join([Name("a"), Name("b")]), Name("-").join("xy"), str(s), s.startswith("a"), s.split("b"), s.find("c"))
print(str.upper(s), s.replace("b", "B"), s.encode(), s.center(7, "*"), s.zfill(2), type(s.zfill(2)) is str)
print(s.title(), s.isalpha(), s.count("a"), s.partition("b"), "%s|%r|%5s" % (s, s, s), f"{s}|{s!r}|{s:>5}|{s:^7}")
d = {"a": 1}
k = Name("a")
print(d[k], k in d, {k: 2}["a"], hash(k) == hash("a"), k == "a", "a" == k, k < "b", sorted([Name("b"), "a", Name("c")]))
print(int(Name("42")), float(Name("1.5")), int(Name("ff"), 16), str.__new__(Name, 12), type(str.__new__(Name, 12)).__name__)
print(Name(b"hi", "ascii"), repr(Name()), Name(3.5), str.__len__(s), str.__getitem__(s, 1), str.__add__(s, "!"))
s.note = "kept"
print(s.note, vars(s))


class Tag(str):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return f"Tag({str.__repr__(self)}, {self.label})"

    def __str__(self):
        return "<" + super().__str__() + ">"

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)

    def __hash__(self):
        return hash(self.lower())

    def __add__(self, other):
        return Tag(super().__add__(other), self.label)


t = Tag("Hi", 7)
print(t, repr(t), f"{t}", str(t), "%s" % t, [t], t == "hi", t != "HI", t + "!", repr(t + "!"), t.label, len(t))
print({t: 1}["hi"], "hi" in {t: 1}, format(t, "^6"), t.upper(), t[0], type(t.upper()) is str)
