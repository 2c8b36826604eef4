# What dir() and copy/pickle see on exceptions: BaseException's __dict__, __reduce__ and
# __setstate__, and each class's own fields (OSError.errno, StopIteration.value, ImportError.msg,
# UnicodeDecodeError.reason, ExceptionGroup.message, ...) as class-level members.
e = OSError(2, "No such file", "f")
print(sorted(n for n in dir(e) if not n.startswith("__")), OSError.errno, e.errno)
print(sorted(n for n in dir(ValueError("x"))), ValueError("x").__reduce__())
print(StopIteration(5).value, SystemExit(3).code, ImportError("m").msg, ImportError("m").name, AttributeError("a").obj)
k = KeyError("k")
k.extra = 1
print(k.__reduce__(), dir(KeyError()) == dir(k)[:0] or len(dir(k)))
k.__setstate__({"more": 2})
print(k.more, BaseExceptionGroup[int], ExceptionGroup("m", [ValueError(1)]).message)
class MyErr(Exception):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
print(MyErr("n").name, dir(NameError("x"))[-3:], UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
