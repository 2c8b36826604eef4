// mappingproxy. Mirrors CPython's Objects/descrobject.c: each operation is
// the wrapped mapping's, except that it cannot be changed through the view.
#include "pyrt/object/mappingproxy.h"

#include <string>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TypeObject* mappingproxy_type();

struct MappingProxy final : HeapObject {
  explicit MappingProxy(Object m) : HeapObject(mappingproxy_type()), mapping(std::move(m)) {}
  Object mapping;

  Object repr() override { return str_from("mappingproxy(" + repr_text(mapping) + ")"); }
  Object str() override { return pyrt::str(mapping); }
  Object richcompare(const Object& other, CmpOp op) override { return pyrt::compare(op, mapping, other); }
  Object iter() override { return pyrt::iter(mapping); }
  std::int64_t len() override { return pyrt::len(mapping); }
  Object getitem(const Object& key) override { return pyrt::getitem(mapping, key); }
  void setitem(const Object&, const Object& value) override {
    detail::type_error(std::string("'mappingproxy' object does not support item ") +
                       (value.is_unbound() ? "deletion" : "assignment"));
  }
  Object contains(const Object& item) override { return Object::from_bool(pyrt::contains(mapping, item)); }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    if (op != BinaryOp::BitOr) return Object();
    // mappingproxy_or: the union of the wrapped mappings, a new dict.
    Object a = mapping;
    Object b = other.type() == mappingproxy_type() ? static_cast<MappingProxy*>(other.heap())->mapping : other;
    return reflected ? binary_op(BinaryOp::BitOr, b, a) : binary_op(BinaryOp::BitOr, a, b);
  }
};

const Object& wrapped(const Object& self) { return static_cast<MappingProxy*>(self.heap())->mapping; }

// keys, values, items, get and copy: the mapping's own method.
template <const char* Name>
Object forward(const Object& self, const CallArgs& args) {
  static const Object name = intern(Name);
  return call_args(getattr(wrapped(self), name), args);
}

constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";

// mappingproxy(mapping): any object with __getitem__ but a list or a tuple
// (mappingproxy_check_mapping).
Object mappingproxy_new(TypeObject*, const CallArgs& args) {
  Object mapping;
  parse_args(args, "mappingproxy", {"mapping"}, 1, 1, &mapping);
  static const Object getitem_name = intern("__getitem__");
  if (mapping.type()->lookup(getitem_name).is_unbound() || is_list_or_subclass(mapping) || is_tuple(mapping)) {
    detail::type_error("mappingproxy() argument must be a mapping, not " + type_name_text(mapping));
  }
  return make_mappingproxy(mapping);
}

TypeObject* mappingproxy_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("mappingproxy", nullptr, "builtins", mappingproxy_new);
    add_method(type, "keys", forward<kKeys>);
    add_method(type, "values", forward<kValues>);
    add_method(type, "items", forward<kItems>);
    add_method(type, "get", forward<kGet>);
    add_method(type, "copy", forward<kCopy>);
    return type;
  }();
  return t;
}

}  // namespace

Object make_mappingproxy(const Object& mapping) { return make<MappingProxy>(mapping); }

}  // namespace pyrt
