# _random.Random, the Mersenne Twister under random.py: seeded sequences, bit draws of every
# width, state round trips and the argument errors must be CPython's, number for number.
import _random
import copy


class Hashed:
    def __hash__(self):
        return -7  # seeds as 2**64 - 7: the hash is taken as unsigned

    def __repr__(self):
        return "Hashed()"


r = _random.Random(7)
print([r.random() for _ in range(5)])
for seed in (0, 1, -1, 2**32, 2**32 - 1, 2**100 + 12345, -(2**64), True, 3.5, (1, 2), Hashed()):
    g = _random.Random(seed)
    print(repr(seed)[:20], g.random(), g.getrandbits(32))
for k in (0, 1, 7, 31, 32, 33, 64, 65, 100, 1000):
    g = _random.Random(12345)
    print(k, g.getrandbits(k))

g = _random.Random(99)
for _ in range(700):  # past one regeneration of the 624 words
    g.random()
state = g.getstate()
print(type(state).__name__, len(state), state[-1], state[:3])
after = [g.random() for _ in range(3)]
g.setstate(state)
print(after == [g.random() for _ in range(3)])
g.seed(5)
print(g.random(), g.getstate() == _random.Random(5).getstate())
words = list(_random.Random(3).getstate())
words[0] = 2**32 + words[0]  # setstate keeps the low 32 bits of an unsigned long
h = _random.Random()
h.setstate(tuple(words))
print(h.getstate() == _random.Random(3).getstate())
print(_random.Random(None).getrandbits(0), type(_random.Random().random()).__name__)


class Sub(_random.Random):
    def __init__(self, a, b, c=1):
        self.extra = (a, b, c)


s = Sub(1, 2, c=3)
print(s.extra, s.random(), isinstance(s, _random.Random))
s.seed(7)
print(s.random() == _random.Random(7).random())


class Passes(_random.Random):
    def __init__(self, x):
        super().__init__(x, y=x)  # keywords reach Random.__init__ only from an __init__ of its own


print(Passes(4).random())


class Plain(_random.Random):
    pass


print(Plain(7).random(), type(Plain(7)).__name__, _random.Random.__module__, _random.Random.__name__)


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


R = _random.Random
show(lambda: R(1, 2))
show(lambda: R(x=1))
show(lambda: Plain(1, 2))
show(lambda: Plain(x=1))
show(lambda: R(7).getrandbits(-1))
show(lambda: R(7).getrandbits(1.5))
show(lambda: R(7).getrandbits())
show(lambda: R(7).getrandbits(2**31))
show(lambda: R(7).getrandbits(k=1))
show(lambda: R(7).seed(1, 2))
show(lambda: R(7).seed(a=1))
show(lambda: R(7).seed([1]))
show(lambda: R(7).random(1))
show(lambda: R.seed(1))
show(lambda: R.__init__(1))
show(lambda: R(7).setstate(1))
show(lambda: R(7).setstate([0] * 625))
show(lambda: R(7).setstate((1, 2)))
show(lambda: R(7).setstate(tuple([0] * 624 + [625])))
show(lambda: R(7).setstate(tuple([0] * 624 + [-1])))
show(lambda: R(7).setstate(tuple([0] * 624 + [1.5])))
show(lambda: R(7).setstate(tuple([0] * 624 + [2**64])))
show(lambda: R(7).setstate(tuple([-1] * 624 + [1])))
show(lambda: R(7).setstate(tuple([2**64] * 624 + [1])))
show(lambda: R(7).setstate(tuple(["a"] * 624 + [1])))
show(lambda: copy.copy(R(7)))
g = R(8)
before = g.getstate()
show(lambda: g.setstate(tuple([1] * 624 + [700])))
print(g.getstate() == before)
R(7).getrandbits(2**40)
