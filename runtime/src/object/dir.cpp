// dir(obj) and the __dir__ methods it calls: object.__dir__, type.__dir__ and
// module.__dir__. Mirrors builtin_dir (Python/bltinmodule.c) and
// object___dir___impl, type___dir___impl, merge_class_dict and module_dir
// (Objects/typeobject.c, Objects/moduleobject.c).
#include <string>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// merge_class_dict: the names of `cls`'s own dict, then each base's, recursively, into `into`.
void merge_class_dict(const Object& into, TypeObject* cls) {
  for (const auto& e : as_dict(cls->dict)->entries) {
    if (!e.key.is_unbound()) dict_set(into, e.key, e.value);
  }
  for (TypeObject* base : cls->bases) merge_class_dict(into, base);
}

Object keys_list(const Object& dict) {
  std::vector<Object> keys;
  for (const auto& e : as_dict(dict)->entries) {
    if (!e.key.is_unbound()) keys.push_back(e.key);
  }
  return list_from_vector(std::move(keys));
}

// object.__dir__: the instance's __dict__ (when it is a dict) merged with its class's names.
Object object_dir(const CallArgs& args) {
  check_nargs(args, "__dir__", 1, 1);
  const Object& self = args.args[0];
  Object names = new_dict();
  Object own = getattr_or_unbound(self, detail::names::dict);
  if (own.type()->is_subtype(types::dict)) dict_update_from(names, own);
  Object cls = getattr_or_unbound(self, detail::names::class_);
  if (is_type(cls)) merge_class_dict(names, static_cast<TypeObject*>(cls.heap()));
  return keys_list(names);
}

// type.__dir__: the class's names and its bases', not its metaclass's.
Object type_dir(const CallArgs& args) {
  check_nargs(args, "__dir__", 1, 1);
  if (!is_type(args.args[0])) {
    detail::type_error("descriptor '__dir__' requires a 'type' object but received a '" +
                       type_name_text(args.args[0]) + "'");
  }
  Object names = new_dict();
  merge_class_dict(names, static_cast<TypeObject*>(args.args[0].heap()));
  return keys_list(names);
}

// module_dir: the namespace's own __dir__ when it defines one (PEP 562), else its keys.
Object module_dir(const CallArgs& args) {
  check_nargs(args, "__dir__", 1, 1);
  Object dict = getattr(args.args[0], detail::names::dict);
  if (!dict.type()->is_subtype(types::dict)) {
    detail::type_error("<module>.__dict__ is not a dictionary");
  }
  static const Object dir_name = intern("__dir__");
  Object hook = dict_get(dict, dir_name);
  if (!hook.is_unbound()) return call(hook, {});
  return keys_list(dict);
}

void add_dir(TypeObject* type, NativeFn fn) {
  auto* f = new BuiltinFunction("__dir__", fn);
  f->binds_as_method = true;
  dict_set(type->dict, intern("__dir__"), Object(f));
}

}  // namespace

Object dir(const Object& obj) {
  static const Object dir_name = intern("__dir__");
  Object method = lookup_special(obj, dir_name);
  if (method.is_unbound()) detail::type_error("object does not provide __dir__");
  Object names = list_from_iterable(call(method, {}));
  list_sort(names, Object(), false);
  return names;
}

void detail::add_dir_methods() {
  add_dir(types::object, object_dir);
  add_dir(types::type, type_dir);
  add_dir(types::module, module_dir);
}

}  // namespace pyrt
