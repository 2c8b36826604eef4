// The subclassing verdict of each class pyrt provides (pyrt/object/subclassing.h), from the
// flags make_builtin_type's callers set: is_basetype, is_final_in_cpython; and what instances
// of user subclasses of int, float, str and bytes stand for in the builtins' own code.
#include "pyrt/object/subclassing.h"

#include <cstring>

#include "internal.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// The class make_class derives from for `base` (its __mro_entries__ rule for
// generic aliases), null when there is none.
TypeObject* class_of_base(const Object& base) {
  if (is_type(base)) return static_cast<TypeObject*>(base.heap());
  static const Object origin_name = intern("__origin__");
  Object origin;
  try {
    origin = getattr_or_unbound(base, origin_name);
  } catch (const PyException&) {
    return nullptr;
  }
  return is_type(origin) ? static_cast<TypeObject*>(origin.heap()) : nullptr;
}

}  // namespace

Subclassing subclassing_of(const Object& base) {
  TypeObject* t = class_of_base(base);
  if (t == nullptr) return Subclassing::NotYet;
  if (t->is_basetype) return Subclassing::Supported;
  return t->is_final_in_cpython ? Subclassing::Final : Subclassing::NotYet;
}

bool is_scalar_subclass_instance(const Object& x) noexcept {
  if (!x.is_heap()) return false;
  const TypeObject* t = x.heap()->type;
  const TypeObject* s = t->solid;
  return t != s && (s == types::int_ || s == types::float_ || s == types::str || s == types::bytes);
}

Object exact_builtin_value(const Object& x) {
  if (!is_scalar_subclass_instance(x)) return x;
  const TypeObject* s = x.heap()->type->solid;
  if (s == types::int_) return int_from_mpz(static_cast<IntObject*>(x.heap())->value);
  if (s == types::float_) return Object::from_float(static_cast<FloatObject*>(x.heap())->value);
  if (s == types::str) {
    const auto* v = static_cast<StrObject*>(x.heap());
    return make<StrObject>(v->data, v->length, v->ascii);
  }
  return bytes_from(static_cast<BytesObject*>(x.heap())->data);
}

namespace {

// tp_new_wrapper (Objects/typeobject.c) for builtin `*Owner`: `int.__new__(cls, *args)`, what
// super().__new__(cls, v) reaches from a subclass's __new__. TypeError with CPython's texts
// when `cls` is no type, not a subtype of the owner, or one whose instances another builtin's
// __new__ must make (int.__new__(bool)).
template <TypeObject** Owner>
Object builtin_new(const CallArgs& args) {
  const TypeObject* owner = *Owner;
  const std::string& name = owner->name;
  if (args.npos < 1) detail::type_error(name + ".__new__(): not enough arguments");
  const Object& cls = args.args[0];
  if (!is_type(cls)) {
    detail::type_error(name + ".__new__(X): X is not a type object (" + type_name_text(cls) + ")");
  }
  auto* t = static_cast<TypeObject*>(cls.heap());
  if (!t->is_subtype(owner)) {
    detail::type_error(name + ".__new__(" + t->name + "): " + t->name + " is not a subtype of " + name);
  }
  const TypeObject* solid = detail::solid_base(t);
  if (solid->native_new != owner->native_new) {
    detail::type_error(name + ".__new__(" + t->name + ") is not safe, use " + solid->name + ".__new__()");
  }
  return owner->native_new(t, CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
}

template <TypeObject** Owner>
void add_builtin_new() {
  auto* f = new BuiltinFunction("__new__", builtin_new<Owner>);
  // As object.__new__: the class's own constructor path, not a user __new__ (TypeObject::call).
  f->binds_as_method = true;
  f->slot_default = true;
  dict_set((*Owner)->dict, detail::names::new_, Object(f));
}

}  // namespace

void detail::add_scalar_new_methods() {
  add_builtin_new<&types::int_>();
  add_builtin_new<&types::float_>();
  add_builtin_new<&types::str>();
  add_builtin_new<&types::bytes>();
}

Object detail::native_receiver(const TypeObject* owner, const Object& self, const char* name) {
  if (!is_scalar_subclass_instance(self) || self.heap()->type->solid != owner) return self;
  if (std::strcmp(name, "__format__") == 0) return self;
  return exact_builtin_value(self);
}

bool detail::formats_as_str(const Object& self, const Object& spec) {
  return is_scalar_subclass_instance(self) && str_view(spec).empty();
}

}  // namespace pyrt
