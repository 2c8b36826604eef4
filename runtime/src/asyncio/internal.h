// Helpers shared by the asyncio sources; not part of pyrt's interface.
#pragma once

#include <string>

#include "pyrt/asyncio/handle.h"
#include "pyrt/object/object.h"

namespace pyrt::asyncio_detail {

/// format_helpers._format_callback_source for a ready-queue entry: the
/// Python callable's qualname with its arguments, or the name CPython shows
/// for the runtime's own callbacks ("Task.task_wakeup()").
std::string callback_source(CallbackFn fn, const Object& a, const Object& b);

/// The callback that calls Python callable `a` with the future `b` (a done
/// callback added from Python).
void call_python_done_callback(const Object& a, const Object& b);

/// True for objects `await` accepts (inspect.isawaitable).
bool is_awaitable(const Object& x);

/// reprlib.repr(x) for the short texts in reprs (long strs are cut).
std::string short_repr(const Object& x);

/// A new instance of an exception class with no arguments (`CancelledError()`).
Object new_exception_no_args(TypeObject* type);

/// Keyword argument `name` or positional `i`, else `fallback`.
Object arg(const CallArgs& args, std::size_t i, const char* name, const Object& fallback);

/// The stored text of an Object that is a str, for messages.
std::string repr_of(const Object& x);

}  // namespace pyrt::asyncio_detail
