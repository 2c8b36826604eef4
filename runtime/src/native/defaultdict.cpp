// collections.defaultdict: a dict whose __missing__ calls default_factory. Mirrors CPython
// 3.11's Modules/_collectionsmodule.c (defdict_*: init, missing, repr, copy, reduce, or) and
// Lib/test/test_defaultdict.py.
#include <string>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "collections_types.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::type_error;

/// A defaultdict, or the defaultdict part of an instance of a user subclass. `default_factory`
/// is unbound until set (CPython's NULL), which reads as None.
struct DefaultDictObject : DictObject {
  explicit DefaultDictObject(TypeObject* type) : DictObject(type) {}
  Object default_factory;

  Object factory() const { return default_factory.is_unbound() ? kNone : default_factory; }
  Object repr() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
};

bool is_defaultdict(const Object& x) { return x.is_heap() && x.heap()->type->is_subtype(detail::defaultdict_type()); }
DefaultDictObject* as_defaultdict(const Object& x) { return static_cast<DefaultDictObject*>(x.heap()); }

// defdict_repr: "defaultdict(<class 'list'>, {...})", the factory's repr guarded against a
// factory that shows the defaultdict itself.
Object DefaultDictObject::repr() {
  std::string base(str_view(DictObject::repr()));
  std::string factory_text = "None";
  if (!default_factory.is_unbound() && !default_factory.is_none()) {
    detail::ReprGuard guard(default_factory.is_heap() ? static_cast<const void*>(default_factory.heap()) : this);
    factory_text = guard.entered ? repr_text(default_factory) : "...";
  }
  return str_from(type->name + "(" + factory_text + ", " + base + ")");
}

// new_defdict: type(dd)(dd.default_factory, arg), how copy() and `|` make their results.
Object new_like(const Object& dd, const Object& arg) {
  return call(Object(dd.type()), {as_defaultdict(dd)->factory(), arg});
}

// defdict_or: the defaultdict operand's type and factory, the left operand's items then the
// right one's; NotImplemented when the other operand is no dict.
Object DefaultDictObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op != BinaryOp::BitOr || !is_dict_or_subclass(other)) return Object();
  Object self(this);
  const Object& left = reflected ? other : self;
  const Object& right = reflected ? self : other;
  Object out = new_like(is_defaultdict(left) ? left : right, left);
  dict_update_from(out, right);
  return out;
}

// defdict_missing: KeyError(key) without a factory, else self[key] = factory() (through a
// subclass's __setitem__).
Object m_missing(const Object& self, const CallArgs& args) {
  Object factory = as_defaultdict(self)->factory();
  if (factory.is_none()) raise_key_error(args.args[0]);
  Object value = call(factory, {});
  setitem(self, args.args[0], value);
  return value;
}

Object m_copy(const Object& self, const CallArgs&) { return new_like(self, self); }

// defdict_reduce: (type(dd), (factory,) or (), None, None, iter(dd.items())).
Object m_reduce(const Object& self, const CallArgs&) {
  Object factory = as_defaultdict(self)->factory();
  Object args = factory.is_none() ? tuple_of({}) : tuple_of({factory});
  static const Object items = intern("items");
  return tuple_of({Object(self.type()), args, kNone, kNone, iter(call_method(self, items, {}))});
}

Object get_default_factory(const Object& self) { return as_defaultdict(self)->factory(); }

// A T_OBJECT member: `del dd.default_factory` leaves NULL, which reads as None.
void set_default_factory(const Object& self, const Object& value) { as_defaultdict(self)->default_factory = value; }

// defdict_init: the first positional argument is the factory, the rest go to dict.__init__.
void init_defaultdict(const Object& self, const CallArgs& args) {
  Object factory;
  if (args.npos > 0) {
    factory = args.args[0];
    if (!factory.is_none() && !is_callable(factory)) type_error("first argument must be callable or None");
  }
  as_defaultdict(self)->default_factory = factory;
  static const Object dict_init = dict_get(types::dict->dict, detail::names::init);
  std::size_t skip = args.npos > 0 ? 1 : 0;
  std::vector<Object> rest(args.args + skip, args.args + args.npos + args.nkw);
  rest.insert(rest.begin(), self);
  call_args(dict_init, CallArgs{rest.data(), args.npos - skip + 1, args.nkw, args.kwnames});
}

Object defaultdict_init(const CallArgs& args) {
  if (args.npos == 0 || !is_defaultdict(args.args[0])) {
    type_error("descriptor '__init__' requires a 'collections.defaultdict' object");
  }
  init_defaultdict(args.args[0], CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// defaultdict(...) is filled at once; a subclass's instance by its __init__, as for dict.
Object defaultdict_new(TypeObject* type, const CallArgs& args) {
  if (type != detail::defaultdict_type()) return detail::new_native_subclass<DefaultDictObject>(type);
  Object out = make<DefaultDictObject>(type);
  init_defaultdict(out, args);
  return out;
}

const NativeMethodDef defaultdict_methods[] = {
    {"__missing__", m_missing, 1, 1}, {"copy", m_copy, 0, 0},     {"__copy__", m_copy, 0, 0},
    {"__reduce__", m_reduce, 0, 0},
};

const GetSetDef defaultdict_members[] = {{"default_factory", get_default_factory, true, set_default_factory}};

TypeObject* make_defaultdict_type() {
  TypeObject* t = detail::make_collections_type("defaultdict", "collections", types::dict, defaultdict_new, true);
  using Slots = detail::NativeSlots<DefaultDictObject>;
  Slots::owner() = t;
  Slots::add(t, "__repr__", Slots::repr);
  Slots::add_binop<BinaryOp::BitOr>(t, true, false);
  Slots::add(t, "__init__", defaultdict_init);
  add_methods(t, defaultdict_methods);
  add_getsets(t, defaultdict_members);
  return t;
}

}  // namespace

TypeObject* detail::defaultdict_type() {
  static TypeObject* const t = make_defaultdict_type();
  return t;
}

}  // namespace pyrt
