// collections.deque: a double-ended queue over a ring buffer, O(1) at both ends and by index.
// Mirrors CPython 3.11's Modules/_collectionsmodule.c (deque_*): maxlen trimming, the "deque
// mutated during iteration" checks, repr, comparisons, copy and pickling, as
// Lib/test/test_deque.py expects them.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "collections_types.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/object/typing.h"

namespace pyrt {

namespace {

using detail::index_error;
using detail::type_error;

/// The items of a deque: a power-of-two ring of slots, `size_` of them live from `head_` on.
/// Slots outside the live range are unbound, so they hold no references.
class Ring {
 public:
  std::size_t size() const { return size_; }
  Object& at(std::size_t i) { return slots_[(head_ + i) & mask()]; }

  void push_back(Object x) {
    grow_if_full();
    at(size_) = std::move(x);
    ++size_;
  }
  void push_front(Object x) {
    grow_if_full();
    head_ = (head_ + mask()) & mask();
    slots_[head_] = std::move(x);
    ++size_;
  }
  Object pop_back() {
    Object x = std::move(at(size_ - 1));
    --size_;
    return x;
  }
  Object pop_front() {
    Object x = std::move(slots_[head_]);
    head_ = (head_ + 1) & mask();
    --size_;
    return x;
  }
  /// Removes the item at `i`, shifting the shorter side over it; returns it.
  Object erase(std::size_t i) {
    Object x = std::move(at(i));
    if (i < size_ / 2) {
      for (std::size_t j = i; j > 0; --j) at(j) = std::move(at(j - 1));
      head_ = (head_ + 1) & mask();
    } else {
      for (std::size_t j = i; j + 1 < size_; ++j) at(j) = std::move(at(j + 1));
    }
    --size_;
    return x;
  }
  /// Inserts `x` before the item at `i` (0 < i < size).
  void insert(std::size_t i, Object x) {
    push_back(Object());
    for (std::size_t j = size_ - 1; j > i; --j) at(j) = std::move(at(j - 1));
    at(i) = std::move(x);
  }
  void swap(Ring& other) noexcept {
    slots_.swap(other.slots_);
    std::swap(head_, other.head_);
    std::swap(size_, other.size_);
  }
  /// The live items, first to last: what code that calls back into Python iterates, since a
  /// callback may change the ring.
  std::vector<Object> snapshot() {
    std::vector<Object> out;
    out.reserve(size_);
    for (std::size_t i = 0; i < size_; ++i) out.push_back(at(i));
    return out;
  }

 private:
  std::size_t mask() const { return slots_.size() - 1; }
  void grow_if_full() {
    if (size_ < slots_.size()) return;
    std::vector<Object> bigger(std::max<std::size_t>(8, slots_.size() * 2));
    for (std::size_t i = 0; i < size_; ++i) bigger[i] = std::move(at(i));
    slots_.swap(bigger);
    head_ = 0;
  }

  std::vector<Object> slots_;
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

/// A deque, or the deque part of an instance of a user subclass (detail::NativeSubclass).
/// `state` counts the changes that invalidate iterators (CPython's deque->state): appends,
/// pops, rotations and clears, not item assignment or reverse().
struct DequeObject : HeapObject {
  explicit DequeObject(TypeObject* type) : HeapObject(type) {}
  Ring items;
  std::int64_t maxlen = -1;  ///< -1 for an unbounded deque (maxlen=None)
  std::uint64_t state = 0;

  std::int64_t size() const { return static_cast<std::int64_t>(items.size()); }
  bool over_maxlen() const { return maxlen >= 0 && size() > maxlen; }

  // deque_append_internal / deque_appendleft_internal: the item beyond maxlen on the far side
  // drops out. Removed items are returned and released by the caller's statement, once the
  // ring is consistent again, since a release may run a __del__ that uses the deque.
  void append(Object x) {
    items.push_back(std::move(x));
    ++state;
    if (over_maxlen()) pop_left();
  }
  void append_left(Object x) {
    items.push_front(std::move(x));
    ++state;
    if (over_maxlen()) pop_right();
  }
  Object pop_right() {
    if (items.size() == 0) index_error("pop from an empty deque");
    ++state;
    return items.pop_back();
  }
  Object pop_left() {
    if (items.size() == 0) index_error("pop from an empty deque");
    ++state;
    return items.pop_front();
  }
  void clear() {
    if (items.size() == 0) return;
    Ring old;
    old.swap(items);
    ++state;
  }
  void extend(const Object& iterable, bool left);
  void rotate(std::int64_t n);
  void repeat_in_place(std::int64_t n);
  Object copy();
  /// The position of index `key` in the deque (negative counts from the end): TypeError
  /// "sequence index must be integer, not 'str'", IndexError "deque index out of range".
  std::size_t position(const Object& key);
  /// The item found first equal to `x` from `start` below `stop`, -1 when none; `changed`
  /// raises when a comparison changed the deque.
  std::int64_t find(const Object& x, std::int64_t start, std::int64_t stop, void (*changed)());

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override { return size(); }
  Object getitem(const Object& key) override;
  void setitem(const Object& key, const Object& value) override;
  Object contains(const Object& item) override;
  Object truthy() override { return Object::from_bool(items.size() != 0); }
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object inplace(BinaryOp op, const Object& other) override;
};

bool is_deque(const Object& x) { return x.is_heap() && x.heap()->type->is_subtype(detail::deque_type()); }
DequeObject* as_deque(const Object& x) { return static_cast<DequeObject*>(x.heap()); }

[[noreturn]] void raise_mutated_runtime_error() { raise_error(exc::RuntimeError, "deque mutated during iteration"); }
[[noreturn]] void raise_mutated_index_error() { index_error("deque mutated during iteration"); }

// deque_extend / deque_extendleft: a deque extended by itself reads a copy first; with maxlen=0
// the iterable is still consumed (consume_iterator).
void DequeObject::extend(const Object& iterable, bool left) {
  Object source = iterable.is_heap() && iterable.heap() == this ? list_from_vector(items.snapshot()) : iterable;
  Object it = pyrt::iter(source);
  Object x;
  while (pyrt::next(it, x)) {
    if (maxlen == 0) continue;
    if (left) append_left(std::move(x));
    else append(std::move(x));
  }
}

// _deque_rotate: n steps to the right (left when negative), taking the shorter way round.
void DequeObject::rotate(std::int64_t n) {
  std::int64_t len = size();
  if (len <= 1) return;
  ++state;
  n %= len;
  if (n < 0) n += len;
  if (n > len / 2) {
    for (std::int64_t k = len - n; k > 0; --k) items.push_back(items.pop_front());
  } else {
    for (std::int64_t k = n; k > 0; --k) items.push_front(items.pop_back());
  }
}

// deque_inplace_repeat: the items n times over, appended one by one so maxlen trims the left.
// A bounded deque keeps the same tail once maxlen items went by, so the copies stop there.
void DequeObject::repeat_in_place(std::int64_t n) {
  std::int64_t len = size();
  if (n <= 0 || len == 0) {
    clear();
    return;
  }
  std::int64_t total;
  if (__builtin_mul_overflow(len, n, &total)) raise(Object(exc::MemoryError));
  if (maxlen >= 0 && total > maxlen) n = maxlen / len + (maxlen % len != 0);
  std::vector<Object> once = items.snapshot();
  for (std::int64_t k = 1; k < n; ++k)
    for (const Object& x : once) append(x);
}

// deque_copy: a deque of the same maxlen; a subclass is called as type(d)(d[, maxlen]).
Object DequeObject::copy() {
  if (type != detail::deque_type()) {
    Object self(this);
    if (maxlen < 0) return pyrt::call(Object(type), {self});
    return pyrt::call(Object(type), {self, Object::from_int(maxlen)});
  }
  auto* out = new DequeObject(type);
  Object result(out);
  out->maxlen = maxlen;
  for (std::size_t i = 0; i < items.size(); ++i) out->items.push_back(items.at(i));
  return result;
}

std::size_t DequeObject::position(const Object& key) {
  if (!is_int(key) && key.type()->lookup(detail::names::index).is_unbound()) {
    type_error("sequence index must be integer, not '" + type_name_text(key) + "'");
  }
  std::int64_t fits;
  if (is_int(key) && !int_to_int64(key, fits)) index_error("cannot fit 'int' into an index-sized integer");
  std::int64_t i = index_value(key);
  if (i < 0) i += size();
  if (i < 0 || i >= size()) index_error("deque index out of range");
  return static_cast<std::size_t>(i);
}

// The loop of deque_index, deque_count and deque_contains: each comparison may run Python code
// that changes the deque, which makes the positions meaningless.
std::int64_t DequeObject::find(const Object& x, std::int64_t start, std::int64_t stop, void (*changed)()) {
  std::uint64_t start_state = state;
  for (std::int64_t i = start; i < stop && i < size(); ++i) {
    Object item = items.at(static_cast<std::size_t>(i));
    bool same = equal(item, x);
    if (state != start_state) changed();
    if (same) return i;
  }
  return -1;
}

// deque_repr: "deque([1, 2])", "deque([], maxlen=3)", "[...]" for the deque inside itself.
Object DequeObject::repr() {
  detail::ReprGuard guard(this);
  if (!guard.entered) return str_from("[...]");
  std::string out = type->name + "(" + sequence_repr(items.snapshot(), "[", "]", false);
  if (maxlen >= 0) out += ", maxlen=" + std::to_string(maxlen);
  return str_from(out + ")");
}

std::int64_t DequeObject::hash() { type_error("unhashable type: '" + type_name_text(Object(this)) + "'"); }

// deque_richcompare: another deque compares item by item, anything else is NotImplemented.
Object DequeObject::richcompare(const Object& other, CmpOp op) {
  if (!is_deque(other)) return Object();
  return sequence_compare(items.snapshot(), as_deque(other)->items.snapshot(), op);
}

Object DequeObject::getitem(const Object& key) { return items.at(position(key)); }

// deque_ass_item: assignment replaces in place (iterators go on); deletion is deque_del_item.
void DequeObject::setitem(const Object& key, const Object& value) {
  std::size_t i = position(key);
  if (value.is_unbound()) {
    ++state;
    items.erase(i);
    return;
  }
  items.at(i) = value;
}

Object DequeObject::contains(const Object& item) {
  return Object::from_bool(find(item, 0, size(), raise_mutated_runtime_error) >= 0);
}

// deque_concat (another deque only; the TypeError is ops.cpp's sequence wording) and
// deque_repeat, both on a copy.
Object DequeObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Add && !reflected && is_deque(other)) {
    Object out = copy();
    as_deque(out)->extend(other, false);
    return out;
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n;
    if (!int_to_int64(other, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    Object out = copy();
    as_deque(out)->repeat_in_place(n);
    return out;
  }
  return Object();
}

// deque_inplace_concat takes any iterable; deque_inplace_repeat an int.
Object DequeObject::inplace(BinaryOp op, const Object& other) {
  if (op == BinaryOp::Add) {
    extend(other, false);
    return Object(this);
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n;
    if (!int_to_int64(other, n)) raise_error(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    repeat_in_place(n);
    return Object(this);
  }
  return Object();
}

// dequeiter_next / dequereviter_next: the items by position while the deque's state is the one
// the iterator started with; after a change, RuntimeError and then exhaustion.
struct DequeIterator final : detail::NativeIterator {
  DequeIterator(TypeObject* t, Object deque, bool reverse)
      : NativeIterator(t), deque(std::move(deque)), state(as_deque(this->deque)->state),
        remaining(as_deque(this->deque)->size()), reverse(reverse) {}
  Object deque;
  std::uint64_t state;
  std::int64_t remaining;
  std::int64_t done = 0;
  bool reverse;

  bool next(Object& out) override {
    DequeObject* d = as_deque(deque);
    if (d->state != state) {
      remaining = 0;
      raise_mutated_runtime_error();
    }
    if (remaining == 0) return false;
    std::int64_t i = reverse ? d->size() - 1 - done : done;
    out = d->items.at(static_cast<std::size_t>(i));
    ++done;
    --remaining;
    return true;
  }
  std::int64_t len() override { return remaining; }
};

Object DequeObject::iter() { return make<DequeIterator>(detail::deque_iterator_type(), Object(this), false); }

// ---- methods ---------------------------------------------------------------------------------

Object m_append(const Object& self, const CallArgs& args) {
  as_deque(self)->append(args.args[0]);
  return kNone;
}

Object m_appendleft(const Object& self, const CallArgs& args) {
  as_deque(self)->append_left(args.args[0]);
  return kNone;
}

Object m_pop(const Object& self, const CallArgs&) { return as_deque(self)->pop_right(); }
Object m_popleft(const Object& self, const CallArgs&) { return as_deque(self)->pop_left(); }

Object m_extend(const Object& self, const CallArgs& args) {
  as_deque(self)->extend(args.args[0], false);
  return kNone;
}

Object m_extendleft(const Object& self, const CallArgs& args) {
  as_deque(self)->extend(args.args[0], true);
  return kNone;
}

// deque.rotate(n=1): Argument Clinic's Py_ssize_t "n" (OverflowError beyond it).
Object m_rotate(const Object& self, const CallArgs& args) {
  as_deque(self)->rotate(args.npos ? ssize_value(args.args[0]) : 1);
  return kNone;
}

Object m_clear(const Object& self, const CallArgs&) {
  as_deque(self)->clear();
  return kNone;
}

Object m_copy(const Object& self, const CallArgs&) { return as_deque(self)->copy(); }

Object m_count(const Object& self, const CallArgs& args) {
  DequeObject* d = as_deque(self);
  std::int64_t n = 0;
  for (std::int64_t at = 0; (at = d->find(args.args[0], at, d->size(), raise_mutated_runtime_error)) >= 0; ++at) ++n;
  return Object::from_int(n);
}

// _PyEval_SliceIndexNotNone, then the clamping of deque_index.
std::int64_t bound_of(const Object& x, std::int64_t len) {
  if (!is_int(x) && x.type()->lookup(detail::names::index).is_unbound()) {
    type_error("slice indices must be integers or have an __index__ method");
  }
  std::int64_t i = index_value(x);
  if (i < 0) i = std::max<std::int64_t>(0, i + len);
  return std::min(i, len);
}

// deque.index(x[, start[, stop]]): "index() takes at least 1 argument (0 given)".
Object m_index(const Object& self, const CallArgs& args) {
  check_no_kwargs(args, "deque.index");
  if (args.npos < 1 || args.npos > 3) {
    type_error(std::string("index() takes at ") + (args.npos < 1 ? "least 1 argument" : "most 3 arguments") + " (" +
               std::to_string(args.npos) + " given)");
  }
  DequeObject* d = as_deque(self);
  std::int64_t start = args.npos > 1 ? bound_of(args.args[1], d->size()) : 0;
  std::int64_t stop = args.npos > 2 ? bound_of(args.args[2], d->size()) : d->size();
  std::int64_t at = d->find(args.args[0], start, stop, raise_mutated_runtime_error);
  if (at < 0) detail::value_error(repr_text(args.args[0]) + " is not in deque");
  return Object::from_int(at);
}

// deque.insert(i, x): list.insert's clamping of i; IndexError on a full bounded deque.
Object m_insert(const Object& self, const CallArgs& args) {
  DequeObject* d = as_deque(self);
  std::int64_t i = ssize_value(args.args[0]);
  std::int64_t n = d->size();
  if (d->maxlen == n) index_error("deque already at its maximum size");
  if (i >= n) {
    d->append(args.args[1]);
  } else if (i <= -n || i == 0) {
    d->append_left(args.args[1]);
  } else {
    ++d->state;
    d->items.insert(static_cast<std::size_t>(i < 0 ? i + n : i), args.args[1]);
  }
  return kNone;
}

// deque.remove(x): the first equal item; a deque changed by a comparison is IndexError here.
Object m_remove(const Object& self, const CallArgs& args) {
  DequeObject* d = as_deque(self);
  std::int64_t at = d->find(args.args[0], 0, d->size(), raise_mutated_index_error);
  if (at < 0) detail::value_error(repr_text(args.args[0]) + " is not in deque");
  ++d->state;
  d->items.erase(static_cast<std::size_t>(at));
  return kNone;
}

// deque.reverse(): in place, which running iterators do not notice (CPython's neither).
Object m_reverse(const Object& self, const CallArgs&) {
  DequeObject* d = as_deque(self);
  for (std::size_t i = 0, j = d->items.size(); i + 1 < j; ++i, --j) std::swap(d->items.at(i), d->items.at(j - 1));
  return kNone;
}

Object m_reversed(const Object& self, const CallArgs&) {
  return make<DequeIterator>(detail::deque_reverse_iterator_type(), self, true);
}

// deque.__reduce__: (type(d), () or ((), maxlen), d.__getstate__(), iter(d)).
Object m_reduce(const Object& self, const CallArgs&) {
  DequeObject* d = as_deque(self);
  static const Object getstate = intern("__getstate__");
  Object state = call_method(self, getstate, {});
  Object args = d->maxlen < 0 ? tuple_of({}) : tuple_of({tuple_of({}), Object::from_int(d->maxlen)});
  return tuple_of({Object(d->type), args, state, pyrt::iter(self)});
}

Object m_class_getitem(const Object& cls, const CallArgs& args) { return make_generic_alias(cls, args.args[0]); }

Object get_maxlen(const Object& self) {
  std::int64_t m = as_deque(self)->maxlen;
  return m < 0 ? kNone : Object::from_int(m);
}

// deque_init's maxlen: None or an int (PyLong_AsSsize_t, which takes no __index__).
std::int64_t maxlen_of(const Object& x) {
  if (x.is_unbound() || x.is_none()) return -1;
  if (!is_int(x)) type_error("an integer is required");
  std::int64_t m;
  if (!int_to_int64(x, m)) raise_error(exc::OverflowError, "Python int too large to convert to C ssize_t");
  if (m < 0) detail::value_error("maxlen must be non-negative");
  return m;
}

// deque.__init__(iterable=(), maxlen=None): empties the deque first, so it may run again.
void init_deque(DequeObject* d, const CallArgs& args) {
  Object a[2];
  parse_args(args, "deque", {"iterable", "maxlen"}, 2, 0, a);
  d->maxlen = maxlen_of(a[1]);
  d->clear();
  if (!a[0].is_unbound()) d->extend(a[0], false);
}

Object deque_init(const CallArgs& args) {
  if (args.npos == 0 || !is_deque(args.args[0])) type_error("descriptor '__init__' requires a 'collections.deque' object");
  init_deque(as_deque(args.args[0]), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// deque_new makes an empty deque; deque itself is filled here, a subclass by its __init__
// (deque.__init__ unless overridden), as type_call runs tp_init only for classes.
Object deque_new(TypeObject* type, const CallArgs& args) {
  if (type != detail::deque_type()) return detail::new_native_subclass<DequeObject>(type);
  auto* d = new DequeObject(type);
  Object out(d);
  init_deque(d, args);
  return out;
}

const NativeMethodDef deque_methods[] = {
    {"append", m_append, 1, 1},
    {"appendleft", m_appendleft, 1, 1},
    {"pop", m_pop, 0, 0},
    {"popleft", m_popleft, 0, 0},
    {"extend", m_extend, 1, 1},
    {"extendleft", m_extendleft, 1, 1},
    {"rotate", m_rotate, 0, 1},
    {"clear", m_clear, 0, 0},
    {"copy", m_copy, 0, 0},
    {"__copy__", m_copy, 0, 0},
    {"count", m_count, 1, 1},
    {"index", m_index, kOwnArgs, kOwnArgs},
    {"insert", m_insert, 2, 2},
    {"remove", m_remove, 1, 1},
    {"reverse", m_reverse, 0, 0},
    {"__reversed__", m_reversed, 0, 0},
    {"__reduce__", m_reduce, 0, 0},
    {"__class_getitem__", m_class_getitem, 1, 1, MethodKind::Class},
};

const GetSetDef deque_getsets[] = {{"maxlen", get_maxlen}};

TypeObject* make_deque_type() {
  TypeObject* t = detail::make_collections_type("deque", "collections", nullptr, deque_new, true);
  t->sequence_concat = true;
  t->collection_flags = TypeObject::kSequenceFlag;  // Py_TPFLAGS_SEQUENCE
  using Slots = detail::NativeSlots<DequeObject>;
  Slots::add_container_slots(t);
  Slots::add_binop<BinaryOp::Add>(t, false, true);
  Slots::add_binop<BinaryOp::Mult>(t, true, true);
  Slots::add(t, "__init__", deque_init);
  add_methods(t, deque_methods);
  add_getsets(t, deque_getsets);
  return t;
}

}  // namespace

TypeObject* detail::deque_type() {
  static TypeObject* const t = make_deque_type();
  return t;
}

TypeObject* detail::deque_iterator_type() {
  static TypeObject* const t = [] {
    TypeObject* it = make_collections_type("_deque_iterator", "_collections", nullptr, nullptr, false);
    add_slot_wrappers(it, "__iter__ __next__");
    return it;
  }();
  return t;
}

TypeObject* detail::deque_reverse_iterator_type() {
  static TypeObject* const t = [] {
    TypeObject* it = make_collections_type("_deque_reverse_iterator", "_collections", nullptr, nullptr, false);
    add_slot_wrappers(it, "__iter__ __next__");
    return it;
  }();
  return t;
}

}  // namespace pyrt
