// list. Mirrors CPython's Objects/listobject.c: methods and their error
// texts, slice assignment (list_ass_slice / extended slices), the stable
// sort with key= and reverse= (reverse keeps equal items in order).
#include "pyrt/object/list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "internal.h"
#include "native_subclass.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

Object make_list_iterator(const Object& list);  // tuple.cpp

using detail::type_error;
using detail::value_error;

ListObject::ListObject() : HeapObject(types::list) {}
ListObject::ListObject(TypeObject* type) : HeapObject(type) {}
ListObject::ListObject(std::vector<Object> v) : HeapObject(types::list), items(std::move(v)) {}

namespace {
ListObject* as_l(const Object& x) { return static_cast<ListObject*>(x.heap()); }
}  // namespace

Object list_of(std::initializer_list<Object> items) { return make<ListObject>(std::vector<Object>(items)); }
Object list_from_vector(std::vector<Object> items) { return make<ListObject>(std::move(items)); }

Object list_from_iterable(const Object& iterable) {
  if (is_list(iterable)) return list_from_vector(list_items(iterable));
  if (is_tuple(iterable)) return list_from_vector(tuple_items(iterable));
  std::vector<Object> out;
  Object it = iter(iterable);
  Object x;
  while (next(it, x)) out.push_back(std::move(x));
  return list_from_vector(std::move(out));
}

bool is_list(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::list; }
bool is_list_or_subclass(const Object& x) noexcept { return x.is_heap() && x.heap()->type->is_subtype(types::list); }
std::vector<Object>& list_items(const Object& l) { return as_l(l)->items; }
void list_append(const Object& list, const Object& x) { as_l(list)->items.push_back(x); }

namespace {

// Compares for sorting with fast paths for homogeneous ints and strs.
bool less_than(const Object& a, const Object& b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_int() < b.as_int();
  if (is_str(a) && is_str(b)) return str_view(a) < str_view(b);
  if (a.is_float() && b.is_float()) return a.as_float() < b.as_float();
  return compare_bool(CmpOp::Lt, a, b);
}

}  // namespace

void list_sort(const Object& list, const Object& key, bool reverse) {
  std::vector<Object>& items = list_items(list);
  std::vector<Object> keys;
  bool has_key = !key.is_unbound() && !key.is_none();
  // Sort a snapshot: if a comparison raises, the list keeps its items
  // (CPython leaves it in some permutation; losing items is never allowed).
  std::vector<Object> work = items;
  if (has_key) {
    keys.reserve(work.size());
    for (const Object& x : work) keys.push_back(call(key, {x}));
  }
  const std::vector<Object>& k = has_key ? keys : work;
  std::vector<std::size_t> order(work.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (reverse) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return less_than(k[y], k[x]); });
  } else {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return less_than(k[x], k[y]); });
  }
  std::vector<Object> sorted;
  sorted.reserve(work.size());
  for (std::size_t i : order) sorted.push_back(std::move(work[i]));
  items = std::move(sorted);
}

Object ListObject::repr() {
  if (items.empty()) return str_from("[]");
  detail::ReprGuard guard(this);
  if (!guard.entered) return str_from("[...]");
  return str_from(sequence_repr(items, "[", "]", false));
}

std::int64_t ListObject::hash() { type_error("unhashable type: '" + type->message_name() + "'"); }

Object ListObject::richcompare(const Object& other, CmpOp op) {
  if (!is_list_or_subclass(other)) return Object();
  std::vector<Object> a = items, b = as_l(other)->items;
  return sequence_compare(a, b, op);
}

Object ListObject::iter() { return make_list_iterator(Object(this)); }
std::int64_t ListObject::len() { return static_cast<std::int64_t>(items.size()); }

Object ListObject::getitem(const Object& key) {
  if (key.is_small_int()) {
    std::int64_t i = key.as_int();
    auto n = static_cast<std::int64_t>(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) detail::index_error("list index out of range");
    return items[static_cast<std::size_t>(i)];
  }
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t n = slice_indices(key, static_cast<std::int64_t>(items.size()), start, stop, step);
    std::vector<Object> out;
    out.reserve(static_cast<std::size_t>(n > 0 ? n : 0));
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
    return list_from_vector(std::move(out));
  }
  return items[static_cast<std::size_t>(sequence_index(key, static_cast<std::int64_t>(items.size()), "list"))];
}

void ListObject::setitem(const Object& key, const Object& value) {
  auto n = static_cast<std::int64_t>(items.size());
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t count = slice_indices(key, n, start, stop, step);
    if (value.is_unbound()) {
      if (count <= 0) return;
      if (step < 0) {
        start = start + (count - 1) * step;
        step = -step;
      }
      std::vector<Object> kept;
      kept.reserve(items.size() - static_cast<std::size_t>(count));
      std::int64_t next_del = start, deleted = 0;
      for (std::int64_t i = 0; i < n; ++i) {
        if (deleted < count && i == next_del) {
          ++deleted;
          next_del += step;
          continue;
        }
        kept.push_back(std::move(items[static_cast<std::size_t>(i)]));
      }
      items = std::move(kept);
      return;
    }
    // Materialize first: `a[:] = a` must see the old contents.
    std::vector<Object> src;
    if (is_list(value)) {
      src = as_l(value)->items;
    } else if (is_tuple(value)) {
      src = tuple_items(value);
    } else {
      Object it;
      try {
        it = pyrt::iter(value);
      } catch (PyException& e) {
        if (!exception_is(e.value, exc::TypeError)) throw;
        type_error("must assign iterable to extended slice");
      }
      Object x;
      while (pyrt::next(it, x)) src.push_back(std::move(x));
    }
    if (step == 1) {
      if (stop < start) stop = start;
      items.erase(items.begin() + start, items.begin() + stop);
      items.insert(items.begin() + start, src.begin(), src.end());
      return;
    }
    if (static_cast<std::int64_t>(src.size()) != count) {
      value_error("attempt to assign sequence of size " + std::to_string(src.size()) + " to extended slice of size " +
                  std::to_string(count));
    }
    for (std::int64_t k = 0, i = start; k < count; ++k, i += step) {
      items[static_cast<std::size_t>(i)] = src[static_cast<std::size_t>(k)];
    }
    return;
  }
  if (!is_int(key) && key.type()->lookup(detail::names::index).is_unbound()) {
    type_error("list indices must be integers or slices, not " + type_name_text(key));
  }
  std::int64_t i = index_value(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) detail::index_error("list assignment index out of range");
  if (value.is_unbound()) {
    items.erase(items.begin() + i);
  } else {
    items[static_cast<std::size_t>(i)] = value;
  }
}

Object ListObject::contains(const Object& item) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (equal(x, item)) return kTrue;
  }
  return kFalse;
}

Object ListObject::truthy() { return Object::from_bool(!items.empty()); }

Object ListObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Add && !reflected && is_list_or_subclass(other)) {
    std::vector<Object> out(items);
    out.insert(out.end(), as_l(other)->items.begin(), as_l(other)->items.end());
    return list_from_vector(std::move(out));
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n = index_value(other);
    std::vector<Object> out;
    if (n > 0) out.reserve(items.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return list_from_vector(std::move(out));
  }
  return Object();
}

Object ListObject::inplace(BinaryOp op, const Object& other) {
  if (op == BinaryOp::Add) {
    if (is_list(other) || is_tuple(other)) {
      std::vector<Object> src = is_list(other) ? as_l(other)->items : tuple_items(other);
      items.insert(items.end(), src.begin(), src.end());
    } else {
      Object it = pyrt::iter(other);
      Object x;
      while (pyrt::next(it, x)) items.push_back(std::move(x));
    }
    return Object(this);
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n = index_value(other);
    if (n <= 0) {
      items.clear();
    } else {
      std::vector<Object> copy = items;
      for (std::int64_t i = 1; i < n; ++i) items.insert(items.end(), copy.begin(), copy.end());
    }
    return Object(this);
  }
  return Object();
}

// ---- methods ---------------------------------------------------------------------------------

namespace {

Object m_append(const Object& self, const CallArgs& args) {
  as_l(self)->items.push_back(args.args[0]);
  return kNone;
}

Object m_extend(const Object& self, const CallArgs& args) {
  // list_extend itself, not a subclass's __iadd__.
  as_l(self)->ListObject::inplace(BinaryOp::Add, args.args[0]);
  return kNone;
}

Object m_insert(const Object& self, const CallArgs& args) {
  auto& items = as_l(self)->items;
  auto n = static_cast<std::int64_t>(items.size());
  std::int64_t i = index_value(args.args[0]);
  if (i < 0) i = i + n < 0 ? 0 : i + n;
  if (i > n) i = n;
  items.insert(items.begin() + i, args.args[1]);
  return kNone;
}

Object m_pop(const Object& self, const CallArgs& args) {
  auto& items = as_l(self)->items;
  if (items.empty()) detail::index_error("pop from empty list");
  auto n = static_cast<std::int64_t>(items.size());
  std::int64_t i = args.npos ? index_value(args.args[0]) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) detail::index_error("pop index out of range");
  Object out = std::move(items[static_cast<std::size_t>(i)]);
  items.erase(items.begin() + i);
  return out;
}

Object m_remove(const Object& self, const CallArgs& args) {
  auto& items = as_l(self)->items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (equal(x, args.args[0])) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      return kNone;
    }
  }
  value_error("list.remove(x): x not in list");
}

Object m_index(const Object& self, const CallArgs& args) {
  auto& items = as_l(self)->items;
  auto n = static_cast<std::int64_t>(items.size());
  std::int64_t b = args.npos > 1 ? index_value(args.args[1]) : 0;
  std::int64_t e = args.npos > 2 ? index_value(args.args[2]) : n;
  if (b < 0) b = b + n < 0 ? 0 : b + n;
  if (e < 0) e = e + n < 0 ? 0 : e + n;
  for (std::int64_t i = b; i < e && i < static_cast<std::int64_t>(items.size()); ++i) {
    Object x = items[static_cast<std::size_t>(i)];
    if (equal(x, args.args[0])) return Object::from_int(i);
  }
  value_error(repr_text(args.args[0]) + " is not in list");
}

Object m_count(const Object& self, const CallArgs& args) {
  std::int64_t c = 0;
  auto& items = as_l(self)->items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (equal(x, args.args[0])) ++c;
  }
  return Object::from_int(c);
}

Object m_sort(const Object& self, const CallArgs& args) {
  if (args.npos) type_error("sort() takes no positional arguments");
  Object a[2];
  parse_args(args, "sort", {"key", "reverse"}, 0, 0, a);
  list_sort(self, a[0], !a[1].is_unbound() && truthy(a[1]));
  return kNone;
}

Object m_reverse(const Object& self, const CallArgs&) {
  std::reverse(as_l(self)->items.begin(), as_l(self)->items.end());
  return kNone;
}

Object m_copy(const Object& self, const CallArgs&) {
  return list_from_vector(as_l(self)->items);
}

Object m_clear(const Object& self, const CallArgs&) {
  std::vector<Object> old;
  old.swap(as_l(self)->items);
  return kNone;
}

// list(...) builds the list at once; a subclass gets an empty one, which
// its __init__ (list.__init__ unless overridden) fills, as CPython's
// PyType_GenericNew and list___init__ split the work.
Object list_new(TypeObject* type, const CallArgs& args) {
  if (type != types::list) return detail::new_native_subclass<ListObject>(type);
  if (args.nkw) type_error("list() takes no keyword arguments");
  if (args.npos > 1) type_error("list expected at most 1 argument, got " + std::to_string(args.npos));
  if (args.npos == 0) return list_of({});
  return list_from_iterable(args.args[0]);
}

// list.__init__(self, iterable=()): clears, then extends (list___init___impl).
Object list_init(const CallArgs& args) {
  if (args.npos == 0 || !is_list_or_subclass(args.args[0])) {
    type_error("descriptor '__init__' requires a 'list' object");
  }
  if (args.nkw) type_error("list() takes no keyword arguments");
  if (args.npos > 2) type_error("list expected at most 1 argument, got " + std::to_string(args.npos - 1));
  ListObject* self = as_l(args.args[0]);
  std::vector<Object> old;
  old.swap(self->items);
  if (args.npos == 2) self->ListObject::inplace(BinaryOp::Add, args.args[1]);
  return kNone;
}

// list's methods with CPython's arities (METH_O/METH_NOARGS or Argument Clinic).
// listreviter_next: the items last first, by index, stopping at an index the list has lost.
struct ListReverseIterator final : detail::NativeIterator {
  ListReverseIterator(TypeObject* t, Object list)
      : NativeIterator(t), list(std::move(list)), index(static_cast<std::int64_t>(as_l(this->list)->items.size()) - 1) {}
  Object list;
  std::int64_t index;
  bool next(Object& out) override {
    if (list.is_unbound()) return false;
    const auto& items = as_l(list)->items;
    if (index >= 0 && index < static_cast<std::int64_t>(items.size())) {
      out = items[static_cast<std::size_t>(index--)];
      return true;
    }
    index = -1;
    list = Object();
    return false;
  }
  std::int64_t length_hint() override {
    if (list.is_unbound()) return 0;
    return index < static_cast<std::int64_t>(as_l(list)->items.size()) ? index + 1 : 0;
  }
};

Object m_reversed(const Object& self, const CallArgs&) {
  static TypeObject* t = detail::iterator_type("list_reverseiterator");
  return make<ListReverseIterator>(t, self);
}

const NativeMethodDef list_methods[] = {
    {"append", m_append, 1, 1},   {"extend", m_extend, 1, 1}, {"insert", m_insert, 2, 2},
    {"pop", m_pop, 0, 1},         {"remove", m_remove, 1, 1}, {"index", m_index, 1, 3},
    {"count", m_count, 1, 1},     {"sort", m_sort, kOwnArgs, kOwnArgs},
    {"reverse", m_reverse, 0, 0}, {"copy", m_copy, 0, 0},     {"clear", m_clear, 0, 0},
    {"__reversed__", m_reversed, 0, 0},
};

}  // namespace

void detail::init_list_type() {
  types::list = make_builtin_type("list", nullptr, "builtins", list_new, true);
  types::list->collection_flags = TypeObject::kSequenceFlag;  // Py_TPFLAGS_SEQUENCE
  TypeObject* t = types::list;
  using Slots = NativeSlots<ListObject>;
  Slots::add_container_slots(t);
  Slots::add_binop<BinaryOp::Add>(t, false, true);
  Slots::add_binop<BinaryOp::Mult>(t, true, true);
  Slots::add(t, "__init__", list_init);
  add_methods(t, list_methods);
}

}  // namespace pyrt
