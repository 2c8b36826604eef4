# OSError(errno, strerror, filename, winerror, filename2) becomes the subclass
# its errno names, keeps errno/strerror/filename/filename2, drops the filename
# from args, and prints "[Errno N] text: 'file'"; IOError and EnvironmentError
# are OSError; a subclass with its own __init__ parses what it passes up.
e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e), repr(e))
for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999):
    print(code, type(OSError(code, "text")).__name__)
print(type(OSError("just text")).__name__, OSError("just text").errno, str(OSError("a", "b", "c", "d", "e", "f")))
try:
    raise FileNotFoundError(2, "No such file", "a", None, "b")
except OSError as err:
    print(str(err), err.filename2, isinstance(err, FileNotFoundError), err.args)
print(str(OSError(1, "a", "f", None, "g")), OSError(5).args, repr(str(OSError())), OSError(5).errno)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
print([c.__name__ for c in TimeoutError.__mro__])


class MyOSError(OSError):
    pass


print(type(MyOSError(2, "x")).__name__, MyOSError(2, "x", "f"))


class Detailed(OSError):
    def __init__(self, path):
        super().__init__(13, "Permission denied", path)
        self.path = path


d = Detailed("/etc/shadow")
print(type(d).__name__, d.errno, d.filename, d.args, str(d), d.path)
b = BlockingIOError(11, "would block", 5)
print(b.characters_written, b.filename, b.args, str(b))
try:
    OSError(2, "x").characters_written
except AttributeError as err:
    print("AttributeError:", err)
e.errno = 99
e.filename = None
print(e.errno, str(e))
try:
    OSError(2, "x", errno=3)
except TypeError as err:
    print("TypeError:", err)
try:
    open_result = PermissionError(1, "Operation not permitted", "f")
    raise open_result
except PermissionError as err:
    print("caught", err)
