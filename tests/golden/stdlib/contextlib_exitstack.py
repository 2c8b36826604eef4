# ExitStack: callbacks run last in, first out; exceptions raised by callbacks chain as
# CPython's __exit__ fixes up their __context__; a true __exit__ suppresses; pop_all and close.
import contextlib


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with contextlib.ExitStack() as stack:
    print(stack.enter_context(Manager("one")), stack.enter_context(Manager("two")))
    stack.callback(print, "callback", 1, sep="-")
    stack.push(lambda *exc: print("pushed exit", exc[0]))


def raiser(message):
    raise ValueError(message)


try:
    with contextlib.ExitStack() as stack:
        stack.callback(raiser, "first registered")
        stack.callback(raiser, "second registered")
        raise KeyError("body")
except ValueError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__), "| its context:", repr(e.__context__.__context__))

with contextlib.ExitStack() as stack:
    stack.enter_context(Manager("suppressing", suppress=True))
    stack.enter_context(Manager("inner"))
    raise RuntimeError("swallowed by the stack")
print("after suppression")

with contextlib.ExitStack() as stack:
    stack.callback(print, "moved")
    moved = stack.pop_all()
print("stack exited, moved not yet run")
moved.close()

stack = contextlib.ExitStack()
stack.enter_context(Manager("closed later"))
stack.close()

try:
    contextlib.ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def cm(name):
    print("gen enter", name)
    try:
        yield name
    finally:
        print("gen exit", name)


with contextlib.ExitStack() as stack:
    names = [stack.enter_context(cm(n)) for n in "abc"]
    print(names)

def pushed(et, ev, tb):
    print("pushed sees", et.__name__)
    return True


with contextlib.ExitStack() as stack:
    stack.push(pushed)
    raise IndexError("handled")
print("done")
