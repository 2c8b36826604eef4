# try/except* with ExceptionGroup and BaseExceptionGroup: split, subgroup, derive, nesting,
# bare exceptions wrapped, handlers that raise, re-raise, and the uncaught result.
import asyncio


def show(label, e):
    if e is None:
        print(label, None)
    elif isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))


def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, x.message, [show_leaf(y) for y in x.exceptions])
    return repr(x)


eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(eg, "|", repr(eg))
match, rest = eg.split(ValueError)
show("split match:", match)
show("split rest:", rest)
show("subgroup:", eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
show("subgroup none:", eg.subgroup(OSError))
show("subgroup all:", eg.subgroup(Exception) is eg)
show("derive:", eg.derive([OSError(5)]))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for args in [(1, [ValueError()]), ("m", ValueError()), ("m", []), ("m", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    eg.split(1)
except TypeError as e:
    print("TypeError", e)

try:
    raise eg
except* ValueError as e:
    show("handled ValueError part:", e)
except* (TypeError, KeyError) as e:
    show("handled the rest:", e)
print("all handled")

try:
    raise ValueError("bare")
except* ValueError as e:
    show("bare wrapped:", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        print("ValueError handled, OSError goes on")
except ExceptionGroup as e:
    show("outer got:", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
except ExceptionGroup as e:
    show("raised and re-raised:", e)
    show("  the new one's context:", e.exceptions[0].__context__)

try:
    try:
        raise TypeError("bare")
    except* TypeError:
        raise
except ExceptionGroup as e:
    show("bare re-raised:", e)

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)

for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        for j in range(2):
            if j == 1:
                break
        print("handled in loop", i)


async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"task {n}")


async def main():
    results = await asyncio.gather(failing(1), failing(2), return_exceptions=True)
    try:
        raise ExceptionGroup("from tasks", results)
    except* ValueError as e:
        await asyncio.sleep(0)
        show("async handler:", e)


asyncio.run(main())
raise ExceptionGroup("uncaught", [ValueError("a"), ExceptionGroup("nested", [TypeError("b")])])
