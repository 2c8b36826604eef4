# Functions, methods and classes whose names are underscores then digits (base64's _85encode):
# their C++ names must not start with a digit once the underscores are gone.
def _85encode(b):
    return b * 2


def __1__():
    return "dunder digit"


class _2D:
    def _3d(self):
        return "method"

    class _4:
        def __5(self):
            return "nested"

        def call(self):
            return self.__5()


async def _6run():
    return "coroutine"


print(_85encode(21), __1__(), _2D()._3d(), _2D._4().call(), _85encode.__name__, _2D._4.__qualname__)
coro = _6run()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
