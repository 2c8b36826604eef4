// What `type` offers its subclasses, the metaclasses: the dunders a
// metaclass reaches through super() (type.__new__, __init__, __call__,
// __prepare__, __repr__, __getattribute__, __setattr__, __delattr__,
// __instancecheck__, __subclasscheck__). Mirrors the type_* functions and
// tp_new_wrapper of CPython's Objects/typeobject.c.
#include <string>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// The class a type-slot receives first; TypeError as CPython's descriptor check words it.
TypeObject* type_receiver(const CallArgs& args, const char* name) {
  if (args.npos == 0) detail::type_error(std::string("descriptor '") + name + "' of 'type' object needs an argument");
  if (!is_type(args.args[0])) {
    detail::type_error(std::string("descriptor '") + name + "' requires a 'type' object but received a '" +
                       type_name_text(args.args[0]) + "'");
  }
  return static_cast<TypeObject*>(args.args[0].heap());
}

CallArgs rest_of(const CallArgs& args) { return CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}; }

// tp_new_wrapper for type: type.__new__(metatype, name, bases, ns, **kw).
Object type_new_slot(const CallArgs& args) {
  if (args.npos == 0) detail::type_error("type.__new__(): not enough arguments");
  const Object& meta = args.args[0];
  if (!is_type(meta)) detail::type_error("type.__new__(X): X is not a type object (" + type_name_text(meta) + ")");
  auto* t = static_cast<TypeObject*>(meta.heap());
  if (!t->is_subtype(types::type)) {
    detail::type_error("type.__new__(" + t->name + "): " + t->name + " is not a subtype of type");
  }
  return type_new(t, rest_of(args));
}

// type_init: the class is complete already; only the arguments are checked.
Object type_init_slot(const CallArgs& args) {
  type_receiver(args, "__init__");
  std::size_t n = args.npos - 1;
  if (n == 1 && args.nkw != 0) detail::type_error("type.__init__() takes no keyword arguments");
  if (n != 1 && n != 3) detail::type_error("type.__init__() takes 1 or 3 arguments");
  return kNone;
}

Object type_call_slot(const CallArgs& args) { return type_receiver(args, "__call__")->type_call(rest_of(args)); }

// type.__prepare__: any arguments, a new empty dict.
Object type_prepare(const CallArgs&) { return new_dict(); }

Object type_repr_slot(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__repr__");
  check_nargs(rest_of(args), "__repr__", 0, 0);
  return t->type_repr();
}

Object type_getattribute_slot(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__getattribute__");
  check_nargs(rest_of(args), "__getattribute__", 1, 1);
  const Object& name = args.args[1];
  if (!is_str(name)) {
    detail::type_error("attribute name must be string, not '" + type_name_text(name) + "'");
  }
  Object r = t->type_getattro(name);
  if (r.is_unbound()) {
    detail::attribute_error("type object '" + t->name + "' has no attribute '" + std::string(str_view(name)) + "'");
  }
  return r;
}

Object type_setattr_slot(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__setattr__");
  check_nargs(rest_of(args), "__setattr__", 2, 2);
  t->type_setattro(args.args[1], args.args[2]);
  return kNone;
}

Object type_delattr_slot(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__delattr__");
  check_nargs(rest_of(args), "__delattr__", 1, 1);
  t->type_setattro(args.args[1], Object());
  return kNone;
}

// type.__instancecheck__ and __subclasscheck__: the nominal check isinstance
// and issubclass make without a metaclass hook.
Object type_instancecheck(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__instancecheck__");
  check_nargs(rest_of(args), "__instancecheck__", 1, 1);
  const Object& x = args.args[1];
  return Object::from_bool(x.type()->is_subtype(t));
}

Object type_subclasscheck(const CallArgs& args) {
  TypeObject* t = type_receiver(args, "__subclasscheck__");
  check_nargs(rest_of(args), "__subclasscheck__", 1, 1);
  const Object& c = args.args[1];
  if (!is_type(c)) detail::type_error("issubclass() arg 1 must be a class");
  return Object::from_bool(static_cast<TypeObject*>(c.heap())->is_subtype(t));
}

}  // namespace

void detail::add_type_slots() {
  // __new__ and __prepare__ take the metaclass explicitly (a static method
  // and a class method in CPython), so they do not bind.
  detail::add_slot_default(types::type, "__new__", type_new_slot, false);
  detail::add_slot_default(types::type, "__prepare__", type_prepare, false);
  detail::add_slot_default(types::type, "__init__", type_init_slot);
  detail::add_slot_default(types::type, "__call__", type_call_slot);
  detail::add_slot_default(types::type, "__repr__", type_repr_slot);
  detail::add_slot_default(types::type, "__getattribute__", type_getattribute_slot);
  detail::add_slot_default(types::type, "__setattr__", type_setattr_slot);
  detail::add_slot_default(types::type, "__delattr__", type_delattr_slot);
  detail::add_slot_default(types::type, "__instancecheck__", type_instancecheck);
  detail::add_slot_default(types::type, "__subclasscheck__", type_subclasscheck);
}

}  // namespace pyrt
