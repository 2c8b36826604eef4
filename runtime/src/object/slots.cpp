// __slots__: member descriptors and the class-creation rules. Mirrors Objects/typeobject.c
// (type_new_slots, type_new_visit_slots, _Py_Mangle) and Objects/descrobject.c.
#include "pyrt/object/slots.h"

#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"
#include "pyrt/object/weakref.h"

namespace pyrt {

namespace nm = detail::names;

SlotDescriptor::SlotDescriptor(TypeObject* o, Object n, std::size_t i)
    : HeapObject(detail::member_descriptor_type()), owner(o), name(std::move(n)), index(i) {}

namespace {
Object slot_get_method(const Object& self, const CallArgs& args);
Object slot_set_method(const Object& self, const CallArgs& args);
Object slot_delete_method(const Object& self, const CallArgs& args);
}  // namespace

void detail::add_slot_descriptor_methods(TypeObject* member_descriptor) {
  add_method(member_descriptor, "__get__", slot_get_method);
  add_method(member_descriptor, "__set__", slot_set_method);
  add_method(member_descriptor, "__delete__", slot_delete_method);
}

SlotDescriptor* as_slot_descriptor(const Object& descr) noexcept {
  if (!descr.is_heap() || descr.heap()->type != detail::member_descriptor_type()) return nullptr;
  return dynamic_cast<SlotDescriptor*>(descr.heap());
}

namespace {

// The instance's slot storage, or TypeError for an object of another class (CPython's
// descr_check: "descriptor 'x' for 'C' objects doesn't apply to a 'int' object").
Object* storage(const SlotDescriptor& d, const Object& obj) {
  Object* values = obj.is_heap() && obj.type()->is_subtype(d.owner) ? obj.heap()->slot_values(obj.type()->slot_count)
                                                                      : nullptr;
  if (values == nullptr) {
    raise_error(exc::TypeError, "descriptor '" + std::string(str_view(d.name)) + "' for '" + d.owner->name +
                                    "' objects doesn't apply to a '" + type_name_text(obj) + "' object");
  }
  return values;
}

}  // namespace

Object SlotDescriptor::get(const Object& obj) {
  Object v = storage(*this, obj)[index];
  if (v.is_unbound()) {
    raise_error(exc::AttributeError,
                "'" + type_name_text(obj) + "' object has no attribute '" + std::string(str_view(name)) + "'");
  }
  return v;
}

void SlotDescriptor::set(const Object& obj, const Object& value) {
  Object& slot = storage(*this, obj)[index];
  if (value.is_unbound() && slot.is_unbound()) raise_error(exc::AttributeError, std::string(str_view(name)));
  slot = value;
}

Object SlotDescriptor::repr() {
  return str_from("<member '" + std::string(str_view(name)) + "' of '" + owner->name + "' objects>");
}

Object SlotDescriptor::getattr(const Object& n) {
  if (n.is(nm::name)) return name;
  if (n.is(nm::qualname)) return str_from(owner->qualname + "." + std::string(str_view(name)));
  if (str_view(n) == "__objclass__") return Object(owner);
  if (n.is(nm::doc)) return kNone;
  return HeapObject::getattr(n);
}

Object SlotDescriptor::descr_get(const Object& obj, TypeObject*) {
  if (obj.is_unbound()) return Object(this);
  return get(obj);
}

namespace {

// member_descriptor.__get__(obj, type=None): the descriptor itself for obj None.
// member_descriptor.__get__(obj, type=None): the descriptor itself for obj None. Builtins'
// member descriptors (slice.start) answer through their descr_get.
Object slot_get_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__get__", 1, 2);
  if (args.args[0].is_none()) {
    if (args.npos < 2 || args.args[1].is_none()) raise_error(exc::TypeError, "__get__(None, None) is invalid");
    return self;
  }
  if (SlotDescriptor* d = as_slot_descriptor(self)) return d->get(args.args[0]);
  return self.heap()->descr_get(args.args[0], args.args[0].type());
}

// __set__ / __delete__: a builtin's member descriptor is read-only.
void slot_store(const Object& self, const Object& obj, const Object& value) {
  SlotDescriptor* d = as_slot_descriptor(self);
  if (d == nullptr) raise_error(exc::AttributeError, "readonly attribute");
  d->set(obj, value);
}

Object slot_set_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__set__", 2, 2);
  slot_store(self, args.args[0], args.args[1]);
  return kNone;
}

Object slot_delete_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__delete__", 1, 1);
  slot_store(self, args.args[0], Object());
  return kNone;
}

// _Py_Mangle: __x in class C is _C__x (not dunders, not names with a dot).
std::string mangle(const std::string& class_name, const std::string& n) {
  if (n.size() < 2 || n[0] != '_' || n[1] != '_') return n;
  if (n.size() >= 4 && n.compare(n.size() - 2, 2, "__") == 0) return n;
  std::size_t start = class_name.find_first_not_of('_');
  if (start == std::string::npos) return n;
  return "_" + class_name.substr(start) + n;
}

// Whether instances of builtin or user class `base` have a __dict__ (tp_dictoffset != 0).
bool base_has_dict(const TypeObject* base) {
  return base->is_heap_type ? base->instances_have_dict : base->is_subtype(exc::BaseException);
}

// Instances of int, tuple and bytes vary in size (tp_itemsize != 0): no __weakref__ fits.
bool is_var_sized(TypeObject* base) {
  TypeObject* solid = detail::solid_base(base);
  return solid->is_subtype(types::int_) || solid == types::tuple || solid == types::bytes;
}

Object instance_dict_get(const Object& self) {
  Object* dict = self.heap()->instance_dict();
  if (dict == nullptr) return kNone;
  if (dict->is_unbound()) *dict = new_dict();
  return *dict;
}

// subtype_getweakref: the head of the object's list of weak references, or None.
Object instance_weakref_get(const Object& self) {
  std::vector<WeakRefObject*> refs = weakrefs_of(self.heap());
  return refs.empty() ? kNone : Object(refs.front());
}

// The getsets type_new adds after the slots: __dict__ and __weakref__ for a class that is the
// first along its bases to give its instances one.
void add_dict_and_weakref(TypeObject* type, bool add_dict, bool add_weakref) {
  if (add_dict) {
    dict_set(type->dict, detail::names::dict, make<GetSetDescriptor>(type, "__dict__", instance_dict_get, false));
  }
  if (add_weakref) {
    dict_set(type->dict, intern("__weakref__"), make<GetSetDescriptor>(type, "__weakref__", instance_weakref_get, false));
  }
}

}  // namespace

void init_class_slots(TypeObject* type, const Object& ns) {
  std::size_t inherited = 0;
  bool inherited_dict = false;
  bool inherited_weakref = false;
  bool var_sized = false;
  for (TypeObject* b : type->bases) {
    inherited = std::max(inherited, b->slot_count);
    inherited_dict = inherited_dict || base_has_dict(b);
    inherited_weakref = inherited_weakref || b->instances_have_weakref;
    var_sized = var_sized || is_var_sized(b);
  }
  type->slot_count = inherited;
  Object declared = dict_get(ns, intern("__slots__"));
  if (declared.is_unbound()) {
    bool add_weakref = !inherited_weakref && !var_sized;
    add_dict_and_weakref(type, !inherited_dict, add_weakref);
    type->instances_have_dict = true;
    type->instances_have_weakref = inherited_weakref || add_weakref;
    return;
  }
  std::vector<Object> names;
  if (is_str(declared)) {
    names.push_back(declared);
  } else {
    Object it = iter(declared);
    Object x;
    while (next(it, x)) names.push_back(x);
  }
  bool wants_dict = false;
  bool wants_weakref = false;
  std::vector<Object> mangled_names;
  for (const Object& n : names) {
    if (!is_str(n)) raise_error(exc::TypeError, "__slots__ items must be strings, not '" + type_name_text(n) + "'");
    std::string text(str_view(n));
    if (text == "__dict__") {
      if (inherited_dict || wants_dict) raise_error(exc::TypeError, "__dict__ slot disallowed: we already got one");
      wants_dict = true;
      continue;
    }
    if (text == "__weakref__") {
      if (inherited_weakref || var_sized || wants_weakref) {
        raise_error(exc::TypeError, "__weakref__ slot disallowed: either we already got one, or the itemsize is nonzero");
      }
      wants_weakref = true;
      continue;
    }
    Object mangled = intern(mangle(type->name, text));
    if (!dict_get(ns, mangled).is_unbound()) {
      raise_error(exc::ValueError, str_repr_text(str_view(mangled)) + " in __slots__ conflicts with class variable");
    }
    mangled_names.push_back(mangled);
  }
  // type_new_slots sorts the mangled names before it lays the members out.
  std::sort(mangled_names.begin(), mangled_names.end(),
            [](const Object& a, const Object& b) { return str_view(a) < str_view(b); });
  std::size_t index = inherited;
  for (const Object& mangled : mangled_names) {
    dict_set(type->dict, mangled, make<SlotDescriptor>(type, mangled, index++));
  }
  // type_new_slots_impl: int, bytes and tuple keep their value inside the object in CPython
  // (tp_itemsize), leaving no room for slots after it.
  const TypeObject* solid = detail::solid_base(type);
  if (index > inherited && (solid == types::int_ || solid == types::bytes || solid == types::tuple)) {
    raise_error(exc::TypeError, "nonempty __slots__ not supported for subtype of '" + solid->name + "'");
  }
  add_dict_and_weakref(type, wants_dict, wants_weakref);
  type->slot_count = index;
  type->has_own_slots = index > inherited;
  type->instances_have_dict = wants_dict || inherited_dict;
  type->instances_have_weakref = wants_weakref || inherited_weakref;
}

}  // namespace pyrt
