# pprint: nested containers wrapped at the width, sorted dicts, depth limits, recursion,
# pformat/pp/isreadable/saferepr and a PrettyPrinter's options. (Dataclasses are not here:
# pprint reads __dataclass_params__.repr and the generated __repr__'s __wrapped__, which the
# native dataclasses lack; it raises AttributeError on one.)
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "servers": [{"name": f"node{i}", "ports": list(range(8000, 8000 + i)), "tags": {"zone": "eu", "rack": i}}
                for i in range(4)],
    "limits": (1, 2.5, None, True, "x" * 30),
    "empty": [[], {}, (), set(), frozenset()],
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["servers"][2], compact=True, width=30)
print(pprint.pformat({"b": 1, "a": 2, "c": [3, 2, 1]}, sort_dicts=False))
pprint.pp({"zeta": 1, "alpha": [1, 2, {"k": "v"}]}, width=20)

recursive = [1, 2]
recursive.append(recursive)
print(pprint.pformat(recursive).split(" with id=")[0])
print(pprint.isrecursive(recursive), pprint.isreadable(recursive), pprint.isreadable([1, "a"]))
print(pprint.saferepr({"self": recursive}).split(" with id=")[0])


Pair = namedtuple("Pair", "left right")
pprint.pprint(Pair(list(range(20)), "r" * 60))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=50)
dd = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    dd[len(word)].append(word)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi river delta"), width=40)
pprint.pprint(deque(range(40), maxlen=50), width=60)
pprint.pprint(set(range(30)), width=40)
pprint.pprint("a long string that will be wrapped across lines because it is wider than the width " * 2, width=40)
pprint.pprint(b"bytes " * 20, width=40)

printer = pprint.PrettyPrinter(indent=4, width=30, depth=3, compact=True, underscore_numbers=True)
printer.pprint({"numbers": [10 ** 6, 12345678, 3.5], "nested": {"a": {"b": {"c": {"d": 1}}}}})
print(printer.pformat(list(range(25))))
for bad in [{"indent": -1}, {"depth": 0}, {"width": -5}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
