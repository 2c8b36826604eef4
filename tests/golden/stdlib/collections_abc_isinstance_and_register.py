# collections.abc answers isinstance/issubclass for builtins through register() and for user
# classes through __subclasshook__ (the methods they define) or inheritance, as CPython's
# Lib/_collections_abc.py does; abstract classes refuse instantiation with CPython's message.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Sized, Container, Collection, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet,
                             Reversible, Generator, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, AsyncGenerator, ByteString, KeysView, ItemsView,
                             ValuesView, MappingView)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


values = [1, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
          iter([]), gen(), len, {}.keys(), {}.items(), {}.values(), memoryview(b"m")]
abcs = [Hashable, Iterable, Iterator, Sized, Container, Collection, Callable, Sequence,
        MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, Generator,
        ByteString, KeysView, ItemsView, ValuesView, MappingView]
for v in values:
    print(type(v).__name__, [a.__name__ for a in abcs if isinstance(v, a)])
c = coro()
print([a.__name__ for a in (Awaitable, Coroutine) if isinstance(c, a)])
c.close()
ag = agen()
print([a.__name__ for a in (AsyncIterable, AsyncIterator, AsyncGenerator) if isinstance(ag, a)])


class Duck:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Unhashable:
    __hash__ = None


print(issubclass(Duck, Sized), issubclass(Duck, Collection), issubclass(Duck, Sequence))
print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable))


class NotSeq:
    pass


Sequence.register(NotSeq)
print(issubclass(NotSeq, Sequence), issubclass(NotSeq, Reversible), isinstance(NotSeq(), Iterable))
print(cabc.Sequence.__module__, Sequence.__name__, Sequence.__qualname__, repr(Sequence))
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))


class Half(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)


try:
    Half()
except TypeError as e:
    print(e)


class Empty(MutableSequence):
    pass


try:
    Empty()
except TypeError as e:
    print(e)
print(Iterable[int], Callable[[int, str], bool], Callable[..., int])
import _collections_abc
print(type(iter(b"")) is _collections_abc.bytes_iterator, _collections_abc.generator,
      _collections_abc.coroutine, _collections_abc.async_generator, _collections_abc.dict_keys)
print(cabc.Set is _collections_abc.Set, _collections_abc.__name__, _collections_abc.Sized.__module__)
