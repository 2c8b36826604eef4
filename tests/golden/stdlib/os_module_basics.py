# The os module's constants and small functions: sep/name/linesep, urandom, strerror, the
# process ids, cpu_count, umask, stat_result and the other struct sequences, error is OSError.
import os
import stat

print(os.name, os.sep, repr(os.linesep), os.error is OSError, os.curdir, os.pardir)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(3) != os.urandom(3) or True)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17))
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), type(os.getuid()).__name__)
print(os.getgid() >= 0, os.geteuid() == os.getuid(), os.cpu_count() >= 1)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.stat in os.supports_fd, os.listdir in os.supports_fd, os.scandir in os.supports_fd, os.chdir in os.supports_fd)
print(os.stat in os.supports_dir_fd, os.open in os.supports_dir_fd, os.mkdir in os.supports_dir_fd,
      os.unlink in os.supports_dir_fd, os.rename in os.supports_dir_fd, os.access in os.supports_dir_fd)
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids, os.mkdir in os.supports_fd)

s = os.stat_result(range(10))
print(s)
print(s.st_mode, s.st_atime, s.st_atime_ns, s.st_blocks, s[7], s[-1], len(s), s[:3])
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__, os.stat_result.st_mode)
print(s.__reduce__())
t = os.stat_result(range(10), {"st_atime": 1.5, "st_rdev": 7, "unknown": 0})
print(t.st_atime, t.st_rdev, t.st_blksize, t[7], t == s, tuple(t) == tuple(range(10)))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines, type(os.times()).__name__)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), type(u).__module__, type(os.times()).__module__)
match os.terminal_size((100, 50)):
    case os.terminal_size(columns, lines):
        print("matched", columns, lines)

for bad in [lambda: os.stat_result((1,)), lambda: os.stat_result(range(20)), lambda: os.stat_result(5),
            lambda: os.stat_result(range(10), 5), lambda: os.terminal_size((1, 2, 3)),
            lambda: setattr(s, "st_mode", 1), lambda: os.get_terminal_size(-1), lambda: os.strerror("x"),
            lambda: os.urandom(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(os.stat_result):
        pass
except TypeError as e:
    print(type(e).__name__, e)
