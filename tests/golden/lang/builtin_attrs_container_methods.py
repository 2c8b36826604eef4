# Methods and attributes of the builtin containers, slices, ranges and exceptions that are read off
# the class as well as off instances: dict.fromkeys, str.maketrans/translate, slice.indices,
# __class_getitem__, dict views' isdisjoint, start/stop/step, BaseException.args, __subclasshook__.
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), []))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd-cab".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None, 104: 72}), "héllo".translate(str.maketrans({"é": "e"})))
print("abc".translate([]), "abc".translate({97: "aa"}), str.maketrans({1: "x", "b": None}))
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice.start, slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step, range.stop)
print(range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step, range(3).start)
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple[int, ...], set[str])
print({1: 2}.keys().isdisjoint([3]), {1: 2}.keys().isdisjoint({1}), {1: 2}.items().isdisjoint([(1, 2)]))
print({1: 2}.keys().__contains__(1), {1: 2}.items().__contains__((1, 2)))
print(ValueError.args, type(BaseException.__cause__).__name__, ValueError("x", 1).args)
e = KeyError("k")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(object.__subclasshook__(int), int.__subclasshook__(str), issubclass(bool, int))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: dict.fromkeys([], 1, 2))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans("ab", 1))
show(lambda: str.maketrans([1]))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate())
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices("x"))
show(lambda: slice(None, None, 0).indices(3))
