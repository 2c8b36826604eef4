// types.SimpleNamespace. Mirrors Objects/namespaceobject.c.
#include "pyrt/object/namespace.h"

#include <string>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

bool is_namespace(const Object& x) { return x.type()->is_subtype(simple_namespace_type()); }

Object namespace_init(const CallArgs& args) {
  if (args.npos != 1) raise_error(exc::TypeError, "no positional arguments expected");
  for (std::size_t k = 0; k < args.nkw; ++k) setattr(args.args[0], args.kwnames[k], args.args[args.npos + k]);
  return Object::none();
}

// namespace_repr: the str keys of __dict__ in insertion order.
Object namespace_repr(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  const Object& self = args.args[0];
  std::string name = self.type() == simple_namespace_type() ? "namespace" : std::string(type_name(self));
  detail::ReprGuard guard(self.heap());
  if (!guard.entered) return str_from(name + "(...)");
  std::string out = name + "(";
  bool first = true;
  for (auto& e : as_dict(*self.heap()->instance_dict())->entries) {
    if (e.key.is_unbound() || !is_str(e.key) || str_view(e.key).empty()) continue;
    out += (first ? "" : ", ") + std::string(str_view(e.key)) + "=" + repr_text(e.value);
    first = false;
  }
  return str_from(out + ")");
}

Object namespace_eq(const CallArgs& args) {
  check_nargs(args, "__eq__", 2, 2);
  if (!is_namespace(args.args[1])) return detail::not_implemented();
  return compare(CmpOp::Eq, *args.args[0].heap()->instance_dict(), *args.args[1].heap()->instance_dict());
}

Object copy_of(const Object& dict) {
  Object copy = new_dict();
  dict_update_from(copy, dict);
  return copy;
}

Object namespace_reduce(const CallArgs& args) {
  check_nargs(args, "__reduce__", 1, 1);
  const Object& self = args.args[0];
  return tuple_of({Object(self.type()), tuple_of({}), copy_of(*self.heap()->instance_dict())});
}

TypeObject* make_namespace_type() {
  namespace nm = detail::names;
  TypeObject* t = make_python_class("SimpleNamespace", "types", {},
                                    {{nm::init, make_builtin_method("__init__", namespace_init)},
                                     {nm::repr, make_builtin_method("__repr__", namespace_repr)},
                                     {nm::eq, make_builtin_method("__eq__", namespace_eq)},
                                     {intern("__reduce__"), make_builtin_method("__reduce__", namespace_reduce)},
                                     {nm::hash, Object::none()}},
                                    false);
  t->tp_name = "types.SimpleNamespace";  // a C type in CPython
  return t;
}

}  // namespace

TypeObject* simple_namespace_type() {
  static TypeObject* t = make_namespace_type();
  return t;
}

Object make_simple_namespace(std::initializer_list<std::pair<const char*, Object>> attributes) {
  Object ns = new_instance(simple_namespace_type());
  for (const auto& [name, value] : attributes) setattr(ns, intern(name), value);
  return ns;
}

}  // namespace pyrt
