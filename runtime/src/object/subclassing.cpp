// The subclassing verdict of each class pyrt provides (pyrt/object/subclassing.h), from the
// flags make_builtin_type's callers set: is_basetype, is_final_in_cpython.
#include "pyrt/object/subclassing.h"

#include "pyrt/object/exception.h"
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

}  // namespace pyrt
