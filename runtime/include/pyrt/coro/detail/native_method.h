// A method of one of the runtime's own native objects (coroutine.send,
// Future.result, ...), bound to its receiver. Mirrors CPython's
// builtin_function_or_method for methods of C-implemented types.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt::detail {

using NativeMethodFn = Object (*)(const Object& self, const CallArgs& args);

/// Binds `fn` to `self`; the result's repr names `name`.
Object bind_native(const Object& self, const char* name, NativeMethodFn fn);

/// The value of positional argument `i`, or `fallback` when not given.
/// Raises TypeError "NAME() takes at most N arguments (M given)" when more
/// than `max` positional arguments or any keyword arguments are passed.
Object arg_or(const CallArgs& args, std::size_t i, const Object& fallback);
void check_arity(const CallArgs& args, const char* name, std::size_t min, std::size_t max);

/// The type object for a runtime-native class named `name`, created once.
TypeObject* native_type(const char* name, const char* module = "builtins");

}  // namespace pyrt::detail
