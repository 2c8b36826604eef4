# A builtin read from a function or class body still names the runtime's class when the
# program never binds it; the diagnostic lands on each such base, here str and int.
def make():
    class Pair(str):
        pass

    return Pair


class Outer:
    class Count(int):
        pass
