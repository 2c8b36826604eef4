# A program as users write it: __slots__ with class attributes, __format__, ordering without
# hashing, __init_subclass__ keywords, async generators in a class, closures with nonlocal,
# exception chaining across awaits, gather with return_exceptions.
import asyncio
import sys


class Temperature:
    """A value with units."""

    __slots__ = ("_k",)
    scale = {"C": (1, 273.15), "F": (5 / 9, 255.372)}

    def __init__(self, kelvin):
        self._k = kelvin

    @classmethod
    def from_unit(cls, value, unit):
        factor, offset = cls.scale[unit]
        return cls(value * factor + offset)

    def __format__(self, spec):
        unit = spec[-1:] or "K"
        if unit == "K":
            return f"{self._k:.1f}K"
        factor, offset = self.scale[unit]
        return f"{(self._k - offset) / factor:.1f}{unit}"

    def __lt__(self, other):
        return self._k < other._k

    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self._k - other._k) < 1e-9

    __hash__ = None


class Sensor:
    count = 0
    unit = "C"

    def __init_subclass__(cls, unit="C", **kw):
        super().__init_subclass__(**kw)
        cls.unit = unit

    def __init__(self, name):
        Sensor.count += 1
        self.name = name

    async def readings(self, values):
        for v in values:
            await asyncio.sleep(0)
            yield Temperature.from_unit(v, self.unit)


class Thermo(Sensor, unit="F"):
    pass


def make_averager():
    total = 0.0
    n = 0

    def add(t):
        nonlocal total, n
        total += t._k
        n += 1
        return Temperature(total / n)

    return add


class ReadError(Exception):
    pass


async def collect(sensor, values):
    avg = make_averager()
    out = []
    try:
        async for t in sensor.readings(values):
            if t._k < 0:
                raise ValueError("below absolute zero")
            out.append(format(avg(t), "C"))
    except ValueError as e:
        raise ReadError(f"{sensor.name} failed") from e
    return out


async def main():
    s1, s2 = Sensor("a"), Thermo("b")
    print(Sensor.count, s2.unit, Thermo.__mro__[1].__name__, Temperature.__doc__)
    r = await asyncio.gather(collect(s1, [20, 25]), collect(s2, [68, 86]), return_exceptions=True)
    print(r)
    try:
        await collect(s1, [10, -500])
    except ReadError as e:
        print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    temps = sorted([Temperature(300), Temperature(250), Temperature(275)])
    print([f"{t}" for t in temps], f"{temps[0]:F}", Temperature(1) == Temperature(1), Temperature(1) in temps)
    try:
        {Temperature(1)}
    except TypeError as e:
        print("TypeError:", e)
    try:
        temps[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    print(sys.exc_info()[0], [t._k for t in reversed(temps)])


asyncio.run(main())
