# ChainMap, UserDict, UserList and UserString, translated from Lib/collections/__init__.py.
from collections import ChainMap, UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "c" in cm)
cm["d"] = 4
del cm["b"]
print(cm.maps, cm.parents, cm.new_child({"n": 0}))
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm), cm | {"q": 1}, isinstance(cm, MutableMapping), bool(ChainMap()))


class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, d.data, "a" in d, d.get("b"), d.copy(), d | {"z": 0}, isinstance(d, MutableMapping))
print(len(d), list(d), d.pop("a"), d)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], 2 * ul, ul.index(2), isinstance(ul, MutableSequence))
ul.extend(UserList([5]))
del ul[0]
print(ul, ul.data, ul == [1, 2, 3, 5], ul < [2], ul.copy(), ul.count(2))

us = UserString("Hello")
print(us, repr(us), us.upper(), us[1:3], type(us[1:3]).__name__, us + "!", us * 2, "ell" in us)
print(us.split("l"), us.replace("l", "L"), us.find("l"), len(us), us == "Hello", isinstance(us, Sequence))
print(us.center(9, "*"), us.startswith("He"), us.encode(), us.zfill(7))
