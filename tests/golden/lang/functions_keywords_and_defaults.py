def describe(name, /, greeting="hello", *extra, punct="!", **opts):
    tail = " ".join(extra)
    keys = ",".join(f"{k}={v}" for k, v in sorted(opts.items()))
    return f"{greeting} {name}{punct} [{tail}] {{{keys}}}"


print(describe("ann"))
print(describe("bob", "hi", "x", "y", punct="?", color="red", size=3))
args = ("cy", "yo")
kwargs = {"punct": ".", "mood": "calm"}
print(describe(*args, **kwargs))
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe("d", name="e")
except TypeError as e:
    print(e)
