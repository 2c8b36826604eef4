# Subclassing set and frozenset: set.__init__ fills a set subclass (so an __init__ that skips it
# leaves it empty), frozenset.__new__ fills a frozenset subclass; reprs name the subclass;
# operators accept subclasses and give plain sets.
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags(["b", "a"])
t.add_all("c")
print(sorted(t), repr(Tags()), len(t), "a" in t, isinstance(t, set), type(t).__name__)
print(sorted(t | {"z"}), type(t | {"z"}).__name__, sorted({"q"} | t), t == {"a", "b", "c"})
t2 = Tags([1])
t2 |= {2}
print(type(t2).__name__, sorted(t2), t2 <= {1, 2, 3})


class Empty(set):
    def __init__(self, items):
        self.note = "skipped set.__init__"


e = Empty([1, 2, 3])
print(len(e), e.note)


class Filled(set):
    def __init__(self, items):
        super().__init__(x * 10 for x in items)


print(sorted(Filled([1, 2])), repr(Filled([5])))


class Frozen(frozenset):
    def total(self):
        return sum(self)


f = Frozen([1, 2, 3])
print(repr(f), f.total(), hash(f) == hash(frozenset([1, 2, 3])), {f: "ok"}[frozenset([1, 2, 3])])
print(repr(Frozen()), type(f & {1, 9}).__name__, sorted(f & {1, 9}))
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
