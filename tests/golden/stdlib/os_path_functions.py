# os.path (posixpath and genericpath) on strings and bytes: join, split, splitext, basename,
# dirname, normpath, abspath of relative pieces, isabs, commonpath, commonprefix, relpath and
# their TypeErrors and ValueErrors.
import os
import os.path
from os import path
import posixpath

print(os.path is posixpath, path is posixpath, os.path.__name__)
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"), os.path.join("", "x"))
print(os.path.join(b"a", b"b"), os.path.join("a"))
print(os.path.split("/usr/lib/python3.11/os.py"), os.path.split("file"), os.path.split("/"), os.path.split("a/b/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/b.c/d"), os.path.splitext(b"x.y"))
print(os.path.basename("/a/b/c.txt"), os.path.dirname("/a/b/c.txt"), repr(os.path.basename("/a/b/")), os.path.dirname("c"))
for p in ["a//b", "a/./b", "a/b/../c", "/../a", "//a", "///a", "", ".", "a/..", "../..", "./a/", b"a//b/../c"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(b"/"), os.path.isabs(""))
cwd = os.getcwd()
print(os.path.abspath("x") == os.path.join(cwd, "x"), os.path.abspath("/a/../b"), os.path.abspath(".") == cwd)
print(os.path.commonpath(["/usr/lib", "/usr/local/lib", "/usr/lib/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.expandvars("no variables here"))
print(os.path.expanduser("nothing to expand"), os.path.ismount("/"))
print(os.path.splitext("a.b/c"), os.path.join("a", ""), os.path.split(""))

for bad in [lambda: os.path.join("a", b"b"), lambda: os.path.join(1, "a"), lambda: os.path.commonpath([]),
            lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath(""), lambda: os.path.basename(3),
            lambda: os.path.normpath(None), lambda: os.path.commonpath(["a", b"b"]), lambda: os.fspath(1.5),
            lambda: os.path.splitext(None), lambda: os.path.isabs(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __fspath__(self):
        return "from/fspath"

class Bad:
    def __fspath__(self):
        return 3

print(os.fspath(P()), os.fspath("s"), os.fspath(b"b"), os.path.join(P(), "x"), os.path.basename(P()))
try:
    os.fspath(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(P()))
