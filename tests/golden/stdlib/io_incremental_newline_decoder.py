# _io.IncrementalNewlineDecoder without and with a wrapped decoder: a "\r" held back until the
# next input, translation, newlines seen, getstate/setstate/reset, errors; and
# _io.text_encoding.
import _io
D = _io.IncrementalNewlineDecoder
d = D(None, True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("x")), d.newlines)
u = D(None, False)
for chunk in ("a\n", "b\r", "\nc\r", "d", ""):
    print(repr(u.decode(chunk)), u.newlines)
print(repr(u.decode("e\r", True)), u.newlines, D(None, 0).newlines)
class Wrapped:
    def __init__(self): self.calls = []
    def decode(self, data, final=False):
        self.calls.append((data, final))
        return data.decode("latin-1")
    def getstate(self): return (b"pending", 3)
    def setstate(self, state): self.calls.append(("setstate", state))
    def reset(self): self.calls.append("reset")
w = Wrapped()
d = D(w, translate=True)
print(repr(d.decode(b"x\r\ny\r")), d.getstate(), d.newlines)
d.setstate((b"buf", 5))
d.reset()
print(w.calls)
for args in ((None, "x"), (None,), ()):
    try: D(*args)
    except TypeError as e: print(e)
for bad in (lambda: D(None, True).decode(b"x"), lambda: D(None, True).setstate(1),
            lambda: D(lambda: 0, True).decode(b"x"), lambda: D(None, True).decode()):
    try: bad()
    except Exception as e: print(type(e).__name__ + ":", e)
class BadState(Wrapped):
    def getstate(self): return 1
try: D(BadState(), True).getstate()
except TypeError as e: print(e)
print(_io.text_encoding(None), _io.text_encoding("latin-1"), _io.text_encoding(None, 3))
for args in ((), (None, "x")):
    try: _io.text_encoding(*args)
    except TypeError as e: print(e)
try: _io.text_encoding(encoding=None)
except TypeError as e: print(e)
for state in ((1,), (b"", "x"), (b"", 2, 3)):
    try: D(None, 1).setstate(state)
    except TypeError as e: print(e)
