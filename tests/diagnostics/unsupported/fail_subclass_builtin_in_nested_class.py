# A builtin read from a function or class body still names the runtime's class when the
# program never binds it; the diagnostic lands on each such base, here complex and bytearray.
def make():
    class Pair(complex):
        pass

    return Pair


class Outer:
    class Buffer(bytearray):
        pass
