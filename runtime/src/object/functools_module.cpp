// The module functools while Lib/functools.py is not translated (its singledispatch needs
// typing.get_type_hints, which evaluates string annotations): the C part's partial and reduce,
// and update_wrapper, wraps, lru_cache and cache written as functools.py writes them.
#include "internal.h"
#include "module_registrations.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

namespace {

// WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES, update_wrapper's defaults.
const Object& wrapper_assignments() {
  namespace nm = detail::names;
  static const Object t = tuple_of({nm::module, nm::name, nm::qualname, nm::doc, nm::annotations});
  return t;
}

const Object& wrapper_updates() {
  static const Object t = tuple_of({detail::names::dict});
  return t;
}

// update_wrapper: each `assigned` attribute the wrapped function has set on the wrapper, each
// `updated` one's dict updated from the wrapped one's, then __wrapped__.
Object update_wrapper_to(const Object& wrapper, const Object& wrapped, const Object& assigned, const Object& updated) {
  Object it = iter(assigned);
  for (Object attr; next(it, attr);) {
    Object value = getattr_or_unbound(wrapped, attr);
    if (!value.is_unbound()) setattr(wrapper, attr, value);
  }
  static const Object update = intern("update");
  it = iter(updated);
  for (Object attr; next(it, attr);) {
    Object source = getattr_or_unbound(wrapped, attr);
    call_method(getattr(wrapper, attr), update, {source.is_unbound() ? new_dict() : source});
  }
  static const Object wrapped_name = intern("__wrapped__");
  setattr(wrapper, wrapped_name, wrapped);
  return wrapper;
}

// update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES).
Object update_wrapper(const CallArgs& args) {
  Object a[4];
  parse_args(args, "update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 4, 2, a);
  return update_wrapper_to(a[0], a[1], a[2].is_unbound() ? wrapper_assignments() : a[2],
                           a[3].is_unbound() ? wrapper_updates() : a[3]);
}

const Object& update_wrapper_function() {
  static const Object f = make_builtin("update_wrapper", update_wrapper);
  return f;
}

// wraps(wrapped, assigned=..., updated=...): partial(update_wrapper, wrapped=wrapped,
// assigned=assigned, updated=updated).
Object wraps(const CallArgs& args) {
  Object a[3];
  parse_args(args, "wraps", {"wrapped", "assigned", "updated"}, 3, 1, a);
  Object keywords = dict_of({{intern("wrapped"), a[0]},
                             {intern("assigned"), a[1].is_unbound() ? wrapper_assignments() : a[1]},
                             {intern("updated"), a[2].is_unbound() ? wrapper_updates() : a[2]}});
  static const Object partial = getattr(import_module("_functools"), intern("partial"));
  return call_ex(partial, tuple_of({update_wrapper_function()}), keywords);
}

// _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]), made in
// functools.
const Object& cache_info_type() {
  static const Object t = [] {
    Object namedtuple = getattr(import_module("_py2cpp_collections"), intern("namedtuple"));
    Object fields = list_from_vector({str_from("hits"), str_from("misses"), str_from("maxsize"), str_from("currsize")});
    return call_ex(namedtuple, tuple_of({str_from("CacheInfo"), fields}), dict_of({{intern("module"), str_from("functools")}}));
  }();
  return t;
}

// The `lambda : {'maxsize': maxsize, 'typed': typed}` set as cache_parameters; `self` holds
// (maxsize, typed).
Object cache_parameters(const Object& self, const CallArgs& args) {
  check_nargs(args, "<lambda>", 0, 0);
  const std::vector<Object>& p = tuple_items(self);
  return dict_of({{str_from("maxsize"), p[0]}, {str_from("typed"), p[1]}});
}

// decorating_function(user_function): the _lru_cache_wrapper of user_function with
// cache_parameters, updated from it as update_wrapper does; `self` holds (maxsize, typed).
Object decorating_function(const Object& self, const CallArgs& args) {
  check_nargs(args, "decorating_function", 1, 1);
  const std::vector<Object>& p = tuple_items(self);
  static const Object lru_wrapper = getattr(import_module("_functools"), intern("_lru_cache_wrapper"));
  Object wrapper = call(lru_wrapper, {args.args[0], p[0], p[1], cache_info_type()});
  static const Object parameters_name = intern("cache_parameters");
  setattr(wrapper, parameters_name, make_native_method(self, "<lambda>", cache_parameters));
  return update_wrapper_to(wrapper, args.args[0], wrapper_assignments(), wrapper_updates());
}

// lru_cache(maxsize=128, typed=False): a negative maxsize is 0; a callable maxsize (with a
// bool typed) is the function itself, decorated with maxsize 128.
Object lru_cache(const CallArgs& args) {
  Object a[2];
  parse_args(args, "lru_cache", {"maxsize", "typed"}, 2, 0, a);
  Object maxsize = a[0].is_unbound() ? Object::from_int(128) : a[0];
  Object typed = a[1].is_unbound() ? kFalse : a[1];
  if (is_int(maxsize)) {
    if (int_sign(maxsize) < 0) maxsize = Object::from_int(0);
  } else if (is_callable(maxsize) && typed.is_bool()) {
    Object decorate = make_native_method(tuple_of({Object::from_int(128), typed}), "decorating_function",
                                         decorating_function);
    return call(decorate, {maxsize});
  } else if (!maxsize.is_none()) {
    detail::type_error("Expected first argument to be an integer, a callable, or None");
  }
  return make_native_method(tuple_of({maxsize, typed}), "decorating_function", decorating_function);
}

// cache(user_function, /): lru_cache(maxsize=None)(user_function).
Object cache(const CallArgs& args) {
  check_nargs(args, "cache", 1, 1);
  Object decorate = make_native_method(tuple_of({kNone, kFalse}), "decorating_function", decorating_function);
  return call(decorate, {args.args[0]});
}

}  // namespace

Object detail::make_functools() {
  Object m = new_module("functools");
  Object native = import_module("_functools");
  for (const char* name : {"partial", "reduce"}) module_add(m, name, getattr(native, intern(name)));
  module_add(m, "WRAPPER_ASSIGNMENTS", wrapper_assignments());
  module_add(m, "WRAPPER_UPDATES", wrapper_updates());
  module_add(m, "update_wrapper", update_wrapper_function());
  static const NativeFunctionDef functions[] = {
      {"wraps", wraps, kOwnArgs, 0},
      {"lru_cache", lru_cache, kOwnArgs, 0},
      {"cache", cache, kOwnArgs, 0},
  };
  module_add_functions(m, functions);
  return m;
}

}  // namespace pyrt

void pystd_9functools::register_module() { pyrt::register_module("functools", pyrt::detail::make_functools); }
