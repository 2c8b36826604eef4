// collections.OrderedDict: a dict that keeps its keys in an order programs can change
// (move_to_end, popitem(last=False)) and compares order-sensitively with another OrderedDict.
// Mirrors CPython 3.11's Objects/odictobject.c (odict_*, the odict views and iterators, "OrderedDict
// mutated during iteration") and Lib/test/test_ordered_dict.py. The order is the dict's own
// entry order, so move_to_end(last=False) rebuilds the entries: O(n) where CPython's linked
// list is O(1).
#include <string>
#include <utility>
#include <vector>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "collections_types.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/mappingproxy.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::type_error;

/// An OrderedDict, or the OrderedDict part of an instance of a user subclass.
struct OrderedDictObject : DictObject {
  explicit OrderedDictObject(TypeObject* type) : DictObject(type) {}
  /// __dict__: an OrderedDict instance takes attributes (CPython's od_inst_dict), unbound until
  /// the first one.
  Object attrs;

  Object* instance_dict() override { return &attrs; }
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;

  /// The position of the first live entry (the last one when `last`), -1 when empty.
  std::int64_t first_live(bool last) const;

  Object repr() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object inplace(BinaryOp op, const Object& other) override;
};

bool is_ordered_dict(const Object& x) { return x.is_heap() && x.heap()->type->is_subtype(detail::ordered_dict_type()); }
OrderedDictObject* as_od(const Object& x) { return static_cast<OrderedDictObject*>(x.heap()); }

Object dict_layout_getattr(HeapObject* self, const Object& name) {
  return static_cast<OrderedDictObject*>(self)->DictObject::getattr(name);
}

Object OrderedDictObject::getattr(const Object& name) {
  return detail::instance_getattr(this, attrs, name, dict_layout_getattr);
}

void OrderedDictObject::setattr(const Object& name, const Object& value) {
  detail::instance_setattr(this, attrs, name, value, nullptr);
}

std::int64_t OrderedDictObject::first_live(bool last) const {
  auto n = static_cast<std::int64_t>(entries.size());
  for (std::int64_t k = 0; k < n; ++k) {
    std::int64_t pos = last ? n - 1 - k : k;
    if (!entries[static_cast<std::size_t>(pos)].key.is_unbound()) return pos;
  }
  return -1;
}

using detail::ViewKind;

// odictiter_iternext: the entries in order (or reversed) while the OrderedDict keeps the shape
// it had, RuntimeError once a key was added, removed or moved.
struct OdictIterator final : detail::NativeIterator {
  OdictIterator(TypeObject* t, Object od, ViewKind kind, bool reverse)
      : NativeIterator(t), od(std::move(od)), kind(kind), reverse(reverse), version(as_od(this->od)->version),
        size(as_od(this->od)->used), pos(reverse ? as_od(this->od)->entries.size() : 0) {}
  Object od;  ///< unbound once exhausted
  ViewKind kind;
  bool reverse;
  std::uint64_t version;
  std::int64_t size;
  std::size_t pos;  ///< the next entry; for `reverse`, one past it

  bool next(Object& out) override {
    if (od.is_unbound()) return false;
    OrderedDictObject* d = as_od(od);
    if (d->version != version) {
      od = Object();
      raise_error(exc::RuntimeError, "OrderedDict mutated during iteration");
    }
    if (d->used != size) {
      od = Object();
      raise_error(exc::RuntimeError, "OrderedDict changed size during iteration");
    }
    const DictObject::Entry* e = advance(d);
    if (e == nullptr) {
      od = Object();
      return false;
    }
    if (kind == ViewKind::Keys) out = e->key;
    else if (kind == ViewKind::Values) out = e->value;
    else out = tuple_of({e->key, e->value});
    return true;
  }
  std::int64_t len() override {
    if (od.is_unbound()) return 0;
    const auto& entries = as_od(od)->entries;
    std::int64_t n = 0;
    for (std::size_t i = reverse ? 0 : pos; i < (reverse ? pos : entries.size()); ++i) n += !entries[i].key.is_unbound();
    return n;
  }

 private:
  const DictObject::Entry* advance(OrderedDictObject* d) {
    const auto& entries = d->entries;
    while (reverse ? pos > 0 : pos < entries.size()) {
      const DictObject::Entry& e = reverse ? entries[--pos] : entries[pos++];
      if (!e.key.is_unbound()) return &e;
    }
    return nullptr;
  }
};

TypeObject* odict_iterator_type() {
  static TypeObject* const t = detail::iterator_type("odict_iterator");
  return t;
}

Object odict_iter(const Object& od, ViewKind kind, bool reverse) {
  return make<OdictIterator>(odict_iterator_type(), od, kind, reverse);
}

// odict_keys / odict_values / odict_items: the dict views' behaviour over the OrderedDict's
// order, repr "odict_keys(['a'])".
struct OdictView final : HeapObject {
  OdictView(TypeObject* t, Object od, ViewKind kind) : HeapObject(t), od(std::move(od)), kind(kind) {}
  Object od;
  ViewKind kind;

  Object repr() override {
    detail::ReprGuard guard(this);
    if (!guard.entered) return str_from("...");
    return str_from(type->name + "(" + repr_text(list_from_iterable(Object(this))) + ")");
  }
  Object iter() override { return odict_iter(od, kind, false); }
  std::int64_t len() override { return as_od(od)->used; }
  Object truthy() override { return Object::from_bool(as_od(od)->used != 0); }
  Object getattr(const Object& name) override {
    if (str_view(name) == "mapping") return make_mappingproxy(od);
    return HeapObject::getattr(name);
  }
  Object contains(const Object& item) override {
    if (kind == ViewKind::Keys) return Object::from_bool(as_od(od)->find(item) >= 0);
    if (kind == ViewKind::Values) return Object();
    if (!is_tuple(item) || tuple_items(item).size() != 2) return kFalse;
    Object value = dict_get(od, tuple_items(item)[0]);
    return Object::from_bool(!value.is_unbound() && equal(value, tuple_items(item)[1]));
  }
  // The keys and items views are sets (dictviews_richcompare, dictviews_sub, ...).
  bool set_like(const Object& other) const {
    return kind != ViewKind::Values && (is_set(other) || other.type()->is_subtype(types::dict_keys) ||
                                        other.type()->is_subtype(types::dict_items));
  }
  Object richcompare(const Object& other, CmpOp op) override {
    if (!set_like(other)) return Object();
    return compare(op, set_from_iterable(Object(this)), set_from_iterable(other));
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    return detail::view_set_op(kind, op, Object(this), other, reflected);
  }
};

Object view_reversed(const Object& self, const CallArgs&) {
  auto* v = static_cast<OdictView*>(self.heap());
  return odict_iter(v->od, v->kind, true);
}

// odict_keys derives from dict_keys and so on, as in CPython; each has its own __reversed__.
TypeObject* make_view_type(const char* name, TypeObject* base) {
  TypeObject* t = make_builtin_type(name, base);
  add_method(t, "__reversed__", view_reversed);
  return t;
}

TypeObject* view_type(ViewKind kind) {
  static TypeObject* const views[3] = {
      make_view_type("odict_keys", types::dict_keys),
      make_view_type("odict_values", types::dict_values),
      make_view_type("odict_items", types::dict_items),
  };
  return views[static_cast<int>(kind)];
}

// odict_repr (3.11): "OrderedDict()", "OrderedDict([('a', 1)])", "..." inside itself.
Object OrderedDictObject::repr() {
  if (used == 0) return str_from(type->name + "()");
  detail::ReprGuard guard(this);
  if (!guard.entered) return str_from("...");
  Object pairs = list_from_iterable(odict_iter(Object(this), ViewKind::Items, false));
  return str_from(type->name + "(" + repr_text(pairs) + ")");
}

// odict_richcompare: between two OrderedDicts equality also needs the same key order; with a
// plain dict it is the dict's.
Object OrderedDictObject::richcompare(const Object& other, CmpOp op) {
  Object eq = DictObject::richcompare(other, op);
  if (eq.is_unbound() || !is_ordered_dict(other) || (op != CmpOp::Eq && op != CmpOp::Ne)) return eq;
  bool same = pyrt::truthy(eq) == (op == CmpOp::Eq);
  if (same) {
    std::vector<Object> mine = list_items(list_from_iterable(odict_iter(Object(this), ViewKind::Keys, false)));
    std::vector<Object> theirs = list_items(list_from_iterable(odict_iter(other, ViewKind::Keys, false)));
    for (std::size_t i = 0; same && i < mine.size() && i < theirs.size(); ++i) same = equal(mine[i], theirs[i]);
  }
  return Object::from_bool(same == (op == CmpOp::Eq));
}

Object OrderedDictObject::iter() { return odict_iter(Object(this), ViewKind::Keys, false); }

// mutablemapping_add_pairs: each item of `pairs` unpacked into exactly a key and a value,
// stored through self[key] = value.
void add_pairs(const Object& self, const Object& pairs) {
  Object it = iter(pairs);
  Object pair;
  while (next(it, pair)) {
    Object pair_it = iter(pair);
    Object key, value, extra;
    if (!next(pair_it, key)) detail::value_error("need more than 0 values to unpack");
    if (!next(pair_it, value)) detail::value_error("need more than 1 value to unpack");
    if (next(pair_it, extra)) detail::value_error("too many values to unpack (expected 2)");
    setitem(self, key, value);
  }
}

// mutablemapping_update_arg: a dict's items, a mapping's keys() with its items, an object's
// items(), or an iterable of pairs, all stored through self[key] = value (a subclass's
// __setitem__ sees each).
void update_from(const Object& self, const Object& arg) {
  static const Object keys = intern("keys"), items = intern("items");
  if (is_dict(arg)) return add_pairs(self, call_method(arg, items, {}));
  if (!getattr_or_unbound(arg, keys).is_unbound()) {
    Object it = iter(call_method(arg, keys, {}));
    Object key;
    while (next(it, key)) setitem(self, key, getitem(arg, key));
    return;
  }
  Object items_method = getattr_or_unbound(arg, items);
  add_pairs(self, items_method.is_unbound() ? arg : call(items_method, {}));
}

// odict_or: the OrderedDict operand's type built from the left operand, updated by the right.
Object OrderedDictObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op != BinaryOp::BitOr || !is_dict_or_subclass(other)) return Object();
  Object self(this);
  const Object& left = reflected ? other : self;
  const Object& right = reflected ? self : other;
  Object out = pyrt::call(Object((is_ordered_dict(left) ? left : right).type()), {left});
  update_from(out, right);
  return out;
}

// odict_inplace_or: mutablemapping_update_arg on the OrderedDict itself.
Object OrderedDictObject::inplace(BinaryOp op, const Object& other) {
  if (op != BinaryOp::BitOr) return Object();
  update_from(Object(this), other);
  return Object(this);
}

// ---- methods ---------------------------------------------------------------------------------

// move_to_end(key, last=True): KeyError(key) when missing.
Object m_move_to_end(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "move_to_end", {"key", "last"}, 2, 1, a);
  bool last = a[1].is_unbound() || truthy(a[1]);
  OrderedDictObject* d = as_od(self);
  std::int64_t pos = d->find(a[0]);
  if (pos < 0) raise_key_error(a[0]);
  if (pos == d->first_live(last)) return kNone;
  DictObject::Entry moved = d->entries[static_cast<std::size_t>(pos)];
  d->erase_at(pos);
  if (last) {
    d->insert(moved.key, moved.hash, moved.value);
    return kNone;
  }
  std::vector<DictObject::Entry> rest = d->entries;
  d->clear();
  d->insert(moved.key, moved.hash, moved.value);
  for (DictObject::Entry& e : rest)
    if (!e.key.is_unbound()) d->insert(e.key, e.hash, e.value);
  return kNone;
}

// popitem(last=True): KeyError "dictionary is empty".
Object m_popitem(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "popitem", {"last"}, 1, 0, a);
  OrderedDictObject* d = as_od(self);
  std::int64_t pos = d->first_live(a[0].is_unbound() || truthy(a[0]));
  if (pos < 0) raise_error(exc::KeyError, "dictionary is empty");
  const DictObject::Entry& e = d->entries[static_cast<std::size_t>(pos)];
  Object out = tuple_of({e.key, e.value});
  d->erase_at(pos);
  return out;
}

Object m_keys(const Object& self, const CallArgs&) { return make<OdictView>(view_type(ViewKind::Keys), self, ViewKind::Keys); }
Object m_values(const Object& self, const CallArgs&) {
  return make<OdictView>(view_type(ViewKind::Values), self, ViewKind::Values);
}
Object m_items(const Object& self, const CallArgs&) {
  return make<OdictView>(view_type(ViewKind::Items), self, ViewKind::Items);
}
Object m_reversed(const Object& self, const CallArgs&) { return odict_iter(self, ViewKind::Keys, true); }

// odict_copy: type(od)() filled in order, through a subclass's __setitem__.
Object m_copy(const Object& self, const CallArgs&) {
  Object out = call(Object(self.type()), {});
  Object it = odict_iter(self, ViewKind::Items, false);
  Object pair;
  while (next(it, pair)) setitem(out, tuple_items(pair)[0], tuple_items(pair)[1]);
  return out;
}

// odict_reduce: (type(od), (), od.__getstate__(), None, iter(od.items())).
Object m_reduce(const Object& self, const CallArgs&) {
  static const Object getstate = intern("__getstate__");
  Object state = call_method(self, getstate, {});
  return tuple_of({Object(self.type()), tuple_of({}), state, kNone, odict_iter(self, ViewKind::Items, false)});
}

// mutablemapping_update: at most one positional argument, then the keywords.
void update(const Object& self, const CallArgs& args) {
  if (args.npos > 1) {
    type_error("update() takes at most 1 positional argument (" + std::to_string(args.npos) + " given)");
  }
  if (args.npos == 1) update_from(self, args.args[0]);
  for (std::size_t i = 0; i < args.nkw; ++i) setitem(self, args.kwnames[i], args.args[args.npos + i]);
}

Object m_update(const Object& self, const CallArgs& args) {
  update(self, args);
  return kNone;
}

// odict_init: "expected at most 1 arguments, got 2", then mutablemapping_update.
Object ordered_dict_init(const CallArgs& args) {
  if (args.npos == 0 || !is_ordered_dict(args.args[0])) {
    type_error("descriptor '__init__' requires a 'collections.OrderedDict' object");
  }
  if (args.npos > 2) type_error("expected at most 1 arguments, got " + std::to_string(args.npos - 1));
  update(args.args[0], CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

Object ordered_dict_new(TypeObject* type, const CallArgs& args) {
  if (type != detail::ordered_dict_type()) return detail::new_native_subclass<OrderedDictObject>(type);
  Object out = make<OrderedDictObject>(type);
  std::vector<Object> full(args.args, args.args + args.npos + args.nkw);
  full.insert(full.begin(), out);
  ordered_dict_init(CallArgs{full.data(), args.npos + 1, args.nkw, args.kwnames});
  return out;
}

const NativeMethodDef ordered_dict_methods[] = {
    {"move_to_end", m_move_to_end, kOwnArgs, kOwnArgs},
    {"popitem", m_popitem, kOwnArgs, kOwnArgs},
    {"keys", m_keys, 0, 0},
    {"values", m_values, 0, 0},
    {"items", m_items, 0, 0},
    {"__reversed__", m_reversed, 0, 0},
    {"copy", m_copy, 0, 0},
    {"__reduce__", m_reduce, 0, 0},
    {"update", m_update, kOwnArgs, kOwnArgs},
};

TypeObject* make_ordered_dict_type() {
  TypeObject* t = detail::make_collections_type("OrderedDict", "collections", types::dict, ordered_dict_new, true);
  using Slots = detail::NativeSlots<OrderedDictObject>;
  Slots::owner() = t;
  Slots::add(t, "__repr__", Slots::repr);
  Slots::add(t, "__iter__", Slots::iter);
  Slots::add(t, "__eq__", Slots::compare<CmpOp::Eq>);
  Slots::add(t, "__ne__", Slots::compare<CmpOp::Ne>);
  Slots::add_binop<BinaryOp::BitOr>(t, true, true);
  Slots::add(t, "__init__", ordered_dict_init);
  add_methods(t, ordered_dict_methods);
  return t;
}

}  // namespace

TypeObject* detail::ordered_dict_type() {
  static TypeObject* const t = make_ordered_dict_type();
  return t;
}

}  // namespace pyrt
