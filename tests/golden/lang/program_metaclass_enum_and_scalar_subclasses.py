# A program as users write it: an enum-like metaclass over an int subclass, a str subclass
# with extra attributes, asyncio producers and consumers, dispatch through globals(),
# OSError's errno subclass and dir().
import asyncio


class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for key, value in members.items():
            member = cls.__new__(cls, value)
            member._name = key
            setattr(cls, key, member)
            cls._members[key] = member
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __repr__(cls):
        return f"<enum {cls.__name__}>"


class Level(int, metaclass=EnumMeta):
    DEBUG = 10
    INFO = 20
    ERROR = 40

    def __repr__(self):
        return f"<Level.{self._name}: {int(self)}>"

    def __str__(self):
        return f"Level.{self._name}"


class Token(str):
    def __new__(cls, text, kind):
        obj = super().__new__(cls, text)
        obj.kind = kind
        return obj


async def produce(queue, items):
    for item in items:
        await queue.put(item)
        await asyncio.sleep(0)
    await queue.put(None)


async def consume(queue, threshold):
    seen = []
    while (item := await queue.get()) is not None:
        level, token = item
        if level >= threshold:
            seen.append(f"{level!s}:{token}({token.kind})")
    return seen


async def main():
    print(list(Level), len(Level), Level["INFO"], repr(Level.ERROR), Level)
    print(Level.DEBUG + 5, Level.INFO > Level.DEBUG, sorted([Level.ERROR, Level.DEBUG]), isinstance(Level.INFO, int))
    queue = asyncio.Queue()
    items = [(Level.INFO, Token("start", "word")), (Level.DEBUG, Token("x", "sym")), (Level.ERROR, Token("boom", "word"))]
    _, seen = await asyncio.gather(produce(queue, items), consume(queue, Level.INFO))
    print(seen)
    handlers = {name: obj for name, obj in globals().items() if name.startswith("on_")}
    for name in sorted(handlers):
        print(name, handlers[name](Level.ERROR))
    try:
        raise OSError(2, "No such file or directory", "config.toml")
    except FileNotFoundError as e:
        print("missing:", e.filename, e)
    print([n for n in dir(Token("a", "b")) if not n.startswith("_")][:5])


def on_error(level):
    return f"handled {level!r}"


def on_log(level):
    return level * 2


asyncio.run(main())
