# os.environ and os.environb as a mapping over posix.environ, getenv/putenv/unsetenv, and the
# errors of the _Environ encoders (no printing of the whole environment).
import os

os.environ["PY2CPP_OS_TEST"] = "value one"
print(os.environ["PY2CPP_OS_TEST"], os.getenv("PY2CPP_OS_TEST"), os.environb[b"PY2CPP_OS_TEST"])
print("PY2CPP_OS_TEST" in os.environ, os.environ.get("PY2CPP_OS_TEST_MISSING"))
print(os.getenv("PY2CPP_OS_TEST_MISSING", "fallback"), os.getenvb(b"PY2CPP_OS_TEST"))
os.environ.setdefault("PY2CPP_OS_TEST", "ignored")
os.environ.setdefault("PY2CPP_OS_OTHER", "set by setdefault")
print(os.environ["PY2CPP_OS_TEST"], os.environ["PY2CPP_OS_OTHER"])
os.environb[b"PY2CPP_OS_BYTES"] = b"from bytes"
print(os.environ["PY2CPP_OS_BYTES"])
del os.environ["PY2CPP_OS_OTHER"]
print("PY2CPP_OS_OTHER" in os.environ, os.environ.pop("PY2CPP_OS_BYTES"), "PY2CPP_OS_BYTES" in os.environ)
os.environ.update({"PY2CPP_OS_A": "1", "PY2CPP_OS_B": "2"})
print(sorted(k for k in os.environ if k.startswith("PY2CPP_OS_")))
print(type(os.environ).__name__, type(os.environ._data).__name__, repr(os.environ).startswith("environ({"))
print(isinstance(os.environ.copy(), dict), os.environ.copy()["PY2CPP_OS_A"])

for bad in [lambda: os.environ.__setitem__("PY2CPP_OS_X", 1), lambda: os.environ.__setitem__(2, "x"),
            lambda: os.environ["PY2CPP_OS_MISSING"], lambda: os.environb.__setitem__(b"X", "str"),
            lambda: os.putenv("A=B", "c"), lambda: os.putenv("", "c"), lambda: os.unsetenv("A=B"),
            lambda: os.environ.__delitem__("PY2CPP_OS_MISSING")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

os.putenv("PY2CPP_OS_PUT", "x")
print("PY2CPP_OS_PUT" in os.environ)
os.unsetenv("PY2CPP_OS_PUT")
for name in ["PY2CPP_OS_TEST", "PY2CPP_OS_A", "PY2CPP_OS_B"]:
    del os.environ[name]
print(sorted(k for k in os.environ if k.startswith("PY2CPP_OS_")))
