# File and folder operations in a fresh folder under /tmp: mkdir, makedirs, listdir, stat,
# open/write/read/lseek/close, rename, replace, remove, rmdir, removedirs, walk, the path tests,
# and the OSError subclasses with their messages.
import os
import stat

base = "/tmp/py2cpp_os_file_operations"
if os.path.isdir(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)

os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
first = os.path.join(base, "first.txt")
fd = os.open(first, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello, world\n"), os.write(fd, bytearray(b"second line\n")))
os.close(fd)
st = os.stat(first)
print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st))
print(type(st).__name__, type(st).__module__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
print(os.path.getsize(first), os.path.isfile(first), os.access(first, os.R_OK), os.access(base + "/none", os.F_OK))
fd = os.open(first, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 7, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size == st.st_size, os.stat(fd).st_size)
os.close(fd)

os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub", "deeper"), exist_ok=True)
second = os.path.join(base, "sub", "second.bin")
fd = os.open(second, os.O_WRONLY | os.O_CREAT, 0o600)
os.write(fd, bytes(range(10)))
os.close(fd)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "sub"))), sorted(os.listdir(base.encode())))
os.rename(first, os.path.join(base, "renamed.txt"))
print(sorted(os.listdir(base)), os.path.exists(first))
os.replace(os.path.join(base, "renamed.txt"), os.path.join(base, "sub", "second.bin"))
print(os.path.getsize(second))
fd = os.open(first, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
os.close(fd)
for root, dirs, files in os.walk(base):
    print(root[len(base):] or "/", sorted(dirs), sorted(files))

old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode(), sorted(os.listdir()), os.path.abspath("sub") == base + "/sub")
os.chdir(old)

def show(f):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e, e.errno, repr(e.filename), repr(e.filename2))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: os.stat(base + "/missing"))
show(lambda: os.mkdir(base))
show(lambda: os.rmdir(os.path.join(base, "sub")))
show(lambda: os.remove(base + "/missing"))
show(lambda: os.rename(base + "/missing", base + "/other"))
show(lambda: os.listdir(second))
show(lambda: os.open(base + "/missing", os.O_RDONLY))
show(lambda: os.makedirs(os.path.join(base, "sub")))
show(lambda: os.chdir(base + "/missing"))
show(lambda: os.stat(1.5))
show(lambda: os.listdir(1.5))
show(lambda: os.mkdir(None))
show(lambda: os.stat("a\0b"))
show(lambda: os.close(-1))
show(lambda: os.read(0, -1))
show(lambda: os.write(1, "str"))
show(lambda: os.urandom(-1))
show(lambda: os.unlink(base))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print(entries, [e.path[len(base):] for e in entries], [e.is_dir() for e in entries])
print([e.is_file() for e in entries], [e.is_symlink() for e in entries], entries[0].stat().st_size)
print(type(entries[0]).__name__, os.fspath(entries[0]) == entries[0].path, entries[0].inode() == os.stat(first).st_ino)
print(sorted(e.name for e in os.scandir(base.encode())), next(os.scandir(base + "/sub/deeper"), "empty"))
os.remove(first)
os.remove(second)
os.removedirs(os.path.join(base, "sub", "deeper"))
print(os.path.exists(os.path.join(base, "sub")), os.path.exists(base), os.path.lexists(base))
