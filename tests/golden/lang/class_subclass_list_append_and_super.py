# A list subclass: an overridden append reaching list's through super(), new methods, the
# list's repr, slices and concatenation giving plain lists, iteration, comparison, sorting.


class Doubling(list):
    def append(self, x):
        super().append(x * 2)

    def total(self):
        return sum(self)


d = Doubling([1, 2])
d.append(5)
d.extend([7])
d += [1]
print(d, d.total(), len(d), d[1:], type(d[1:]).__name__, isinstance(d, list), d == [1, 2, 10, 7, 1])
print(repr(d), d + [0], type(d + [0]).__name__, sorted(d), d * 2, type(d * 2).__name__)
print([x for x in d], 10 in d, d.index(7), d.count(1), type(d).__name__, type(d).__mro__)


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack()
s.push(1)
s.push(2)
s.name = "s"
print(s, s.peek(), s.name, s.__dict__)
print(s.pop(), s, bool(s), bool(Stack()), len(Stack("abc")))
s.sort(reverse=True)
s[0] = 9
del s[0]
print(s, Stack([3, 1, 2]) < [3, 2])


class Recorder(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100


r = Recorder((4, 5), "r")
print(r[0], len(r), r.tag, list(r), r)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
