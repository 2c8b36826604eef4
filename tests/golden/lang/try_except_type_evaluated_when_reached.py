# An except clause's type is evaluated only when the clauses before it did not match, even when
# evaluating it has effects (a call, a name read at run time).
def kind(name):
    print("evaluating", name)
    return {"key": KeyError, "value": ValueError, "type": TypeError}[name]


def attempt(exc):
    try:
        raise exc
    except kind("value"):
        print("  caught as ValueError")
    except (kind("type"), kind("key")):
        print("  caught as TypeError or KeyError")
    except Exception:
        print("  caught as Exception")


for exc in [ValueError("v"), KeyError("k"), OSError("o")]:
    print("raising", type(exc).__name__)
    attempt(exc)

try:
    try:
        raise ExceptionGroup("eg", [KeyError(1), ValueError(2)])
    except* kind("key") as g:
        print("except* key:", repr(g.exceptions))
    except* kind("value") as g:
        print("except* value:", repr(g.exceptions))
except Exception as e:
    print("escaped", repr(e))
