# The shape IntEnum and StrEnum build on: a class deriving from int (or str) whose __new__
# sets _value_ and a name, with members as class attributes, compared and used as ints.
import asyncio


class Color(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj._name_ = name
        return obj

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    __format__ = int.__format__


Color.RED = Color(1, "RED")
Color.GREEN = Color(2, "GREEN")
print(Color.RED, repr(Color.GREEN), [Color.RED], f"{Color.RED}", f"{Color.GREEN:>3}", "%d|%s" % (Color.RED, Color.RED))
print(Color.RED == 1, Color.RED < Color.GREEN, Color.RED + Color.GREEN, Color.GREEN * 10, ["a", "b", "c"][Color.GREEN])
print(Color.RED._value_, Color.RED._name_, isinstance(Color.RED, int), int(Color.GREEN), hash(Color.RED) == hash(1))
print({1: "one", 2: "two"}[Color.GREEN], sorted([Color.GREEN, 0, Color.RED]), Color.RED | 4, Color.GREEN.bit_length())


class Mode(str):
    def __new__(cls, value):
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def __repr__(self):
        return f"<Mode {str.__repr__(self)}>"


Mode.READ = Mode("r")
print(Mode.READ, repr(Mode.READ), Mode.READ == "r", {"r": "read"}[Mode.READ], Mode.READ + "b", Mode.READ._value_)


async def worker(color, delay):
    await asyncio.sleep(delay)
    return color * 2


async def main():
    results = await asyncio.gather(worker(Color.GREEN, 0.01), worker(Color.RED, 0))
    print(results, [type(r).__name__ for r in results])


asyncio.run(main())
