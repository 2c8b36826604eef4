// What translated code calls beyond the object protocol (ops.h): name access
// with CPython's NameError/UnboundLocalError wording, class bodies, context
// managers, star-argument packing and the process entry point. Mirrors the
// bytecodes CPython compiles the same constructs to (LOAD_FAST, LOAD_NAME,
// BEFORE_WITH, BUILD_LIST_UNPACK, ...).
#pragma once

#include <initializer_list>
#include <utility>
#include <vector>

#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/format.h"
#include "pyrt/object/import.h"
#include "pyrt/object/list.h"
#include "pyrt/object/object.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/range.h"
#include "pyrt/object/set.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

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

/// The globals of a module that calls globals(), which live in its module
/// object's dict (`module`) rather than in C++ variables. module_global is
/// LOAD_GLOBAL: the dict's value, else `builtin`, else NameError "name 'x' is
/// not defined"; module_lookup the same with unbound for missing (a class
/// body's fallback, LOAD_NAME); module_store STORE_GLOBAL; module_delete
/// DELETE_GLOBAL (NameError when missing); module_globals the dict itself,
/// what globals() returns.
Object module_global(const Object& module, const Object& name, const Object& builtin);
Object module_lookup(const Object& module, const Object& name, const Object& builtin);
void module_store(const Object& module, const Object& name, const Object& value);
void module_delete(const Object& module, const Object& name);
const Object& module_globals(const Object& module);

/// Cells of closures (LOAD_DEREF / STORE_DEREF).
Object cell_get(const Object& cell, const char* name);
/// What `cell` holds, unbound when it is empty.
Object cell_contents(const Object& cell);

/// locals() in a function, as PyFrame_FastToLocals: the frame's dict `frame_dict` (made on the
/// first call, the same object after) with each of `entries` (name, value) set in order, or
/// removed while the variable is unbound. Returns the dict.
Object frame_locals(Object& frame_dict, std::initializer_list<std::pair<const char*, Object>> entries);
/// dir() without an argument: the keys of `namespace_dict`, sorted, in a list.
Object sorted_keys(const Object& namespace_dict);

/// Zero-argument super() as super_init_without_args: super(cls, first) with `cls` from the
/// implicit `__class__` cell (unbound: the function has none) and `first` the value of the
/// function's first argument when it has positional ones (`has_arguments`). RuntimeError
/// "super(): no arguments", "super(): arg[0] deleted", "super(): __class__ cell not found",
/// "super(): empty __class__ cell", "super(): __class__ is not a type (int)".
Object super_zero(const Object& class_cell, bool has_arguments, const Object& first);
void cell_set(const Object& cell, Object value);

/// The `class` statement as CPython's __build_class__ runs it, in two steps
/// around the body. The constructor takes the class's name, its bases (a
/// tuple, evaluated), the `metaclass=` keyword (unbound when absent), the
/// other keywords (a dict, or unbound), and the module's name and the class's
/// qualname. It resolves the bases (update_bases: a base that is no class is
/// replaced by what its __mro_entries__ returns, or by its __origin__ class),
/// settles the metaclass (the explicit one, else the first base's type, else
/// `type`, then the most derived of it and the bases' types:
/// "metaclass conflict: ..."), and makes the namespace `ns` with the
/// metaclass's __prepare__(name, bases, **keywords) (TypeError
/// "M.__prepare__() must return a mapping, not int"), storing __module__ and
/// __qualname__ in it as the body's first statements do.
struct ClassBuild {
  ClassBuild(const Object& name, const Object& bases, const Object& metaclass, const Object& keywords,
             const Object& module_name, const Object& qualname);
  /// Calls the metaclass with (name, bases, ns, **keywords) and returns the
  /// class. `class_cell` is the body's implicit __class__ cell (unbound when
  /// it has none), which type.__new__ must have filled: RuntimeError
  /// "__class__ not set defining 'C' as <class 'C'>. Was __classcell__
  /// propagated to type.__new__?", TypeError "__class__ set to ... defining
  /// ... as ..." when it holds another class.
  Object create(const Object& class_cell) const;
  /// `**mapping` among the keywords, merged into `keywords` (a dict): TypeError
  /// "__build_class__() argument after ** must be a mapping, not list",
  /// "__build_class__() got multiple values for keyword argument 'a'".
  static void merge_keywords(const Object& keywords, const Object& mapping);
  /// `name=value` among keywords that also take a `**mapping`, with the same errors.
  static void add_keyword(const Object& keywords, const Object& name, const Object& value);

  Object name;
  Object orig_bases;  ///< the bases as written
  Object bases;       ///< after update_bases
  Object meta;
  Object keywords;  ///< a dict, or unbound
  Object ns;        ///< the namespace the body fills
};

/// Class bodies: name reads that fall back from the namespace to
/// globals/builtins (LOAD_NAME), and annotations recorded in __annotations__.
Object class_load(const Object& ns, const Object& name, const Object& fallback);
void class_annotate(const Object& ns, const Object& name, const Object& annotation);

/// `with` as CPython's BEFORE_WITH: looks __enter__ then __exit__ up on type(m), never on the
/// instance (_PyObject_LookupSpecial), binds both to `manager`, stores the bound __enter__ in
/// `enter` and returns the bound __exit__, which the caller then calls in this order. TypeError
/// "'X' object does not support the context manager protocol" (for a missing __enter__) and
/// "... (missed __exit__ method)". async_with_exit is BEFORE_ASYNC_WITH's (__aenter__,
/// __aexit__, "asynchronous context manager"). call_exit calls an exit with (type, value,
/// traceback) of the pending exception, or three Nones when it is unbound.
Object with_exit(const Object& manager, Object& enter);
Object async_with_exit(const Object& manager, Object& enter);
Object call_exit(const Object& exit, const Object& pending);

/// Bare `raise`: re-raises the exception being handled, or RuntimeError
/// "No active exception to reraise".
[[noreturn]] void reraise();

/// `*x` inside a call or a display: `pyrt::Starred{x}` holds a reference to
/// `x` until the Part built from it takes it over.
struct Starred {
  // Not an aggregate on purpose. g++ 12.2 destroys the members of an
  // aggregate that is brace-initialized inside a co_await or co_yield operand
  // twice (GCC PR c++/100611); translated code writes
  // `co_await pyrt::await_(pyrt::call_ex(f, pyrt::tuple_from_parts(pyrt::Starred{t}), kw))`
  // for `await f(*t)`, which released `t` once too often and crashed later
  // (tests/golden/asyncio/bugfix_wait_timeout_pending.py). A user-declared
  // constructor makes `Starred{x}` a constructor call, which g++ gets right;
  // clang++ 14 is right either way.
  explicit Starred(Object v) noexcept : value(std::move(v)) {}
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
/// `callee` names the function in the errors, as CPython's
/// _PyObject_FunctionStr does ("__main__.f() got multiple values for keyword
/// argument 'a'").
void dict_merge_kwargs(const Object& kwargs, const Object& mapping, const Object& callee);
void dict_merge_kwarg(const Object& kwargs, const Object& name, const Object& value, const Object& callee);
/// `{**m}` in a dict display.
void dict_update(const Object& dict, const Object& mapping);

/// State of one `for` loop (GET_ITER / FOR_ITER). A range is walked inline:
/// its iterator is private to the loop, so skipping it is unobservable.
class ForIter {
 public:
  explicit ForIter(const Object& iterable) {
    if (iterable.is_heap() && iterable.heap()->type == types::range) {
      const auto* r = static_cast<const RangeObject*>(iterable.heap());
      current_ = r->start;
      step_ = r->step;
      remaining_ = r->length;
      is_range_ = true;
      return;
    }
    iter_ = iter(iterable);
  }
  /// Advances: true with `out` set, false at the end.
  bool next(Object& out) {
    if (!is_range_) return pyrt::next(iter_, out);
    if (remaining_ <= 0) return false;
    out = Object::from_int(current_);
    // Step only while elements remain, so the last step cannot overflow.
    if (--remaining_ > 0) current_ += step_;
    return true;
  }

 private:
  Object iter_;
  std::int64_t current_ = 0, step_ = 1, remaining_ = 0;
  bool is_range_ = false;
};

/// aiter(x) for an async generator expression's first iterable.
Object aiter(const Object& x);
/// The iterator `yield from x` delegates to.
Object iter_for_yield_from(const Object& x);

// ---- argument packing without braced lists ----------------------------------
// g++ 11.2-12.x reject a std::initializer_list temporary inside a coroutine
// body ("error: array used as initializer", reported against GCC 11.2 in
// Naios/continuable#67 and reproduced here with g++ 12.2). Translated bodies
// therefore pass values as plain arguments to these variadic forms, which
// build the braced list in an ordinary (non-coroutine) function. Operands are
// already evaluated in Python's order by the time these are called.

template <class... A>
Object call(const Object& f, A&&... a) {
  return call(f, {Object(std::forward<A>(a))...});
}
template <class... A>
Object call_method(const Method& m, A&&... a) {
  return call_method(m, {Object(std::forward<A>(a))...});
}
/// f(pos..., name=value...): the last `len(kwnames)` values are keywords.
template <class... A>
Object call_with_keywords(const Object& f, const Object& kwnames, A&&... a) {
  return call_kw(f, {Object(std::forward<A>(a))...}, kwnames);
}
template <class... A>
Object tuple_of(A&&... a) {
  return tuple_of({Object(std::forward<A>(a))...});
}
template <class... A>
Object list_of(A&&... a) {
  return list_of({Object(std::forward<A>(a))...});
}
template <class... A>
Object set_of(A&&... a) {
  return set_of({Object(std::forward<A>(a))...});
}
/// A display of three or more constants, which CPython builds from a folded
/// frozenset (so its iteration order can differ from set_of's).
template <class... A>
  requires(sizeof...(A) >= 3)
Object set_display_of_constants(A&&... a) {
  return set_display_of_constants({Object(std::forward<A>(a))...});
}
inline Object dict_new() { return dict_of({}); }
template <class... A>
Object fstring_join(A&&... a) {
  return fstring_join({Object(std::forward<A>(a))...});
}
template <class... A>
std::vector<Object> objects(A&&... a) {
  std::vector<Object> out;
  out.reserve(sizeof...(A));
  (out.push_back(Object(std::forward<A>(a))), ...);
  return out;
}
template <class... P>
Object tuple_from_parts(P&&... p) {
  return tuple_from_parts({Part(std::forward<P>(p))...});
}
template <class... P>
Object list_from_parts(P&&... p) {
  return list_from_parts({Part(std::forward<P>(p))...});
}
template <class... P>
Object set_from_parts(P&&... p) {
  return set_from_parts({Part(std::forward<P>(p))...});
}

/// Runs a translated program: registers `modules` (every module of the program but the
/// main one) with the import system, sets sys.argv, runs `main` as `__main__` in CPython's
/// <module> frame (recursion depth 1) on a thread with a 256 MiB stack, turns an escaping
/// exception into CPython's traceback report and exit status, and flushes stdout, also when
/// a fatal signal ends the process.
int run_main(int argc, char** argv, const TranslatedModuleDef& main,
             std::initializer_list<const TranslatedModuleDef*> modules);

}  // namespace pyrt
