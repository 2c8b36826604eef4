// _collections._tuplegetter: the descriptor collections.namedtuple puts on its classes for each
// field, reading item `index` of the tuple. Mirrors CPython 3.11's Modules/_collectionsmodule.c
// (tuplegetter_new, tuplegetter_descr_get/set, repr, reduce).
#include <string>

#include "../object/internal.h"
#include "collections_types.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

/// _tuplegetter(index, doc): a data descriptor that reads obj[index] of a tuple (or an instance
/// of a tuple subclass) and refuses assignment; its __doc__ is `doc`, and writable.
struct TupleGetter final : HeapObject {
  TupleGetter(TypeObject* t, std::int64_t index, Object doc) : HeapObject(t), index(index), doc(std::move(doc)) {}
  std::int64_t index;
  Object doc;

  Object repr() override {
    return str_from(type->name + "(" + std::to_string(index) + ", " + repr_text(doc) + ")");
  }
  Object getattr(const Object& name) override {
    if (name.is(detail::names::doc)) return doc;
    return HeapObject::getattr(name);
  }
  void setattr(const Object& name, const Object& value) override {
    if (!name.is(detail::names::doc)) return HeapObject::setattr(name, value);
    doc = value.is_unbound() ? kNone : value;
  }
  // tuplegetter_descr_get: the descriptor itself through the class (or for None).
  Object descr_get(const Object& obj, TypeObject*) override {
    if (obj.is_unbound() || obj.is_none()) return Object(this);
    if (!obj.type()->is_subtype(types::tuple)) {
      detail::type_error("descriptor for index '" + std::to_string(index) +
                         "' for tuple subclasses doesn't apply to '" + type_name_text(obj) + "' object");
    }
    const std::vector<Object>& items = tuple_items(obj);
    if (index < 0 || index >= static_cast<std::int64_t>(items.size())) detail::index_error("tuple index out of range");
    return items[static_cast<std::size_t>(index)];
  }
  // tuplegetter_descr_set: namedtuple fields are read-only.
  bool descr_set(const Object&, const Object& value) override {
    detail::attribute_error(value.is_unbound() ? "can't delete attribute" : "can't set attribute");
  }
};

TupleGetter* as_getter(const Object& x) { return static_cast<TupleGetter*>(x.heap()); }

// __get__(instance, owner=None).
Object m_get(const Object& self, const CallArgs& args) {
  return as_getter(self)->descr_get(args.args[0], nullptr);
}

Object m_set(const Object& self, const CallArgs& args) {
  as_getter(self)->descr_set(args.args[0], args.args[1]);
  return kNone;
}

Object m_delete(const Object& self, const CallArgs& args) {
  as_getter(self)->descr_set(args.args[0], Object());
  return kNone;
}

// tuplegetter_reduce: (type, (index, doc)).
Object m_reduce(const Object& self, const CallArgs&) {
  TupleGetter* g = as_getter(self);
  return tuple_of({Object(g->type), tuple_of({Object::from_int(g->index), g->doc})});
}

// tuplegetter_new(index, doc): Argument Clinic's "n" index and any doc.
Object tuplegetter_new(TypeObject* type, const CallArgs& args) {
  check_nargs(args, "_tuplegetter", 2, 2);
  return make<TupleGetter>(type, ssize_value(args.args[0]), args.args[1]);
}

const NativeMethodDef tuplegetter_methods[] = {
    {"__get__", m_get, 1, 2},
    {"__set__", m_set, 2, 2},
    {"__delete__", m_delete, 1, 1},
    {"__reduce__", m_reduce, 0, 0},
};

}  // namespace

TypeObject* detail::tuplegetter_type() {
  static TypeObject* const t = [] {
    TypeObject* g = make_collections_type("_tuplegetter", "_collections", nullptr, tuplegetter_new, false);
    g->is_final_in_cpython = true;
    add_methods(g, tuplegetter_methods);
    return g;
  }();
  return t;
}

}  // namespace pyrt
