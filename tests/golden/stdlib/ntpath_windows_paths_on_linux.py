# ntpath, Windows' path rules, importable on Linux as in CPython (os.py names it for nt only).
import ntpath

print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.join("C:\\data", "sub", "f.txt"), ntpath.join("a", "D:b"))
print(ntpath.splitdrive("C:\\Windows\\system32"), ntpath.splitdrive("\\\\server\\share\\dir"))
print(ntpath.split("C:\\a\\b.txt"), ntpath.splitext("archive.TAR.gz"), ntpath.basename("C:/x/y"))
print(ntpath.normpath("C:/a/./b/../c"), ntpath.normpath("\\\\server\\share\\..\\x"), ntpath.normcase("A/B\\C"))
print(ntpath.isabs("C:\\x"), ntpath.isabs("x\\y"), ntpath.isabs("\\\\server\\share"), ntpath.commonpath(["C:\\a\\b", "C:\\a\\c"]))
print(ntpath.relpath("C:\\a\\b\\c", "C:\\a"), ntpath.splitext(b"name.ext"))
for bad in [lambda: ntpath.join("a", b"b"), lambda: ntpath.relpath("C:\\a", "D:\\b"), lambda: ntpath.commonpath([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
