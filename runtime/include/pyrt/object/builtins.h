// The builtins module: every builtin function, type and constant as a global
// Object named as in Python. Mirrors CPython's Python/bltinmodule.c.
// Names that are C++ keywords or would clash get a trailing underscore:
// int_, float_, bool_ (the translator's table adds it for these three only).
#pragma once

#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {
namespace builtin {

// Functions.
extern Object print, len, range, sum, min, max, abs, sorted, reversed, enumerate, zip, map, filter, repr, ascii,
    isinstance, issubclass, hasattr, getattr, setattr, delattr, id, hash, iter, next, any, all, round, divmod, pow,
    chr, ord, hex, bin, oct, format, input, callable, vars, aiter, anext;
// Types.
extern Object list, tuple, dict, set, frozenset, str, int_, float_, bool_, type, object, super, property,
    staticmethod, classmethod, slice, bytes;
// Constants.
extern Object NotImplemented, Ellipsis;
// Exception classes.
extern Object BaseException, BaseExceptionGroup, ExceptionGroup, Exception, GeneratorExit, KeyboardInterrupt,
    SystemExit, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError, LookupError,
    IndexError, KeyError, NameError, UnboundLocalError, RuntimeError, NotImplementedError, RecursionError,
    StopIteration, StopAsyncIteration, TypeError, ValueError, UnicodeError, OSError, TimeoutError, ImportError,
    ModuleNotFoundError, MemoryError, EOFError, SystemError;

}  // namespace builtin

/// The builtin named `name` (Python spelling, e.g. "int"), unbound if none.
Object builtin_lookup(std::string_view name);

}  // namespace pyrt
