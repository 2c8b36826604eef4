# TextIOWrapper across chunk boundaries: "\r\n" and "\r" split between chunks, UTF-8 sequences
# split between chunks, every newline mode, and tell() cookies (decoder flags, bytes to feed,
# characters to skip) that seek() takes back, laid out as CPython packs them.
import io
P = "/tmp/py2cpp_io_text_chunks.txt"
# "\r" right at a chunk boundary, "\r\n" split across chunks, multibyte split across chunks
data = ("a" * 8191 + "\r\n" + "b" * 8190 + "\r" + "\n" + "\u00e9" * 5000 + "\r" + "c" * 8192 + "\r\nend").encode()
open(P, "wb").write(data)
for nl in (None, "", "\r\n", "\r", "\n"):
    with open(P, newline=nl, encoding="utf-8") as f:
        lines = f.readlines()
        print(repr(nl), len(lines), [len(l) for l in lines], repr(lines[-1][-6:]), f.newlines)
    with open(P, newline=nl, encoding="utf-8") as f:
        pos = []
        while True:
            p = f.tell()
            l = f.readline()
            if not l:
                break
            pos.append((p, l))
        ok = True
        for p, l in pos:
            f.seek(p)
            ok = ok and f.readline() == l
        print(repr(nl), [p for p, _ in pos], ok)
    with open(P, newline=nl, encoding="utf-8") as f:
        chunks = []
        while True:
            c = f.read(4097)
            if not c:
                break
            chunks.append(len(c))
        print(chunks[:3], sum(chunks))
    with open(P, newline=nl, encoding="utf-8") as f:
        f.read(8191)
        t = f.tell()
        r = f.read(5)
        f.seek(t)
        print(t, f.read(5) == r, repr(r))
with open(P, "rb") as f:
    t = io.TextIOWrapper(f, encoding="utf-8")
    print(len(t.readline(100)), len(t.readline(8100)), len(t.readline()), t.tell())
