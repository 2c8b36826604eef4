# stat over CPython's _stat: the file-type tests, S_IMODE, S_IFMT, filemode and the constants,
# with _stat's errors for modes that are no int or out of mode_t's range.
import stat


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


modes = [0o100644, 0o40755, 0o120777, 0o60660, 0o20620, 0o10600, 0o140755, 0o104755, 0o102745, 0o41777, 0o41776,
         0o107000, 0o170000, 0, 0o777]
for mode in modes:
    tests = [f(mode) for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
                               stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), tests)
print(stat.S_ISDIR(True), stat.filemode(2**32 - 1), stat.S_IFMT(2**32 - 1))
names = sorted(n for n in dir(stat) if n.isupper() and isinstance(getattr(stat, n), int))
print(len(names), [(n, getattr(stat, n)) for n in names])
print(type(stat.S_ISDIR).__name__, stat.S_ISDIR.__module__, stat.filemode.__name__)
show(lambda: stat.S_ISDIR("x"))
show(lambda: stat.S_ISDIR(-1))
show(lambda: stat.S_ISDIR(2**40))
show(lambda: stat.S_ISDIR(2**70))
show(lambda: stat.S_ISDIR(1.5))
show(lambda: stat.S_ISDIR())
show(lambda: stat.S_IMODE(-1))
show(lambda: stat.filemode("x"))


class Index:
    def __index__(self):
        return 0o40000


show(lambda: stat.S_ISDIR(Index()))
stat.filemode(None)
