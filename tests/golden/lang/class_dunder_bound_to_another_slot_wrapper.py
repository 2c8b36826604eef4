# A builtin's slot wrapper stored under another dunder (`__str__ = int.__repr__`, as enum's
# ReprEnum does for IntEnum) is that builtin behaviour on the instance's own value.
class Number(int):
    def __repr__(self):
        return f"Number({int(self)})"

    __str__ = int.__repr__


class Late(int):
    def __repr__(self):
        return "Late!"


Late.__str__ = int.__repr__
Late.__format__ = int.__format__


class Text(str):
    def __repr__(self):
        return "Text!"

    __str__ = str.__str__


class Ratio(float):
    def __repr__(self):
        return "Ratio!"

    __str__ = float.__repr__


n = Number(7)
print(str(n), repr(n), f"{n}", format(n, ""), format(n, "03d"), "%s" % n, [n])
print(str(Late(3)), f"{Late(4)}", repr(Late(5)))
print(str(Text("t")), repr(Text("t")), f"{Text('u')}", str(Ratio(0.5)), repr(Ratio(0.5)))
