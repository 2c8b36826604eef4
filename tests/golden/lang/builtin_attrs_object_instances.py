# object() makes a bare object: no __dict__, identity equality and hashing, object's repr.
o = object()
p = object()
print(type(o), o.__class__, o == o, o == p, o != p, hash(o) == hash(o), str(o) == repr(o))
print(repr(o).startswith("<object object at 0x"), isinstance(o, object), bool(o))
print(object.__new__(object).__class__, type(object()) is object)
sentinels = {o: "o", p: "p"}
print(sentinels[o], sentinels[p], len({o, p, o}))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: object(1))
show(lambda: object(x=1))
show(lambda: setattr(o, "x", 1))
show(lambda: o.x)
show(lambda: o < p)
