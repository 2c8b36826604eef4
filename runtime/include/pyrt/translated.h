// What translated code calls beyond the object protocol (ops.h): name access
// with CPython's NameError/UnboundLocalError wording, class bodies, context
// managers, star-argument packing and the process entry point. Mirrors the
// bytecodes CPython compiles the same constructs to (LOAD_FAST, LOAD_NAME,
// BEFORE_WITH, BUILD_LIST_UNPACK, ...).
#pragma once

#include <initializer_list>

#include "pyrt/object/exception.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// A local read (LOAD_FAST): raises UnboundLocalError "cannot access local
/// variable 'x' where it is not associated with a value" when unbound.
[[noreturn]] void raise_unbound_local(const char* name);
inline const Object& local(const Object& v, const char* name) {
  if (v.is_unbound()) raise_unbound_local(name);
  return v;
}

/// A module global read (LOAD_GLOBAL): NameError "name 'x' is not defined".
[[noreturn]] Object name_error(const char* name);
inline const Object& global(const Object& v, const char* name) {
  if (v.is_unbound()) name_error(name);
  return v;
}
/// A global that shadows a builtin: the global when bound, else the builtin.
inline const Object& global_or(const Object& v, const Object& builtin, const char*) {
  return v.is_unbound() ? builtin : v;
}

/// Cells of closures (LOAD_DEREF / STORE_DEREF).
Object cell_get(const Object& cell, const char* name);
void cell_set(const Object& cell, Object value);

/// Class bodies: the namespace dict (with __module__ and __qualname__), name
/// reads that fall back from the namespace to globals/builtins (LOAD_NAME),
/// and annotations recorded in __annotations__.
Object class_namespace(const Object& qualname);
Object class_load(const Object& ns, const Object& name, const Object& fallback);
void class_annotate(const Object& ns, const Object& name, const Object& annotation);

/// `from m import name`: ImportError "cannot import name 'x' from 'm'".
Object import_from(const Object& module, const Object& name);

/// `with`: type(m).__enter__ / __exit__ with CPython's TypeErrors
/// ("'X' object does not support the context manager protocol"). with_exit
/// returns the bound __exit__; call_exit calls it with (type, value,
/// traceback) of the pending exception, or three Nones when it is unbound.
Object with_enter(const Object& manager);
Object with_exit(const Object& manager);
Object async_with_enter(const Object& manager);
Object async_with_exit(const Object& manager);
Object call_exit(const Object& exit, const Object& pending);

/// Bare `raise`: re-raises the exception being handled, or RuntimeError
/// "No active exception to reraise".
[[noreturn]] void reraise();

/// `*x` inside a call or a display.
struct Starred {
  Object value;
};
/// One element of a display or call that may be starred.
struct Part {
  Part(Object v) : value(std::move(v)) {}  // NOLINT: implicit by design
  Part(Starred s) : value(std::move(s.value)), starred(true) {}  // NOLINT
  Object value;
  bool starred = false;
};
Object tuple_from_parts(std::initializer_list<Part> parts);
Object list_from_parts(std::initializer_list<Part> parts);
Object set_from_parts(std::initializer_list<Part> parts);
/// `**m` and `name=v` in a call with star arguments; CPython's errors for
/// non-mappings and repeated keywords.
void dict_merge_kwargs(const Object& kwargs, const Object& mapping);
void dict_merge_kwarg(const Object& kwargs, const Object& name, const Object& value);
/// `{**m}` in a dict display.
void dict_update(const Object& dict, const Object& mapping);

/// aiter(x) for an async generator expression's first iterable.
Object aiter(const Object& x);
/// The iterator `yield from x` delegates to.
Object iter_for_yield_from(const Object& x);

/// Runs a translated module: sets sys.argv, runs `body`, turns an escaping
/// exception into CPython's traceback report and exit status, flushes stdout.
int run_main(int argc, char** argv, void (*body)());

}  // namespace pyrt
