# del of list items and slices, dict keys, and items of types that do not
# support deletion, with CPython's errors.


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


a = list(range(10))
del a[1:3]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[-2:]
print(b)
del b[5:2]
print(b)
del b[100:]
print(b)
c = list(range(12))
del c[1:10:4]
print(c)
del c[:]
print(c)
d = list(range(5))
del d[-1]
del d[0]
print(d)
del d[True]
print(d)


class Index:
    def __index__(self):
        return 1


e = [10, 20, 30]
del e[Index()]
print(e)
f = list(range(6))
del f[Index():Index() * 2 if False else 4]
print(f)

show("index out of range", lambda: d.__delitem__(10))


def del_list_item(lst, key):
    del lst[key]


show("list[10]", lambda: del_list_item([1, 2], 10))
show("list[-3]", lambda: del_list_item([1, 2], -3))
show("list['x']", lambda: del_list_item([1, 2], "x"))
show("list[1.0]", lambda: del_list_item([1, 2], 1.0))
show("list[::0]", lambda: del_list_item([1, 2], slice(None, None, 0)))
show("list[None:None]", lambda: del_list_item([1, 2], slice(None, None)))

g = {"a": 1, "b": 2, (1, 2): 3}
del g["a"]
del g[1, 2]
print(g)
show("dict missing", lambda: del_list_item(g, "zz"))
show("dict tuple missing", lambda: del_list_item(g, (3, 4)))
show("dict unhashable", lambda: del_list_item(g, [1]))
show("empty dict unhashable", lambda: del_list_item({}, [1]))
show("empty dict missing", lambda: del_list_item({}, 1))


class C:
    pass


class Getter:
    def __getitem__(self, key):
        return key


class Setter:
    def __setitem__(self, key, value):
        pass


class Deleter:
    def __delitem__(self, key):
        print("Deleter.__delitem__", key)


def gen():
    yield 1


values = [(1, 2), "str", b"bytes", range(3), 5, 1.5, None, True, {1}, frozenset(), {}.keys(), {}.values(),
          {}.items(), C(), Getter(), Setter(), len, iter([]), gen(), C, slice(1), object()]
for v in values:
    for key in (0, "k", slice(0, 1), True, Index()):
        show(type(v).__name__ + " " + type(key).__name__, lambda: del_list_item(v, key))

dl = Deleter()
del dl[1], dl[1:2], dl[::3], dl["a", 1], dl[1:2, ...]


def set_item(obj, key, value):
    obj[key] = value


show("Deleter assignment", lambda: set_item(dl, 0, 1))
