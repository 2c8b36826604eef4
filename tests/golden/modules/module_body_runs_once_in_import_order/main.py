# Module bodies run once, on first import, in CPython's order; a failing body leaves no module
# behind, so importing it again runs it again; a function-level import runs when called.
print("main starts")
import alpha
import beta
import alpha as again
print(again is alpha, alpha.count, beta.from_alpha)


def late():
    import gamma
    return gamma.value


print("before late")
print(late(), late())
for attempt in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)
import sys
print("broken" in sys.modules)
if __name__ == "__main__":
    print("run as a script")
