# __class__ is object's attribute, found for every builtin type through object's dict (it used to
# work only for int and for instances of user classes).
values = ["s", b"b", (1,), [], {}, {1}, frozenset(), range(2), slice(1), 7, True, 1.5, None, len,
          ValueError("x"), object(), int, ...]
for v in values:
    print(type(v).__name__, v.__class__, v.__class__ is type(v))
print(object.__class__, str.__class__)


class C:
    pass


print(C().__class__, C.__class__)
d = object.__dict__["__class__"]
print(d, d.__name__, d.__objclass__)
print(type(d).__name__, d is object.__dict__["__class__"])
