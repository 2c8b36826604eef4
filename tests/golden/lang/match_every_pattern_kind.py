# match with every pattern kind: literal, capture, wildcard, value, group, sequence with *rest,
# mapping with **rest, class patterns by position (__match_args__) and keyword, or-patterns,
# `as`, guards; captures stay bound after a failed guard, as in CPython.
import asyncio
from dataclasses import dataclass
from collections.abc import Sequence


class Color:
    RED = "red"
    GREEN = "green"


@dataclass
class Point:
    x: int
    y: int


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithArgs:
    __match_args__ = ("first", "second")

    def __init__(self, first, second):
        self.first = first
        self.second = second


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


def describe(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True"
        case 0 | 0.5:
            return f"zero or a half: {subject!r}"
        case "hello":
            return "the greeting"
        case Color.RED:
            return "the color red"
        case (1 | 2 | 3) as small:
            return f"small int {small}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": str(name), **others}:
            return f"user {name} with {others}"
        case {"type": kind}:
            return f"mapping of type {kind}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal at {x}"
        case Point(x=px):
            return f"point with x {px}"
        case WithArgs(1, second=s):
            return f"WithArgs 1 and {s}"
        case WithArgs(f, s):
            return f"WithArgs {f}, {s}"
        case Plain(a=1 | 2, b=[*bs]):
            return f"Plain a={subject.a} bs={bs}"
        case _:
            return f"something else: {type(subject).__name__}"


subjects = [None, True, False, 0, 0.5, "hello", "red", 2, 500, 7, "long string", "ab", [], (9,), [1, 2, 3],
            (5, 6, 7, 8), range(4), MySeq(1, 2), "x", b"bytes",
            {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5}, {"type": 1}, {"other": 1},
            Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), WithArgs(1, 2), WithArgs(3, 4),
            Plain(2, [7, 8]), Plain(3, []), 1.5, {1, 2}]
for s in subjects:
    print(repr(s) if not isinstance(s, (Point, Plain, WithArgs, MySeq)) else type(s).__name__, "->", describe(s))

n = None
match 150:
    case int(n) if n < 100:
        print("not reached")
    case _:
        print("guard failed, n is still bound:", n)

for word in ["a", "stop", "b", "skip", "c"]:
    match word:
        case "stop":
            print("breaking")
            break
        case "skip":
            continue
        case other:
            print("word", other)


class NotTuple:
    __match_args__ = ["x"]


class BadItem:
    __match_args__ = (1,)


class Empty:
    pass


for cls, subject in [(NotTuple, NotTuple()), (BadItem, BadItem()), (Empty, Empty())]:
    try:
        match subject:
            case NotTuple(x) | BadItem(x) | Empty(x):
                print("matched", x)
    except TypeError as e:
        print("TypeError:", e)
try:
    match 1:
        case len(x):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match {"a": 1, "b": 2}:
        case {Color.RED: 1, "red": 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
match float("nan"):
    case x if x == x:
        print("never")
    case _:
        print("nan does not equal itself")


async def main():
    async def fetch(v):
        await asyncio.sleep(0)
        return v

    match await fetch({"status": 200, "body": [1, 2]}):
        case {"status": 200, "body": [*items]} if await fetch(len(items)) == 2:
            print("ok with", items)
        case _:
            print("no")


asyncio.run(main())
