// TypeObject, class creation with C3 linearization, super() and descriptor
// binding. Mirrors CPython's Objects/typeobject.c (type_new, mro_internal,
// _PyType_Lookup with its version-tag cache, super_getattro, type_call).
#include "pyrt/object/type.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/slots.h"

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/mappingproxy.h"
#include "pyrt/object/set.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/typing.h"

namespace pyrt {

namespace types {
TypeObject* object;
TypeObject* type;
TypeObject* NoneType;
TypeObject* NotImplementedType;
TypeObject* ellipsis;
TypeObject* bool_;
TypeObject* int_;
TypeObject* float_;
TypeObject* complex_;
TypeObject* str;
TypeObject* bytes;
TypeObject* bytearray;
TypeObject* memoryview;
TypeObject* tuple;
TypeObject* list;
TypeObject* dict;
TypeObject* set;
TypeObject* frozenset;
TypeObject* range;
TypeObject* slice;
TypeObject* function;
TypeObject* builtin_function;
TypeObject* method;
TypeObject* method_descriptor;
TypeObject* cell;
TypeObject* module;
TypeObject* property;
TypeObject* staticmethod;
TypeObject* classmethod;
TypeObject* super;
TypeObject* generic_alias;
TypeObject* union_type;
TypeObject* iterator;
TypeObject* dict_keys;
TypeObject* dict_values;
TypeObject* dict_items;
TypeObject* abc_meta;
}  // namespace types

Object::Object(TypeObject* t) noexcept : Object(static_cast<HeapObject*>(t)) {}

namespace {

// CPython invalidates per-type version tags on assignment; one global
// version is simpler and assignments to classes after creation are rare.
std::uint64_t g_type_version = 1;

}  // namespace

void invalidate_type_caches() { ++g_type_version; }

TypeObject::TypeObject(std::string n, std::string m)
    : HeapObject(types::type), name(n), qualname(std::move(n)), module(std::move(m)) {}

Object TypeObject::lookup(const Object& key) const {
  const HeapObject* k = key.heap();
  CacheEntry* entry = nullptr;
  if (static_cast<const StrObject*>(k)->interned) {
    entry = &cache_[(reinterpret_cast<std::uintptr_t>(k) >> 5) & 31];
    if (entry->key == k && entry->version == g_type_version) return entry->value;
  }
  Object found;
  for (TypeObject* t : mro) {
    DictObject* d = as_dict(t->dict);
    std::int64_t pos = d->find(key);
    if (pos >= 0) {
      found = d->entries[pos].value;
      break;
    }
  }
  if (entry) {
    entry->key = k;
    entry->version = g_type_version;
    entry->value = found;
  }
  return found;
}

const TypeObject::SlotFlags& TypeObject::slot_flags() const {
  if (slot_flags_.version == g_type_version) return slot_flags_;
  auto user = [&](const Object& name) {
    Object f = lookup(name);
    return !f.is_unbound() && !detail::is_slot_default(f);
  };
  namespace nm = detail::names;
  slot_flags_ = {g_type_version, user(nm::getattribute_), user(nm::getattr), user(nm::setattr), user(nm::delattr)};
  return slot_flags_;
}

bool TypeObject::is_subtype(const TypeObject* other) const {
  for (const TypeObject* t : mro)
    if (t == other) return true;
  return false;
}

std::string type_qualified_name(const TypeObject* type) {
  if (type->module == "builtins" || type->module == "__main__") return type->qualname;
  return type->module + "." + type->qualname;
}

namespace {

// The dunder `name` as the metaclass of `cls` defines it in Python; unbound
// for classes whose metaclass is `type` (most) and when the metaclass only
// inherits type's behaviour.
Object meta_dunder(const TypeObject* cls, const Object& name) {
  if (cls->type == types::type) return Object();
  return detail::user_dunder(cls->type, name);
}

// A descriptor whose class defines __get__ and __set__ (or __delete__) in Python, or a
// property: one that wins over the class's own attributes when found on its metaclass.
bool is_meta_data_descriptor(const Object& descr) {
  if (descr.type() == types::property) return true;
  if (!detail::has_user_get(descr)) return false;
  return !descr.type()->lookup(detail::names::set).is_unbound() ||
         !descr.type()->lookup(detail::names::delete_).is_unbound();
}

}  // namespace

Object TypeObject::repr() {
  Object f = meta_dunder(this, detail::names::repr);
  return f.is_unbound() ? type_repr() : detail::call_as_method(f, Object(this), {});
}

Object TypeObject::type_repr() const {
  if (module == "builtins") return str_from("<class '" + qualname + "'>");
  return str_from("<class '" + module + "." + qualname + "'>");
}

Object TypeObject::str() {
  Object f = meta_dunder(this, detail::names::str);
  if (!f.is_unbound()) return detail::call_as_method(f, Object(this), {});
  return repr();
}

std::int64_t TypeObject::hash() {
  if (type != types::type) {
    // A metaclass that defines __eq__ without __hash__ makes its classes unhashable.
    Object f = type->lookup(detail::names::hash);
    if (f.is_none()) detail::type_error("unhashable type: '" + type->message_name() + "'");
    if (!f.is_unbound() && !detail::is_slot_default(f)) {
      return detail::hash_result(detail::call_as_method(f, Object(this), {}));
    }
  }
  return detail::identity_hash(this);
}

Object TypeObject::richcompare(const Object& other, CmpOp op) {
  Object f = meta_dunder(this, detail::cmp_name(op));
  if (!f.is_unbound()) {
    Object r = detail::call_as_method(f, Object(this), {other});
    return detail::is_not_implemented(r) ? Object() : r;
  }
  if (op == CmpOp::Eq) return Object::from_bool(other.is_heap() && other.heap() == this);
  if (op == CmpOp::Ne) return Object::from_bool(!(other.is_heap() && other.heap() == this));
  return Object();
}

// slot_tp_getattr_hook for a metaclass that defines __getattribute__ or
// __getattr__; type_getattro otherwise.
Object TypeObject::getattr(const Object& n) {
  if (type == types::type) return type_getattro(n);
  namespace nm = detail::names;
  Object getattribute = meta_dunder(this, nm::getattribute_);
  Object fallback = meta_dunder(this, nm::getattr);
  Object found;
  if (getattribute.is_unbound()) {
    found = type_getattro(n);
  } else {
    try {
      found = detail::call_as_method(getattribute, Object(this), {n});
    } catch (PyException& e) {
      if (fallback.is_unbound() || !exception_is(e.value, exc::AttributeError)) throw;
    }
  }
  if (found.is_unbound() && !fallback.is_unbound()) return detail::call_as_method(fallback, Object(this), {n});
  return found;
}

Object TypeObject::type_getattro(const Object& n) {
  namespace nm = detail::names;
  if (n.is(nm::name)) return str_from(name);
  if (n.is(nm::qualname)) return str_from(qualname);
  if (n.is(nm::module)) {
    Object m = dict_get(dict, nm::module);
    return m.is_unbound() ? str_from(module) : m;
  }
  if (n.is(nm::mro)) {
    std::vector<Object> items;
    for (TypeObject* t : mro) items.emplace_back(t);
    return tuple_from_vector(std::move(items));
  }
  if (n.is(nm::bases)) {
    std::vector<Object> items;
    for (TypeObject* t : bases) items.emplace_back(t);
    return tuple_from_vector(std::move(items));
  }
  if (n.is(nm::class_)) return Object(type);
  if (n.is(nm::dict)) return make_mappingproxy(dict);
  // type_abstractmethods: only the class's own entry counts, and `type`
  // itself has none (its dict entry is the getset descriptor).
  if (n.is(nm::abstractmethods)) return this == types::type ? Object() : dict_get(dict, n);
  // type_get_doc: a builtin type's own doc, never one inherited from its bases.
  if (n.is(nm::doc) && !is_heap_type) {
    Object doc = dict_get(dict, n);
    return doc.is_unbound() ? kNone : doc;
  }
  Object meta = type->lookup(n);
  if (is_meta_data_descriptor(meta)) {
    if (meta.type() == types::property) return bind_descriptor(meta, Object(this), type);
    return detail::call_as_method(meta.type()->lookup(nm::get), meta, {Object(this), Object(type)});
  }
  Object found = lookup(n);
  if (!found.is_unbound()) {
    if (detail::has_user_get(found)) {
      return detail::call_as_method(found.type()->lookup(nm::get), found, {kNone, Object(this)});
    }
    return bind_descriptor(found, Object(), this);
  }
  if (n.is(nm::doc)) return kNone;
  // Attributes of the metaclass (type.mro, a metaclass's methods), bound to this class.
  if (meta.is_unbound()) return Object();
  if (detail::has_user_get(meta)) {
    return detail::call_as_method(meta.type()->lookup(nm::get), meta, {Object(this), Object(type)});
  }
  return bind_descriptor(meta, Object(this), type);
}

void TypeObject::setattr(const Object& n, const Object& value) {
  Object f = meta_dunder(this, value.is_unbound() ? detail::names::delattr : detail::names::setattr);
  if (f.is_unbound()) return type_setattro(n, value);
  if (value.is_unbound()) detail::call_as_method(f, Object(this), {n});
  else detail::call_as_method(f, Object(this), {n, value});
}

void TypeObject::type_setattro(const Object& n, const Object& value) {
  if (!is_heap_type) {
    detail::type_error("cannot set '" + std::string(str_view(n)) + "' attribute of immutable type '" + name + "'");
  }
  if (type != types::type) {
    // _PyObject_GenericSetAttrWithDict: a data descriptor of the metaclass runs instead.
    Object meta = type->lookup(n);
    if (meta.type() == types::property) {
      property_set(static_cast<PropertyObject*>(meta.heap()), Object(this), n, value);
      return;
    }
    if (is_meta_data_descriptor(meta)) {
      Object f = meta.type()->lookup(value.is_unbound() ? detail::names::delete_ : detail::names::set);
      if (!f.is_unbound()) {
        if (value.is_unbound()) detail::call_as_method(f, meta, {Object(this)});
        else detail::call_as_method(f, meta, {Object(this), value});
        return;
      }
    }
  }
  if (n.is(detail::names::name) && !value.is_unbound()) {
    if (!is_str(value)) {
      detail::type_error("can only assign string to " + name + ".__name__, not '" + type_name_text(value) + "'");
    }
    name = str_view(value);
    return;
  }
  if (n.is(detail::names::qualname) && !value.is_unbound()) {
    if (!is_str(value)) {
      detail::type_error("can only assign string to " + name + ".__qualname__, not '" + type_name_text(value) + "'");
    }
    qualname = str_view(value);
    return;
  }
  // A heap type's __module__ lives in its dict, where type_repr reads it (namedtuple sets it
  // after type() made the class).
  if (n.is(detail::names::module) && is_heap_type && is_str(value)) module = str_view(value);
  // type_set_abstractmethods: the flag follows the truth of the new value.
  bool abstract = n.is(detail::names::abstractmethods) && !value.is_unbound() && pyrt::truthy(value);
  if (value.is_unbound()) {
    if (!dict_del(dict, n)) {
      detail::attribute_error("type object '" + name + "' has no attribute '" + std::string(str_view(n)) + "'");
    }
  } else {
    dict_set(dict, n, value);
  }
  if (n.is(detail::names::abstractmethods)) is_abstract = abstract;
  invalidate_type_caches();
}

TypeObject* detail::solid_base(TypeObject* t) {
  for (TypeObject* m : t->mro)
    if (!m->is_heap_type) return m;
  return types::object;
}

Object TypeObject::call(const CallArgs& args) {
  Object f = meta_dunder(this, detail::names::call);
  if (!f.is_unbound()) return detail::call_as_method_args(f, Object(this), args);
  return type_call(args);
}

Object TypeObject::type_call(const CallArgs& args) {
  if (this == types::type) {
    if (args.npos == 1 && args.nkw == 0) return Object(args.args[0].type());
    if (args.npos != 3) detail::type_error("type() takes 1 or 3 arguments");
  }
  if (!is_heap_type) {
    if (native_new == nullptr) detail::type_error("cannot create '" + type_qualified_name(this) + "' instances");
    Object obj = native_new(this, args);
    // type(name, bases, ns) may return a class of a metaclass with its own __init__.
    if (is_subtype(types::type) && obj.type()->is_subtype(this)) {
      Object init = detail::user_dunder(obj.type(), detail::names::init);
      if (!init.is_unbound()) detail::call_as_method_args(init, obj, args);
    }
    return obj;
  }
  // A class has no vectorcall in CPython 3.11, so calling it goes through
  // _PyObject_MakeTpCall, which counts one level with this suffix.
  RecursionGuard tp_call(" while calling a Python object");
  namespace nm = detail::names;
  Object newf = lookup(nm::new_);
  Object initf = lookup(nm::init);
  bool user_new = !newf.is_unbound() && !detail::is_slot_default(newf);
  bool user_init = !initf.is_unbound() && !detail::is_slot_default(initf);
  Object obj;
  if (user_new) {
    // __new__ is a staticmethod taking the class first.
    Object f = newf;
    if (f.type() == types::staticmethod) f = static_cast<StaticMethodObject*>(f.heap())->func;
    std::vector<Object> full;
    full.reserve(args.npos + args.nkw + 1);
    full.emplace_back(this);
    for (std::size_t i = 0; i < args.npos + args.nkw; ++i) full.push_back(args.args[i]);
    obj = call_args(f, CallArgs{full.data(), args.npos + 1, args.nkw, args.kwnames});
    if (!obj.type()->is_subtype(this)) return obj;
  } else if (solid == types::object) {
    if (!user_init && (args.npos != 0 || args.nkw != 0)) detail::type_error(qualname + "() takes no arguments");
    obj = new_instance(this);
  } else {
    obj = solid->native_new(this, args);
  }
  if (user_init) {
    Object r = detail::call_as_method_args(initf, obj, args);
    if (!r.is_none()) detail::type_error("__init__() should return None, not '" + type_name_text(r) + "'");
  } else if (is_exception && args.nkw != 0) {
    detail::type_error(name + "() takes no keyword arguments");
  } else if (solid != types::object && !is_exception &&
             !initf.is(dict_get(types::object->dict, nm::init))) {
    // The builtin base's own __init__ (dict.__init__, list.__init__) fills
    // what its native_new left empty, as type_call runs tp_init; object's
    // (a tuple's) accepts what __new__ took, by object_init's excess-args rule.
    detail::call_as_method_args(initf, obj, args);
  }
  return obj;
}

Object TypeObject::iter() {
  Object f = meta_dunder(this, detail::names::iter);
  return f.is_unbound() ? HeapObject::iter() : detail::iter_result(detail::call_as_method(f, Object(this), {}));
}

std::int64_t TypeObject::len() {
  Object f = meta_dunder(this, detail::names::len);
  return f.is_unbound() ? HeapObject::len() : detail::len_result(detail::call_as_method(f, Object(this), {}));
}

// PyObject_GetItem: the metaclass's __getitem__ first, then __class_getitem__.
Object TypeObject::getitem(const Object& key) {
  Object f = meta_dunder(this, detail::names::getitem);
  if (!f.is_unbound()) return detail::call_as_method(f, Object(this), {key});
  Object cg = lookup(detail::names::class_getitem);
  if (!cg.is_unbound()) return pyrt::call(bind_descriptor(cg, Object(), this), {key});
  if (this == types::list || this == types::tuple || this == types::dict || this == types::set ||
      this == types::frozenset || this == types::type) {
    return make_generic_alias(Object(this), key);
  }
  detail::type_error("type '" + name + "' is not subscriptable");
}

void TypeObject::setitem(const Object& key, const Object& value) {
  Object f = meta_dunder(this, value.is_unbound() ? detail::names::delitem : detail::names::setitem);
  if (f.is_unbound()) return HeapObject::setitem(key, value);
  if (value.is_unbound()) detail::call_as_method(f, Object(this), {key});
  else detail::call_as_method(f, Object(this), {key, value});
}

Object TypeObject::contains(const Object& item) {
  Object f = meta_dunder(this, detail::names::contains);
  if (f.is_unbound()) return HeapObject::contains(item);
  return Object::from_bool(pyrt::truthy(detail::call_as_method(f, Object(this), {item})));
}

// PyObject_IsTrue: the metaclass's __bool__, else its __len__, else true.
Object TypeObject::truthy() {
  Object f = meta_dunder(this, detail::names::bool_);
  if (!f.is_unbound()) return detail::bool_result(detail::call_as_method(f, Object(this), {}));
  if (!meta_dunder(this, detail::names::len).is_unbound()) return Object::from_bool(len() != 0);
  return HeapObject::truthy();
}

Object TypeObject::binop(BinaryOp op, const Object& other, bool reflected) {
  Object f = meta_dunder(this, detail::binop_name(op, reflected ? 1 : 0));
  if (!f.is_unbound()) {
    Object r = detail::call_as_method(f, Object(this), {other});
    return detail::is_not_implemented(r) ? Object() : r;
  }
  if (op != BinaryOp::BitOr) return Object();
  if (!(other.is_none() || is_type(other) || other.type() == types::generic_alias ||
        other.type() == types::union_type)) {
    return Object();
  }
  return reflected ? make_union(other, Object(this)) : make_union(Object(this), other);
}

// C3 linearization (Python's "The Python 2.3 Method Resolution Order").
void TypeObject::compute_mro() {
  std::vector<std::vector<TypeObject*>> seqs;
  for (TypeObject* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<TypeObject*> result{this};
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) break;
    TypeObject* chosen = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      TypeObject* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        for (std::size_t i = 1; i < other.size() && !in_tail; ++i) in_tail = other[i] == head;
      }
      if (!in_tail) {
        chosen = head;
        break;
      }
    }
    if (chosen == nullptr) {
      std::string names;
      std::vector<TypeObject*> seen;
      for (auto& s : seqs) {
        if (s.empty()) continue;
        bool dup = false;
        for (TypeObject* x : seen) dup = dup || x == s.front();
        if (dup) continue;
        seen.push_back(s.front());
        names += (names.empty() ? "" : ", ") + s.front()->name;
      }
      detail::type_error("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    result.push_back(chosen);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == chosen) s.erase(s.begin());
  }
  mro = std::move(result);
}

TypeObject* make_builtin_type(const char* name, TypeObject* base, const char* module, NativeNew native_new,
                              bool is_basetype) {
  // TypeObject::call and object.__new__ make a subclass's instances with
  // its solid base's native_new; a null one would be called (abc.ABC was
  // such a type before it became a Python class).
  if (is_basetype && native_new == nullptr) {
    throw std::logic_error(std::string("builtin base type without a constructor: ") + name);
  }
  auto* t = new TypeObject(name, module);
  ++t->refcnt;  // immortal
  if (base == nullptr) base = types::object;
  if (base != nullptr) {
    t->bases.push_back(base);
    base->subclasses.push_back(t);
  }
  t->mro.push_back(t);
  if (base != nullptr)
    for (TypeObject* m : base->mro) t->mro.push_back(m);
  t->dict = new_dict();
  t->solid = t;
  t->native_new = native_new;
  t->is_basetype = is_basetype;
  t->is_exception = base != nullptr && base->is_exception;
  if (base != nullptr) t->collection_flags = base->collection_flags;
  return t;
}

namespace {

// Which C++ layout instances of `t` need: the builtin exception layout is
// shared by every exception class, all other builtins are their own.
// The class whose instance layout `t`'s instances have: the first along its MRO that added
// __slots__ (its own layout, as in CPython's solid_base), else its builtin base's.
const TypeObject* layout_of(TypeObject* t) {
  for (const TypeObject* m : t->mro) {
    if (m->has_own_slots) return m;
    if (!m->is_heap_type) break;
  }
  TypeObject* s = detail::solid_base(t);
  if (s->is_exception) return exc::BaseException;
  return s;
}

// _abc_init's last step: `__abc_tpflags__` in the class body (Sequence's 1 << 5, Mapping's
// 1 << 6) sets the class's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING and leaves its namespace.
void take_abc_tpflags(TypeObject* t) {
  static const Object name = intern("__abc_tpflags__");
  Object flags = dict_get(t->dict, name);
  if (flags.is_unbound()) return;
  if (flags.type() == types::int_) {
    constexpr std::int64_t kSequence = 1 << 5, kMapping = 1 << 6;
    std::int64_t value = 0;
    if (!int_to_int64(flags, value)) raise_error(exc::OverflowError, "Python int too large to convert to C long");
    value &= kSequence | kMapping;
    if (value == (kSequence | kMapping)) {
      detail::type_error("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
    }
    if (value == kSequence) t->collection_flags = TypeObject::kSequenceFlag;
    if (value == kMapping) t->collection_flags = TypeObject::kMappingFlag;
  }
  dict_del(t->dict, name);
}

// abc._abc_init's compute_abstract_methods (Modules/_abc.c): the names in
// the class's own namespace that are abstract methods, then each base's
// __abstractmethods__ that the class still resolves to an abstract method
// (getattr(cls, name, None): a name it does not resolve is no longer abstract).
void compute_abstract_methods(TypeObject* t) {
  namespace nm = detail::names;
  std::vector<Object> names;
  for (const auto& e : as_dict(t->dict)->entries) {
    if (!e.key.is_unbound() && is_abstract_method(e.value)) names.push_back(e.key);
  }
  for (TypeObject* b : t->bases) {
    Object inherited = dict_get(b->dict, nm::abstractmethods);
    if (inherited.is_unbound()) continue;
    Object it = iter(inherited);
    Object n;
    while (next(it, n)) {
      Object v = getattr_or_unbound(Object(t), n);
      if (!v.is_unbound() && is_abstract_method(v)) names.push_back(n);
    }
  }
  t->setattr(nm::abstractmethods, set_from_iterable(list_from_vector(std::move(names)), true));
  // _abc_init then stores the class's registry data, an _abc._abc_data.
  dict_set(t->dict, intern("_abc_impl"), detail::new_abc_data());
  take_abc_tpflags(t);
}

// type_new's work once the metaclass `meta` is settled: a class of `meta`
// named `name` from the bases (a tuple of classes; empty means (object,)) and
// the namespace `ns` (a dict, copied). `qualname` unbound takes
// __qualname__ from the namespace, else the name.
TypeObject* build_class(TypeObject* meta, const Object& name, Object qualname, const Object& bases_tuple,
                        const Object& ns, const Object& keywords = Object()) {
  namespace nm = detail::names;
  std::vector<TypeObject*> bases;
  for (const Object& b : tuple_items(bases_tuple)) {
    if (!is_type(b)) detail::type_error("bases must be types");
    auto* bt = static_cast<TypeObject*>(b.heap());
    if (!bt->is_basetype) detail::type_error("type '" + bt->message_name() + "' is not an acceptable base type");
    for (TypeObject* seen : bases)
      if (seen == bt) detail::type_error("duplicate base class " + bt->name);
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(types::object);
  const TypeObject* layout = nullptr;
  TypeObject* best_base = nullptr;  // best_base(): the first base with the winning layout
  for (TypeObject* b : bases) {
    const TypeObject* l = layout_of(b);
    if (layout == nullptr || (l != layout && l->is_subtype(layout))) {
      layout = l;
      best_base = b;
    } else if (!layout->is_subtype(l)) {
      detail::type_error("multiple bases have instance lay-out conflict");
    }
  }
  if (qualname.is_unbound()) {
    qualname = dict_get(ns, nm::qualname);
    if (!qualname.is_unbound() && !is_str(qualname)) {
      detail::type_error("type __qualname__ must be a str, not " + type_name_text(qualname));
    }
    if (qualname.is_unbound()) qualname = name;
  }

  Object module = dict_get(ns, nm::module);
  auto* t = new TypeObject(std::string(str_view(name)), module.is_unbound() ? "__main__" : str_text(module));
  ++t->refcnt;  // classes are immortal: instances and code hold raw pointers
  t->type = meta;
  t->qualname = str_view(qualname);
  t->bases = bases;
  try {
    t->compute_mro();
  } catch (...) {
    --t->refcnt;
    delete t;
    throw;
  }
  for (TypeObject* b : t->bases) b->subclasses.push_back(t);  // type_ready's add_subclass
  t->is_heap_type = true;
  t->is_basetype = true;
  t->solid = detail::solid_base(t);
  t->is_exception = t->is_subtype(exc::BaseException);
  t->has_abc_meta = meta->is_subtype(types::abc_meta);
  t->collection_flags = best_base->collection_flags;  // inherit_patma_flags
  t->dict = new_dict();
  for (const auto& e : as_dict(ns)->entries) {
    if (e.key.is_unbound()) continue;
    if (e.key.is(nm::qualname)) continue;
    Object v = e.value;
    if (v.type() == types::function && (e.key.is(nm::init_subclass) || e.key.is(nm::class_getitem))) {
      v = make<ClassMethodObject>(v);
    } else if (v.type() == types::function && e.key.is(nm::new_)) {
      v = make<StaticMethodObject>(v);
    }
    dict_set(t->dict, e.key, v);
  }
  // type_new_descriptors: the slots' member descriptors and the __dict__ and __weakref__
  // getsets come after the namespace, then type_new_set_doc's __doc__.
  init_class_slots(t, ns);
  if (dict_get(t->dict, nm::doc).is_unbound()) dict_set(t->dict, nm::doc, kNone);
  // type_new_set_classcell: the body's implicit __class__ cell gets the class, before
  // __set_name__ and __init_subclass__ run, and does not stay in the class dict.
  static const Object classcell_key = intern("__classcell__");
  Object classcell = dict_get(t->dict, classcell_key);
  if (!classcell.is_unbound()) {
    if (classcell.type() != types::cell) {
      detail::type_error("__classcell__ must be a nonlocal cell, not " + repr_text(Object(classcell.type())));
    }
    static_cast<Cell*>(classcell.heap())->value = Object(t);
    dict_del(t->dict, classcell_key);
  }
  // A class that defines __eq__ but not __hash__ is unhashable (type_new's
  // "__hash__ = None" rule).
  if (!dict_get(t->dict, nm::eq).is_unbound() && dict_get(t->dict, nm::hash).is_unbound()) {
    dict_set(t->dict, nm::hash, kNone);
  }
  invalidate_type_caches();

  // __set_name__ on descriptors stored in the namespace, then the parent's
  // __init_subclass__ (object's does nothing). type_new_set_names iterates a copy of the
  // class dict: a __set_name__ may store in it (enum's members replace themselves and add
  // the enum's tables).
  const std::vector<DictObject::Entry> names_to_set = as_dict(t->dict)->entries;
  for (const auto& e : names_to_set) {
    if (e.key.is_unbound() || !e.value.is_heap()) continue;
    Object set_name = e.value.type()->lookup(nm::set_name);
    if (!set_name.is_unbound()) detail::call_as_method(set_name, e.value, {Object(t), e.key});
  }
  // type.__new__ hands the class statement's keywords to __init_subclass__; object's takes none.
  bool has_keywords = !keywords.is_unbound() && len(keywords) > 0;
  for (std::size_t i = 1; i < t->mro.size(); ++i) {
    Object f = dict_get(t->mro[i]->dict, nm::init_subclass);
    if (f.is_unbound()) continue;
    if (!detail::is_slot_default(f)) {
      call_ex(bind_descriptor(f, Object(), t), tuple_of({}), has_keywords ? keywords : new_dict());
    } else if (has_keywords) {
      detail::type_error(t->name + ".__init_subclass__() takes no keyword arguments");
    }
    break;
  }
  // ABCMeta.__new__ runs _abc_init after type.__new__ (and so after
  // __init_subclass__).
  if (t->has_abc_meta) compute_abstract_methods(t);
  return t;
}

}  // namespace

TypeObject* calculate_metaclass(TypeObject* metatype, const Object& bases) {
  TypeObject* winner = metatype;
  for (const Object& b : tuple_items(bases)) {
    TypeObject* t = b.type();
    if (winner->is_subtype(t)) continue;
    if (t->is_subtype(winner)) {
      winner = t;
      continue;
    }
    detail::type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
        "of all its bases");
  }
  return winner;
}

Object type_new(TypeObject* metatype, const CallArgs& args) {
  if (args.npos != 3) {
    detail::type_error("type.__new__() takes exactly 3 arguments (" + std::to_string(args.npos) + " given)");
  }
  const Object* a = args.args;
  if (!is_str(a[0])) bad_argument("type.__new__", 1, "str", a[0]);
  if (!a[1].type()->is_subtype(types::tuple)) {
    bad_argument("type.__new__", 2, "tuple", a[1]);
  }
  if (!a[2].type()->is_subtype(types::dict)) {
    bad_argument("type.__new__", 3, "dict", a[2]);
  }
  Object keywords = new_dict();
  for (std::size_t i = 0; i < args.nkw; ++i) dict_set(keywords, args.kwnames[i], a[args.npos + i]);
  // type_new_get_bases: a more derived metaclass with a __new__ of its own makes the class.
  TypeObject* winner = calculate_metaclass(metatype, a[1]);
  if (winner != metatype) {
    Object f = detail::user_dunder(winner, detail::names::new_);
    if (!f.is_unbound()) {
      if (f.type() == types::staticmethod) f = static_cast<StaticMethodObject*>(f.heap())->func;
      std::vector<Object> full{Object(winner)};
      full.insert(full.end(), a, a + args.npos + args.nkw);
      return call_args(f, CallArgs{full.data(), args.npos + 1, args.nkw, args.kwnames});
    }
  }
  return Object(build_class(winner, a[0], Object(), a[1], a[2], keywords));
}

TypeObject* make_class(const Object& name, const Object& qualname, const Object& bases_tuple, const Object& ns) {
  return build_class(calculate_metaclass(types::type, bases_tuple), name, qualname, bases_tuple, ns);
}

TypeObject* make_class(const Object& name, const Object& qualname, const Object& bases_tuple, const Object& ns,
                       const Object& keywords) {
  return build_class(calculate_metaclass(types::type, bases_tuple), name, qualname, bases_tuple, ns, keywords);
}

TypeObject* make_python_class(const char* name, const char* module, const std::vector<TypeObject*>& bases,
                              std::initializer_list<std::pair<Object, Object>> attributes, bool abc_meta) {
  namespace nm = detail::names;
  Object ns = new_dict();
  dict_set(ns, nm::module, str_from(module));
  for (const auto& [key, value] : attributes) dict_set(ns, key, value);
  std::vector<Object> base_objects(bases.begin(), bases.end());
  Object n = str_from(name);
  Object bases_tuple = tuple_from_vector(std::move(base_objects));
  TypeObject* meta = calculate_metaclass(abc_meta ? types::abc_meta : types::type, bases_tuple);
  return build_class(meta, n, n, bases_tuple, ns);
}

// ---- super -----------------------------------------------------------------

namespace {

struct SuperObject final : HeapObject {
  SuperObject(TypeObject* cls, Object self, TypeObject* start)
      : HeapObject(types::super), cls(cls), self(std::move(self)), start(start) {}
  TypeObject* cls;
  Object self;
  TypeObject* start;  ///< type(self), or self when self is a class

  Object repr() override {
    return str_from("<super: <class '" + cls->name + "'>, <" + start->name + " object>>");
  }

  Object getattr(const Object& n) override {
    if (n.is(detail::names::class_)) return Object(types::super);
    const auto& mro = start->mro;
    std::size_t i = 0;
    while (i < mro.size() && mro[i] != cls) ++i;
    for (++i; i < mro.size(); ++i) {
      DictObject* d = as_dict(mro[i]->dict);
      std::int64_t pos = d->find(n);
      if (pos < 0) continue;
      Object found = d->entries[pos].value;
      bool self_is_start = self.is_heap() && self.heap() == start;
      return bind_descriptor(found, self_is_start ? Object() : self, start);
    }
    return Object();
  }
};

}  // namespace

Object super_(const Object& cls, const Object& self) {
  if (!is_type(cls)) {
    detail::type_error("super() argument 1 must be a type, not " + type_name_text(cls));
  }
  auto* c = static_cast<TypeObject*>(cls.heap());
  TypeObject* start = nullptr;
  if (self.type()->is_subtype(c)) {
    start = self.type();
  } else if (is_type(self) && static_cast<TypeObject*>(self.heap())->is_subtype(c)) {
    start = static_cast<TypeObject*>(self.heap());
  } else {
    detail::type_error("super(type, obj): obj must be an instance or subtype of type");
  }
  return make<SuperObject>(c, self, start);
}

// ---- descriptors ---------------------------------------------------------------

bool is_data_descriptor(const Object& descr) { return descr.type() == types::property; }

Object bind_descriptor(const Object& descr, const Object& obj, TypeObject* type) {
  if (!descr.is_heap()) return descr;
  TypeObject* t = descr.heap()->type;
  if (t == types::function) return obj.is_unbound() ? descr : make_bound_method(descr, obj);
  if (t == types::builtin_function) {
    auto* bf = static_cast<BuiltinFunction*>(descr.heap());
    if (bf->binds_as_method && !obj.is_unbound()) return make_bound_method(descr, obj);
    return descr;
  }
  if (t == types::classmethod) {
    // cm_descr_get: a wrapped descriptor (`@classmethod @property`) is bound to the class
    // through its own __get__, with the class as instance and owner.
    const Object& func = static_cast<ClassMethodObject*>(descr.heap())->func;
    if (func.type() == types::property) return bind_descriptor(func, Object(type), type);
    if (detail::has_user_get(func)) {
      return detail::call_as_method(func.type()->lookup(detail::names::get), func, {Object(type), Object(type)});
    }
    return make_bound_method(func, Object(type));
  }
  if (t == types::staticmethod) return static_cast<StaticMethodObject*>(descr.heap())->func;
  if (t == types::property) {
    if (obj.is_unbound()) return descr;
    return property_get(static_cast<PropertyObject*>(descr.heap()), obj, Object());
  }
  Object bound = descr.heap()->descr_get(obj, type);
  return bound.is_unbound() ? descr : bound;
}

std::string default_object_repr(const Object& obj) {
  TypeObject* t = obj.type();
  char buf[32];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(obj.heap()));
  if (t->module == "builtins") return "<" + t->qualname + buf;
  return "<" + t->module + "." + t->qualname + buf;
}

// ---- bootstrap -------------------------------------------------------------------

namespace {

Object type_mro_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "mro", 0, 0);
  std::vector<Object> items;
  for (TypeObject* t : static_cast<TypeObject*>(self.heap())->mro) items.emplace_back(t);
  return list_from_vector(std::move(items));
}

Object type_subclasses_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__subclasses__", 0, 0);
  std::vector<Object> items;
  for (TypeObject* t : static_cast<TypeObject*>(self.heap())->subclasses) items.emplace_back(t);
  return list_from_vector(std::move(items));
}

}  // namespace

void detail::init_core_types() {
  // type, object, str and dict refer to each other; build them by hand.
  types::type = new TypeObject("type");
  types::type->type = types::type;
  types::object = new TypeObject("object");
  types::str = new TypeObject("str");
  types::dict = new TypeObject("dict");
  types::dict->collection_flags = TypeObject::kMappingFlag;  // Py_TPFLAGS_MAPPING
  for (TypeObject* t : {types::type, types::object, types::str, types::dict}) {
    ++t->refcnt;
    t->solid = t;
    t->mro.push_back(t);
    if (t != types::object) {
      t->bases.push_back(types::object);
      t->mro.push_back(types::object);
    }
  }
  // A metaclass derives from `type`; its instances are TypeObjects whose type is the metaclass.
  types::object->is_basetype = true;
  types::type->is_basetype = true;
  for (TypeObject* t : {types::type, types::object, types::str, types::dict}) t->dict = new_dict();
  types::type->native_new = type_new;
  // add_method needs these two before anything else registers methods.
  types::method_descriptor = make_builtin_type("method_descriptor");
  types::builtin_function = make_builtin_type("builtin_function_or_method");
  add_method(types::type, "mro", type_mro_method);
  add_method(types::type, "__subclasses__", type_subclasses_method);
  detail::add_type_slots();
}

}  // namespace pyrt
