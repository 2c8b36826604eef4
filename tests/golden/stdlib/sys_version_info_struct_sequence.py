# sys.version_info is a struct sequence: a tuple with named fields, its own repr and a type
# that cannot be instantiated.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v), type(v).__name__)
print(repr(v) == "sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)" % tuple(v))
print(isinstance(v, tuple), v >= (3, 8), v < (4,), tuple(v)[:2], v[0:2] == (3, 11), v.micro == v[2])
print(type(v).__match_args__, type(v).n_fields, type(v).n_sequence_fields, type(v).n_unnamed_fields)
print(type(v).major, type(v).__module__, sys.implementation.version == v)
print(v.major == sys.hexversion >> 24, hash(v) == hash(tuple(v)))
major, minor, *rest = v
print(major, minor, len(rest))
match v:
    case (3, minor, *_):
        print("python 3 minor", minor)
for bad in [lambda: type(v)(), lambda: type(v)((3, 11, 0, "final", 0)), lambda: setattr(v, "major", 4),
            lambda: v.missing]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
