// Instances of user classes: attribute access with CPython's descriptor
// precedence (Objects/object.c PyObject_GenericGetAttr/SetAttr) and every
// protocol slot forwarded to the class's dunder methods (the slot_tp_* and
// slot_nb_* wrappers of Objects/typeobject.c, with their error texts).
#include "pyrt/object/instance.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/slots.h"

#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace nm = detail::names;
using detail::call_as_method;
using detail::type_error;

Instance::Instance(TypeObject* t) : HeapObject(t) {}

namespace {

// object_new's check for Py_TPFLAGS_IS_ABSTRACT, with 3.11's wording: "Can't
// instantiate abstract class X with abstract method(s) a, b", names sorted.
[[noreturn]] void raise_abstract_instantiation(TypeObject* type) {
  std::vector<std::string> names;
  Object it = iter(dict_get(type->dict, nm::abstractmethods));
  Object n;
  while (next(it, n)) names.emplace_back(str_view(n));
  std::sort(names.begin(), names.end());
  std::string joined;
  for (const std::string& s : names) joined += (joined.empty() ? "" : ", ") + s;
  type_error("Can't instantiate abstract class " + type->name + " with abstract method" +
             (names.size() > 1 ? "s " : " ") + joined);
}

}  // namespace

Object new_instance(TypeObject* type) {
  if (type->is_abstract) raise_abstract_instantiation(type);
  return make<Instance>(type);
}

namespace {

// A slot wrapper bound under another slot's name (`__str__ = int.__repr__`, as enum's ReprEnum
// does) is no default: CPython's update_one_slot puts the wrapper's C function, d_wrapped, in
// the slot, so the class's str is int's repr.
bool is_wrapper_of_other_slot(const Object& f, const Object& name) {
  return is_slot_wrapper(f) && str_view(name) != static_cast<WrapperDescriptor*>(f.heap())->slot->name;
}

}  // namespace

Object detail::user_dunder(TypeObject* type, const Object& name) {
  Object f = type->lookup(name);
  if (f.is_unbound() || (detail::is_slot_default(f) && !is_wrapper_of_other_slot(f, name))) return Object();
  // What a builtin class along the MRO defines (set.__contains__'s slot method) is the builtin
  // behaviour the caller falls back to anyway; calling it would dispatch back here.
  for (const TypeObject* t : type->mro) {
    if (dict_get(t->dict, name).is_unbound()) continue;
    return t->is_heap_type ? f : Object();
  }
  return f;
}

namespace {

using detail::has_user_get;
using detail::user_dunder;

}  // namespace

// A user-defined descriptor object (an instance whose class has __get__).
bool detail::has_user_get(const Object& descr) {
  return descr.is_heap() && descr.heap()->type->is_heap_type && !descr.type()->lookup(nm::get).is_unbound();
}

Object generic_getattr(const Object& obj, const Object& dict, const Object& name) {
  TypeObject* tp = obj.type();
  Object descr = tp->lookup(name);
  if (!descr.is_unbound()) {
    if (descr.type() == types::property) {
      return property_get(static_cast<PropertyObject*>(descr.heap()), obj, name);
    }
    if (SlotDescriptor* slot = as_slot_descriptor(descr)) return slot->get(obj);
    if (has_user_get(descr) && !descr.type()->lookup(nm::set).is_unbound()) {
      return call_as_method(descr.type()->lookup(nm::get), descr, {obj, Object(tp)});
    }
  }
  if (!dict.is_unbound()) {
    Object v = dict_get(dict, name);
    if (!v.is_unbound()) return v;
  }
  if (descr.is_unbound()) return Object();
  if (has_user_get(descr)) return call_as_method(descr.type()->lookup(nm::get), descr, {obj, Object(tp)});
  return bind_descriptor(descr, obj, tp);
}

void detail::generic_setattr_dict(HeapObject* self, Object& dict, const Object& name, const Object& value,
                                  BaseSetattr base) {
  Object descr = self->type->lookup(name);
  if (!descr.is_unbound()) {
    if (descr.type() == types::property) {
      property_set(static_cast<PropertyObject*>(descr.heap()), Object(self), name, value);
      return;
    }
    if (SlotDescriptor* slot = as_slot_descriptor(descr)) {
      slot->set(Object(self), value);
      return;
    }
    if (descr.is_heap() && descr.heap()->descr_set(Object(self), value)) return;
    if (descr.is_heap() && descr.heap()->type->is_heap_type) {
      Object f = descr.type()->lookup(value.is_unbound() ? nm::delete_ : nm::set);
      if (!f.is_unbound()) {
        if (value.is_unbound()) call_as_method(f, descr, {Object(self)});
        else call_as_method(f, descr, {Object(self), value});
        return;
      }
    }
  }
  if (base != nullptr && base(self, name, value)) return;
  // No __dict__ (__slots__ without '__dict__'): only the slots can be set.
  if (!self->type->instances_have_dict) {
    detail::attribute_error("'" + self->type->name + "' object has no attribute '" + std::string(str_view(name)) + "'");
  }
  if (value.is_unbound()) {
    if (dict.is_unbound() || !dict_del(dict, name)) {
      detail::attribute_error("'" + self->type->name + "' object has no attribute '" + std::string(str_view(name)) +
                              "'");
    }
    return;
  }
  if (dict.is_unbound()) dict = new_dict();
  dict_set(dict, name, value);
}

namespace {

bool instance_base_setattr(HeapObject* self, const Object& name, const Object& value) {
  return static_cast<Instance*>(self)->base_setattr(name, value);
}

Object instance_base_getattr(HeapObject* self, const Object& name) {
  return static_cast<Instance*>(self)->base_getattr(name);
}

}  // namespace

void generic_setattr(Instance* self, const Object& name, const Object& value) {
  detail::generic_setattr_dict(self, self->dict, name, value, instance_base_setattr);
}

void object_setattr(const Object& obj, const Object& name, const Object& value) {
  if (obj.is_heap()) {
    if (auto* inst = dynamic_cast<Instance*>(obj.heap())) {
      generic_setattr(inst, name, value);
      return;
    }
    if (Object* dict = obj.heap()->instance_dict()) {
      detail::generic_setattr_dict(obj.heap(), *dict, name, value, nullptr);
      return;
    }
  }
  setattr(obj, name, value);
}

// ---- attribute protocol -------------------------------------------------------------------------

Object detail::instance_getattr(HeapObject* self_ptr, Object& dict, const Object& name, BaseGetattr base) {
  Object self(self_ptr);
  TypeObject* type = self_ptr->type;
  if (name.is(nm::class_)) return Object(type);
  if (name.is(nm::dict) && type->instances_have_dict) {
    if (dict.is_unbound()) dict = new_dict();
    return dict;
  }
  if (type->has_user_getattribute()) {
    Object ga = type->lookup(nm::getattribute_);
    try {
      return call_as_method(ga, self, {name});
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::AttributeError)) throw;
      Object f = user_dunder(type, nm::getattr);
      if (f.is_unbound()) throw;
      return call_as_method(f, self, {name});
    }
  }
  Object r = generic_getattr(self, dict, name);
  if (!r.is_unbound()) return r;
  r = base(self_ptr, name);
  if (!r.is_unbound()) return r;
  if (!type->has_user_getattr()) return Object();
  return call_as_method(user_dunder(type, nm::getattr), self, {name});
}

void detail::instance_setattr(HeapObject* self, Object& dict, const Object& name, const Object& value,
                              BaseSetattr base) {
  TypeObject* type = self->type;
  bool user = value.is_unbound() ? type->has_user_delattr() : type->has_user_setattr();
  Object f = user ? user_dunder(type, value.is_unbound() ? nm::delattr : nm::setattr) : Object();
  if (!f.is_unbound()) {
    if (value.is_unbound()) call_as_method(f, Object(self), {name});
    else call_as_method(f, Object(self), {name, value});
    return;
  }
  generic_setattr_dict(self, dict, name, value, base);
}

Object Instance::getattr(const Object& name) { return detail::instance_getattr(this, dict, name, instance_base_getattr); }

void Instance::setattr(const Object& name, const Object& value) {
  detail::instance_setattr(this, dict, name, value, instance_base_setattr);
}

Object* Instance::instance_dict() { return type->instances_have_dict ? &dict : nullptr; }

Object* Instance::slot_values(std::size_t count) {
  if (!slots) slots = std::make_unique<Object[]>(count);
  return slots.get();
}

Object Instance::base_getattr(const Object&) { return Object(); }
bool Instance::base_setattr(const Object&, const Object&) { return false; }
Object Instance::base_repr() { return str_from(default_object_repr(Object(this))); }
Object Instance::base_str() { return repr(); }

// ---- dunder dispatch ------------------------------------------------------------------------------

Object Instance::repr() {
  Object f = user_dunder(type, nm::repr);
  if (f.is_unbound()) return base_repr();
  return call_as_method(f, Object(this), {});
}

Object Instance::str() {
  Object f = type->lookup(nm::str);
  if (f.is_unbound() || (detail::is_slot_default(f) && dict_get(types::object->dict, nm::str).is(f))) {
    return repr();  // object.__str__ is repr(self)
  }
  if (detail::is_slot_default(f)) return base_str();
  return call_as_method(f, Object(this), {});
}

std::int64_t detail::hash_result(const Object& r) {
  if (!is_int(r)) type_error("__hash__ method should return an integer");
  // slot_tp_hash: a value that fits Py_hash_t is used as is, larger ints
  // are reduced by the int hash.
  std::int64_t h;
  if (!int_to_int64(r, h)) h = int_hash(r);
  return h == -1 ? -2 : h;
}

std::int64_t Instance::hash() {
  Object f = type->lookup(nm::hash);
  if (f.is_none()) type_error("unhashable type: '" + type->message_name() + "'");
  if (f.is_unbound() || detail::is_slot_default(f)) return detail::identity_hash(this);
  return detail::hash_result(call_as_method(f, Object(this), {}));
}

Object Instance::richcompare(const Object& other, CmpOp op) {
  Object f = user_dunder(type, detail::cmp_name(op));
  if (!f.is_unbound()) {
    Object r = call_as_method(f, Object(this), {other});
    if (detail::is_not_implemented(r)) return Object();
    return r;
  }
  bool same = other.is_heap() && other.heap() == this;
  if (op == CmpOp::Eq) return same ? kTrue : Object();
  if (op == CmpOp::Ne) {
    Object eq = user_dunder(type, nm::eq);
    if (!eq.is_unbound()) {
      Object r = call_as_method(eq, Object(this), {other});
      if (detail::is_not_implemented(r)) return Object();
      return Object::from_bool(!pyrt::truthy(r));
    }
    return same ? kFalse : Object();
  }
  return Object();
}

Object Instance::call(const CallArgs& args) {
  Object f = user_dunder(type, nm::call);
  if (f.is_unbound()) return Object();
  return detail::call_as_method_args(f, Object(this), args);
}

Object detail::iter_result(const Object& r) {
  if (r.is_heap() && r.heap()->instance_dict() != nullptr && r.type()->lookup(nm::next).is_unbound()) {
    type_error("iter() returned non-iterator of type '" + type_name_text(r) + "'");
  }
  return r;
}

Object Instance::iter() {
  Object f = type->lookup(nm::iter);
  if (f.is_unbound()) return Object();
  if (f.is_none()) type_error("'" + type->name + "' object is not iterable");
  return detail::iter_result(call_as_method(f, Object(this), {}));
}

bool Instance::next(Object& out) {
  Object f = type->lookup(nm::next);
  if (f.is_unbound()) type_error("'" + type->name + "' object is not an iterator");
  try {
    out = call_as_method(f, Object(this), {});
  } catch (PyException& e) {
    if (exception_is(e.value, exc::StopIteration)) return false;
    throw;
  }
  return true;
}

std::int64_t detail::len_result(const Object& r) {
  if (!is_int(r)) type_error("'" + type_name_text(r) + "' object cannot be interpreted as an integer");
  if (int_sign(r) < 0) detail::value_error("__len__() should return >= 0");
  std::int64_t n;
  if (!int_to_int64(r, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

std::int64_t Instance::len() {
  Object f = user_dunder(type, nm::len);
  if (f.is_unbound()) return -1;
  return detail::len_result(call_as_method(f, Object(this), {}));
}

Object Instance::getitem(const Object& key) {
  Object f = user_dunder(type, nm::getitem);
  if (f.is_unbound()) return Object();
  return call_as_method(f, Object(this), {key});
}

// CPython fills one slot, mp_ass_subscript, from either __setitem__ or
// __delitem__ (typeobject.c, slot_mp_ass_subscript), so a class defining only
// one of them raises AttributeError naming the other.
void Instance::setitem(const Object& key, const Object& value) {
  if (value.is_unbound()) {
    Object f = user_dunder(type, nm::delitem);
    if (f.is_unbound()) {
      if (!user_dunder(type, nm::setitem).is_unbound()) detail::attribute_error("__delitem__");
      detail::item_deletion_error(Object(this), key);
    }
    call_as_method(f, Object(this), {key});
    return;
  }
  Object f = user_dunder(type, nm::setitem);
  if (f.is_unbound()) {
    if (!user_dunder(type, nm::delitem).is_unbound()) detail::attribute_error("__setitem__");
    type_error("'" + type->name + "' object does not support item assignment");
  }
  call_as_method(f, Object(this), {key, value});
}

Object Instance::contains(const Object& item) {
  Object f = user_dunder(type, nm::contains);
  if (f.is_unbound()) return Object();
  return Object::from_bool(pyrt::truthy(call_as_method(f, Object(this), {item})));
}

Object detail::bool_result(const Object& r) {
  if (!r.is_bool()) type_error("__bool__ should return bool, returned " + type_name_text(r));
  return r;
}

Object Instance::truthy() {
  Object f = user_dunder(type, nm::bool_);
  if (!f.is_unbound()) return detail::bool_result(call_as_method(f, Object(this), {}));
  if (!user_dunder(type, nm::len).is_unbound()) return Object::from_bool(len() != 0);
  return Object();
}

Object Instance::binop(BinaryOp op, const Object& other, bool reflected) {
  Object f = user_dunder(type, detail::binop_name(op, reflected ? 1 : 0));
  if (f.is_unbound()) return Object();
  Object r = call_as_method(f, Object(this), {other});
  if (detail::is_not_implemented(r)) return Object();
  return r;
}

Object Instance::inplace(BinaryOp op, const Object& other) {
  Object f = user_dunder(type, detail::binop_name(op, 2));
  if (f.is_unbound()) return Object();
  Object r = call_as_method(f, Object(this), {other});
  if (detail::is_not_implemented(r)) return Object();
  return r;
}

Object Instance::unaryop(UnaryOp op) {
  const Object& name = op == UnaryOp::USub ? nm::neg : op == UnaryOp::UAdd ? nm::pos : nm::invert;
  Object f = user_dunder(type, name);
  if (f.is_unbound()) return Object();
  return call_as_method(f, Object(this), {});
}

}  // namespace pyrt
