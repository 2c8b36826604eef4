# The errors of subclassing int, float, str and bytes, with CPython's words: bool is final,
# __slots__ = () leaves no __dict__, and the builtin's own argument errors and __new__ checks.
try:
    class Flag(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


class Slim(int):
    __slots__ = ()


s = Slim(3)
print(s, hasattr(s, "__dict__"), s + 1)
try:
    s.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class Money(int):
    pass


class Ratio(float):
    pass


class Name(str):
    pass


class Blob(bytes):
    pass


for make in (lambda: Money("x"), lambda: Money("12", 1), lambda: Money(1.5, 10), lambda: Ratio("x"),
             lambda: Ratio(1, 2), lambda: Name(b"\xff", "ascii"), lambda: Name(1, "ascii"), lambda: Blob("x"),
             lambda: Blob(-1), lambda: float.__new__(int, 1), lambda: int.__new__(bool, 1), lambda: int.__new__(1),
             lambda: str.__new__(Money), lambda: Money(5) + "a", lambda: Name("a") + 1, lambda: Name("a") * 1.5,
             lambda: Blob(b"a") + "b", lambda: Money(1) / 0, lambda: [][Money(3)]):
    try:
        print(make())
    except (TypeError, ValueError, ZeroDivisionError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)


class Pair(int):
    def __init__(self, value, extra):
        self.extra = extra


try:
    Pair(1, 2)
except TypeError as e:
    print("TypeError:", e)

for base in (int, bytes, float, str):
    try:
        Slotted = type("Slotted", (base,), {"__slots__": ("a",)})
        print(base.__name__, "allows slots:", Slotted.__mro__[1].__name__)
    except TypeError as e:
        print("TypeError:", e)


class Strict(int):
    def __eq__(self, other):
        return False


try:
    hash(Strict(1))
except TypeError as e:
    print("TypeError:", e)
