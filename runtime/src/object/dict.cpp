// dict: CPython 3.6+'s compact, insertion-ordered layout (an entries vector
// plus an index table probed with CPython's perturbation scheme), views, and
// the dict methods. Mirrors Objects/dictobject.c (messages, repr, update
// rules, "dictionary changed size during iteration").
#include "pyrt/object/dict.h"

#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "native_subclass.h"
#include "pyrt/object/descriptor.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/mappingproxy.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

DictObject::DictObject() : HeapObject(types::dict) {}
DictObject::DictObject(TypeObject* type) : HeapObject(type) {}

namespace {

DictObject* as_d(const Object& x) { return static_cast<DictObject*>(x.heap()); }

// The hash CPython would use, with the cached str hash taken directly.
inline std::int64_t key_hash(const Object& key) {
  if (key.is_heap() && key.heap()->type == types::str) return str_hash(static_cast<StrObject*>(key.heap()));
  return hash(key);
}

inline bool keys_equal(const Object& stored, const Object& key) {
  if (stored.is(key)) return true;
  if (stored.is_heap() && key.is_heap() && stored.heap()->type == types::str && key.heap()->type == types::str) {
    return str_equal(stored, key);
  }
  return compare_bool(CmpOp::Eq, stored, key);
}

}  // namespace

std::int64_t DictObject::find(const Object& key, std::int64_t h) const {
  if (index.empty()) return -1;
  std::size_t mask = index.size() - 1;
  auto perturb = static_cast<std::uint64_t>(h);
  std::size_t i = static_cast<std::size_t>(h) & mask;
  for (;;) {
    std::int32_t ix = index[i];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const Entry& e = entries[static_cast<std::size_t>(ix)];
      if (e.key.is(key)) return ix;
      if (e.hash == h && keys_equal(e.key, key)) return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The key is hashed even when the dict is empty: `[1] in {}` and
// `del {}[[1]]` raise "unhashable type: 'list'" in CPython.
std::int64_t DictObject::find(const Object& key) const {
  std::int64_t h = key_hash(key);
  if (used == 0) return -1;
  return find(key, h);
}

void DictObject::rebuild_index(std::size_t capacity) {
  // Compact the entries (drop holes), then re-index.
  if (static_cast<std::int64_t>(entries.size()) != used) {
    std::vector<Entry> live;
    live.reserve(static_cast<std::size_t>(used));
    for (Entry& e : entries)
      if (!e.key.is_unbound()) live.push_back(std::move(e));
    entries = std::move(live);
  }
  index.assign(capacity, -1);
  filled = static_cast<std::int64_t>(entries.size());
  std::size_t mask = capacity - 1;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    auto perturb = static_cast<std::uint64_t>(entries[k].hash);
    std::size_t i = static_cast<std::size_t>(entries[k].hash) & mask;
    while (index[i] != -1) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<std::int32_t>(k);
  }
}

void DictObject::insert(const Object& key, std::int64_t h, Object value) {
  std::int64_t pos = find(key, h);
  if (pos >= 0) {
    entries[static_cast<std::size_t>(pos)].value = std::move(value);
    return;
  }
  // Keep the index at most 2/3 full counting holes, like CPython's USABLE_FRACTION.
  if (index.empty() || static_cast<std::size_t>(filled + 1) * 3 > index.size() * 2) {
    std::size_t cap = 8;
    while (cap * 2 < (static_cast<std::size_t>(used) + 1) * 3) cap <<= 1;
    rebuild_index(cap);
  }
  std::size_t mask = index.size() - 1;
  auto perturb = static_cast<std::uint64_t>(h);
  std::size_t i = static_cast<std::size_t>(h) & mask;
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  if (index[i] == -1) ++filled;
  index[i] = static_cast<std::int32_t>(entries.size());
  entries.push_back(Entry{h, key, std::move(value)});
  ++used;
  ++version;
}

void DictObject::erase_at(std::int64_t pos) {
  Entry& e = entries[static_cast<std::size_t>(pos)];
  std::size_t mask = index.size() - 1;
  auto perturb = static_cast<std::uint64_t>(e.hash);
  std::size_t i = static_cast<std::size_t>(e.hash) & mask;
  while (index[i] != pos) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  index[i] = -2;
  // Move out before releasing: a destructor may re-enter the dict.
  Object k = std::move(e.key), v = std::move(e.value);
  --used;
  ++version;
  // Trailing holes can simply be dropped, which keeps popitem() O(1).
  while (!entries.empty() && entries.back().key.is_unbound()) {
    entries.pop_back();
  }
  if (entries.empty()) {
    index.assign(index.size(), -1);
    filled = 0;
  }
}

void DictObject::clear() {
  std::vector<Entry> old;
  old.swap(entries);
  index.clear();
  used = 0;
  filled = 0;
  ++version;
}

Object dict_of(std::initializer_list<std::pair<Object, Object>> items) {
  auto* d = new DictObject();
  Object out(d);
  for (const auto& [k, v] : items) d->insert(k, key_hash(k), v);
  return out;
}

Object new_dict() { return make<DictObject>(); }
bool is_dict(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::dict; }
bool is_dict_or_subclass(const Object& x) noexcept { return x.is_heap() && x.heap()->type->is_subtype(types::dict); }
DictObject* as_dict(const Object& d) { return as_d(d); }

Object dict_get(const Object& dict, const Object& key) {
  DictObject* d = as_d(dict);
  std::int64_t pos = d->find(key);
  return pos < 0 ? Object() : d->entries[static_cast<std::size_t>(pos)].value;
}

void dict_set(const Object& dict, const Object& key, const Object& value) {
  as_d(dict)->insert(key, key_hash(key), value);
}

bool dict_del(const Object& dict, const Object& key) {
  DictObject* d = as_d(dict);
  std::int64_t pos = d->find(key);
  if (pos < 0) return false;
  d->erase_at(pos);
  return true;
}

void raise_key_error(const Object& key) { raise(new_exception_args(exc::KeyError, {key})); }

void dict_update_from(const Object& dict, const Object& other) {
  DictObject* d = as_d(dict);
  // dict_merge copies the entries of any dict whose __iter__ is dict's own,
  // without calling an overridden __getitem__; others go through keys().
  if (is_dict(other) ||
      (is_dict_or_subclass(other) && detail::user_dunder(other.type(), detail::names::iter).is_unbound())) {
    std::vector<DictObject::Entry> copy = as_d(other)->entries;
    for (auto& e : copy)
      if (!e.key.is_unbound()) d->insert(e.key, e.hash, e.value);
    return;
  }
  Object keys = getattr_or_unbound(other, detail::names::keys);
  if (!keys.is_unbound()) {
    Object it = iter(call(keys, {}));
    Object k;
    while (next(it, k)) d->insert(k, key_hash(k), getitem(other, k));
    return;
  }
  Object it = iter(other);
  Object item;
  std::size_t n = 0;
  while (next(it, item)) {
    Object pair;
    try {
      pair = tuple_from_iterable(item);
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::TypeError)) throw;
      type_error("cannot convert dictionary update sequence element #" + std::to_string(n) + " to a sequence");
    }
    const auto& kv = tuple_items(pair);
    if (kv.size() != 2) {
      detail::value_error("dictionary update sequence element #" + std::to_string(n) + " has length " +
                          std::to_string(kv.size()) + "; 2 is required");
    }
    d->insert(kv[0], key_hash(kv[0]), kv[1]);
    ++n;
  }
}

// ---- protocol ---------------------------------------------------------------------------

Object DictObject::repr() {
  if (used == 0) return str_from("{}");
  detail::ReprGuard guard(this);
  if (!guard.entered) return str_from("{...}");
  std::string out = "{";
  bool first = true;
  std::vector<Entry> snapshot = entries;
  for (const Entry& e : snapshot) {
    if (e.key.is_unbound()) continue;
    if (!first) out += ", ";
    first = false;
    out += str_view(pyrt::repr(e.key));
    out += ": ";
    out += str_view(pyrt::repr(e.value));
  }
  out += "}";
  return str_from(std::move(out));
}

std::int64_t DictObject::hash() { type_error("unhashable type: 'dict'"); }

Object DictObject::richcompare(const Object& other, CmpOp op) {
  if (!is_dict_or_subclass(other) || (op != CmpOp::Eq && op != CmpOp::Ne)) return Object();
  DictObject* o = as_d(other);
  bool eq = used == o->used;
  if (eq) {
    std::vector<Entry> snapshot = entries;
    for (const Entry& e : snapshot) {
      if (e.key.is_unbound()) continue;
      std::int64_t pos = o->find(e.key, e.hash);
      if (pos < 0) {
        eq = false;
        break;
      }
      Object v = o->entries[static_cast<std::size_t>(pos)].value;
      if (!equal(e.value, v)) {
        eq = false;
        break;
      }
    }
  }
  return Object::from_bool(op == CmpOp::Eq ? eq : !eq);
}

using detail::ViewKind;

Object detail::view_set_op(ViewKind kind, BinaryOp op, const Object& view, const Object& other, bool reflected) {
  if (kind == ViewKind::Values) return Object();
  if (op != BinaryOp::BitAnd && op != BinaryOp::BitOr && op != BinaryOp::Sub && op != BinaryOp::BitXor) {
    return Object();
  }
  Object a = set_from_iterable(reflected ? other : view);
  Object b = set_from_iterable(reflected ? view : other);
  return binary_op(op, a, b);
}

namespace {

// dictiter_iternext* and, with `reverse`, dictreviter_iternext: the entries in insertion order
// or the reverse of it; RuntimeError when the dict's size changes meanwhile.
struct DictIterator final : detail::NativeIterator {
  DictIterator(TypeObject* t, Object dict, ViewKind kind, bool reverse)
      : NativeIterator(t), dict(std::move(dict)), kind(kind), start_used(as_d(this->dict)->used), reverse(reverse),
        pos(reverse ? as_d(this->dict)->entries.size() : 0) {}
  Object dict;
  ViewKind kind;
  std::int64_t start_used;
  bool reverse;
  std::size_t pos;  ///< the next entry; for `reverse`, one past it
  bool next(Object& out) override {
    if (dict.is_unbound()) return false;
    DictObject* d = as_d(dict);
    if (d->used != start_used) {
      start_used = -1;  // CPython keeps failing afterwards
      raise_error(exc::RuntimeError, "dictionary changed size during iteration");
    }
    std::size_t at = 0;
    if (!advance(d, at)) {
      dict = Object();
      return false;
    }
    const DictObject::Entry& e = d->entries[at];
    switch (kind) {
      case ViewKind::Keys: out = e.key; break;
      case ViewKind::Values: out = e.value; break;
      case ViewKind::Items: out = tuple_of({e.key, e.value}); break;
    }
    return true;
  }
  std::int64_t length_hint() override {
    if (dict.is_unbound()) return 0;
    std::int64_t n = 0;
    DictObject* d = as_d(dict);
    std::size_t from = reverse ? 0 : pos, to = reverse ? std::min(pos, d->entries.size()) : d->entries.size();
    for (std::size_t i = from; i < to; ++i) n += !d->entries[i].key.is_unbound();
    return n;
  }

 private:
  // The index of the next live entry in `at`, moving `pos` past it; false at the end.
  bool advance(DictObject* d, std::size_t& at) {
    if (reverse) {
      pos = std::min(pos, d->entries.size());
      while (pos > 0 && d->entries[pos - 1].key.is_unbound()) --pos;
      if (pos == 0) return false;
      at = --pos;
      return true;
    }
    while (pos < d->entries.size() && d->entries[pos].key.is_unbound()) ++pos;
    if (pos >= d->entries.size()) return false;
    at = pos++;
    return true;
  }
};

Object dict_iterator(const Object& dict, ViewKind kind, bool reverse = false) {
  static TypeObject* tk = detail::iterator_type("dict_keyiterator");
  static TypeObject* tv = detail::iterator_type("dict_valueiterator");
  static TypeObject* ti = detail::iterator_type("dict_itemiterator");
  static TypeObject* rk = detail::iterator_type("dict_reversekeyiterator");
  static TypeObject* rv = detail::iterator_type("dict_reversevalueiterator");
  static TypeObject* ri = detail::iterator_type("dict_reverseitemiterator");
  TypeObject* t = kind == ViewKind::Keys ? (reverse ? rk : tk) : kind == ViewKind::Values ? (reverse ? rv : tv)
                                                                                         : (reverse ? ri : ti);
  return make<DictIterator>(t, dict, kind, reverse);
}

struct DictView final : HeapObject {
  DictView(TypeObject* t, Object dict, ViewKind kind) : HeapObject(t), dict(std::move(dict)), kind(kind) {}
  Object dict;
  ViewKind kind;

  Object repr() override {
    detail::ReprGuard guard(this);
    if (!guard.entered) return str_from("...");
    Object items = list_from_iterable(Object(this));
    return str_from(type->name + "(" + std::string(str_view(pyrt::repr(items))) + ")");
  }
  Object iter() override { return dict_iterator(dict, kind); }
  Object getattr(const Object& name) override {
    // dictview_mapping: a read-only view of the dict the view reads.
    if (str_view(name) == "mapping") return make_mappingproxy(dict);
    return HeapObject::getattr(name);
  }
  std::int64_t len() override { return as_d(dict)->used; }
  Object truthy() override { return Object::from_bool(as_d(dict)->used != 0); }
  Object contains(const Object& item) override {
    DictObject* d = as_d(dict);
    if (kind == ViewKind::Keys) return Object::from_bool(d->find(item) >= 0);
    if (kind == ViewKind::Items) {
      if (!is_tuple(item) || tuple_items(item).size() != 2) return kFalse;
      std::int64_t pos = d->find(tuple_items(item)[0]);
      if (pos < 0) return kFalse;
      Object v = d->entries[static_cast<std::size_t>(pos)].value;
      return Object::from_bool(equal(v, tuple_items(item)[1]));
    }
    return Object();
  }
  Object richcompare(const Object& other, CmpOp op) override {
    if (kind == ViewKind::Values) return Object();
    if (!(other.type() == type || is_set(other))) return Object();
    return compare(op, set_from_iterable(Object(this)), set_from_iterable(other));
  }
  Object binop(BinaryOp op, const Object& other, bool reflected) override {
    return detail::view_set_op(kind, op, Object(this), other, reflected);
  }
};

Object make_view(const Object& dict, ViewKind kind) {
  TypeObject* t = kind == ViewKind::Keys ? types::dict_keys : kind == ViewKind::Values ? types::dict_values
                                                                                        : types::dict_items;
  return make<DictView>(t, dict, kind);
}

}  // namespace

Object DictObject::iter() { return dict_iterator(Object(this), ViewKind::Keys); }
std::int64_t DictObject::len() { return used; }

Object DictObject::getitem(const Object& key) {
  std::int64_t pos = find(key);
  if (pos < 0) {
    // dict_subscript: a subclass's __missing__ supplies the value.
    if (type != types::dict) {
      static const Object missing = intern("__missing__");
      Object f = type->lookup(missing);
      if (!f.is_unbound()) return detail::call_as_method(f, Object(this), {key});
    }
    raise_key_error(key);
  }
  return entries[static_cast<std::size_t>(pos)].value;
}

void DictObject::setitem(const Object& key, const Object& value) {
  if (value.is_unbound()) {
    std::int64_t pos = find(key);
    if (pos < 0) raise_key_error(key);
    erase_at(pos);
    return;
  }
  insert(key, key_hash(key), value);
}

Object DictObject::contains(const Object& item) { return Object::from_bool(find(item) >= 0); }
Object DictObject::truthy() { return Object::from_bool(used != 0); }

Object DictObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op != BinaryOp::BitOr || !is_dict_or_subclass(other)) return Object();
  Object out = new_dict();
  dict_update_from(out, reflected ? other : Object(this));
  dict_update_from(out, reflected ? Object(this) : other);
  return out;
}

Object DictObject::inplace(BinaryOp op, const Object& other) {
  if (op != BinaryOp::BitOr) return Object();
  dict_update_from(Object(this), other);
  return Object(this);
}

// ---- methods ---------------------------------------------------------------------------------

namespace {

Object m_get(const Object& self, const CallArgs& args) {
  Object v = dict_get(self, args.args[0]);
  if (!v.is_unbound()) return v;
  return args.npos > 1 ? args.args[1] : kNone;
}

Object m_setdefault(const Object& self, const CallArgs& args) {
  Object v = dict_get(self, args.args[0]);
  if (!v.is_unbound()) return v;
  Object dflt = args.npos > 1 ? args.args[1] : kNone;
  dict_set(self, args.args[0], dflt);
  return dflt;
}

Object m_pop(const Object& self, const CallArgs& args) {
  DictObject* d = as_d(self);
  std::int64_t pos = d->find(args.args[0]);
  if (pos < 0) {
    if (args.npos > 1) return args.args[1];
    raise_key_error(args.args[0]);
  }
  Object v = d->entries[static_cast<std::size_t>(pos)].value;
  d->erase_at(pos);
  return v;
}

Object m_popitem(const Object& self, const CallArgs&) {
  DictObject* d = as_d(self);
  if (d->used == 0) raise_error(exc::KeyError, "popitem(): dictionary is empty");
  auto pos = static_cast<std::int64_t>(d->entries.size()) - 1;
  Object out = tuple_of({d->entries.back().key, d->entries.back().value});
  d->erase_at(pos);
  return out;
}

Object m_update(const Object& self, const CallArgs& args) {
  if (args.npos > 1) type_error("update expected at most 1 argument, got " + std::to_string(args.npos));
  if (args.npos == 1) dict_update_from(self, args.args[0]);
  for (std::size_t i = 0; i < args.nkw; ++i) dict_set(self, args.kwnames[i], args.args[args.npos + i]);
  return kNone;
}

Object m_keys(const Object& self, const CallArgs&) {
  return make_view(self, ViewKind::Keys);
}

Object m_values(const Object& self, const CallArgs&) {
  return make_view(self, ViewKind::Values);
}

Object m_items(const Object& self, const CallArgs&) {
  return make_view(self, ViewKind::Items);
}

Object m_copy(const Object& self, const CallArgs&) {
  Object out = new_dict();
  dict_update_from(out, self);
  return out;
}

Object m_clear(const Object& self, const CallArgs&) {
  as_d(self)->clear();
  return kNone;
}

// dict_update_common: dict(mapping_or_pairs, **kwargs) into `out`.
void dict_init_from(const Object& out, const CallArgs& args) {
  if (args.npos > 1) type_error("dict expected at most 1 argument, got " + std::to_string(args.npos));
  if (args.npos == 1) dict_update_from(out, args.args[0]);
  for (std::size_t i = 0; i < args.nkw; ++i) dict_set(out, args.kwnames[i], args.args[args.npos + i]);
}

// dict(...) builds the dict at once; a subclass gets an empty one, which
// its __init__ (dict.__init__ unless overridden) fills, as dict_new and
// dict_init split the work.
Object dict_new(TypeObject* type, const CallArgs& args) {
  if (type != types::dict) return detail::new_native_subclass<DictObject>(type);
  Object out = new_dict();
  dict_init_from(out, args);
  return out;
}

// dict.__reversed__ and the views' (dict_reversed, dictkeys_reversed, ...): the entries last first.
Object m_reversed(const Object& self, const CallArgs&) { return dict_iterator(self, ViewKind::Keys, true); }
Object view_reversed(const Object& self, const CallArgs&) {
  auto* v = static_cast<DictView*>(self.heap());
  return dict_iterator(v->dict, v->kind, true);
}

Object dict_init(const CallArgs& args) {
  if (args.npos == 0 || !is_dict_or_subclass(args.args[0])) {
    type_error("descriptor '__init__' requires a 'dict' object");
  }
  dict_init_from(args.args[0], CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// dict's methods with CPython's arities (fromkeys is in container_methods.cpp).
const NativeMethodDef dict_methods[] = {
    {"get", m_get, 1, 2},         {"setdefault", m_setdefault, 1, 2},     {"pop", m_pop, 1, 2},
    {"popitem", m_popitem, 0, 0}, {"update", m_update, kOwnArgs, kOwnArgs}, {"keys", m_keys, 0, 0},
    {"values", m_values, 0, 0},   {"items", m_items, 0, 0},               {"copy", m_copy, 0, 0},
    {"clear", m_clear, 0, 0},     {"__reversed__", m_reversed, 0, 0},
};

}  // namespace

void detail::init_dict_type() {
  TypeObject* t = types::dict;
  t->native_new = dict_new;
  t->is_basetype = true;
  using Slots = detail::NativeSlots<DictObject>;
  Slots::add_container_slots(t);
  Slots::add_binop<BinaryOp::BitOr>(t, true, true);
  Slots::add(t, "__init__", dict_init);
  add_methods(t, dict_methods);
  types::dict_keys = make_builtin_type("dict_keys");
  types::dict_values = make_builtin_type("dict_values");
  types::dict_items = make_builtin_type("dict_items");
  for (TypeObject* view : {types::dict_keys, types::dict_values, types::dict_items}) {
    add_method(view, "__reversed__", view_reversed);
  }
}

}  // namespace pyrt
