// tuple, plus the sequence helpers list shares (lexicographic comparison,
// bracketed repr). Mirrors CPython's Objects/tupleobject.c (tuplehash's
// xxHash mixing, repr "(1,)") and list_richcompare's algorithm.
#include "pyrt/object/tuple.h"

#include "native_subclass.h"

#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

TupleObject::TupleObject(std::vector<Object> v) : HeapObject(types::tuple), items(std::move(v)) {}
TupleObject::TupleObject(TypeObject* type) : HeapObject(type) {}

namespace {

Object& empty_tuple() {
  static Object e;
  if (e.is_unbound()) {
    e = make<TupleObject>(std::vector<Object>());
    ++e.heap()->refcnt;
  }
  return e;
}

TupleObject* as_t(const Object& x) { return static_cast<TupleObject*>(x.heap()); }

}  // namespace

Object tuple_of(std::initializer_list<Object> items) {
  if (items.size() == 0) return empty_tuple();
  return make<TupleObject>(std::vector<Object>(items));
}

Object tuple_from_vector(std::vector<Object> items) {
  if (items.empty()) return empty_tuple();
  return make<TupleObject>(std::move(items));
}

Object tuple_from_iterable(const Object& iterable) {
  if (is_tuple(iterable)) return iterable;
  if (is_list(iterable)) return tuple_from_vector(list_items(iterable));
  std::vector<Object> out;
  Object it = iter(iterable);
  Object x;
  while (next(it, x)) out.push_back(std::move(x));
  return tuple_from_vector(std::move(out));
}

bool is_tuple(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::tuple; }
const std::vector<Object>& tuple_items(const Object& t) { return as_t(t)->items; }

Object sequence_compare(const std::vector<Object>& a, const std::vector<Object>& b, CmpOp op) {
  if (a.size() != b.size() && (op == CmpOp::Eq || op == CmpOp::Ne)) return Object::from_bool(op == CmpOp::Ne);
  std::size_t i = 0;
  for (; i < a.size() && i < b.size(); ++i) {
    // Copies: a user __eq__ may mutate the containers.
    Object x = a[i], y = b[i];
    if (!equal(x, y)) break;
  }
  if (i >= a.size() || i >= b.size()) {
    std::size_t x = a.size(), y = b.size();
    switch (op) {
      case CmpOp::Lt: return Object::from_bool(x < y);
      case CmpOp::Le: return Object::from_bool(x <= y);
      case CmpOp::Eq: return Object::from_bool(x == y);
      case CmpOp::Ne: return Object::from_bool(x != y);
      case CmpOp::Gt: return Object::from_bool(x > y);
      case CmpOp::Ge: return Object::from_bool(x >= y);
    }
  }
  if (op == CmpOp::Eq) return kFalse;
  if (op == CmpOp::Ne) return kTrue;
  Object x = a[i], y = b[i];
  return compare(op, x, y);
}

std::string sequence_repr(const std::vector<Object>& items, const char* open, const char* close, bool tuple_comma) {
  std::string out = open;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    Object item = items[i];
    out += str_view(repr(item));
  }
  if (tuple_comma && items.size() == 1) out += ",";
  out += close;
  return out;
}

Object TupleObject::repr() {
  if (items.empty()) return str_from("()");
  detail::ReprGuard guard(this);
  if (!guard.entered) return str_from("(...)");
  return str_from(sequence_repr(items, "(", ")", true));
}

std::int64_t TupleObject::hash() {
  constexpr std::uint64_t p1 = 11400714785074694791ULL;
  constexpr std::uint64_t p2 = 14029467366897019727ULL;
  constexpr std::uint64_t p5 = 2870177450012600261ULL;
  std::uint64_t acc = p5;
  for (const Object& item : items) {
    auto lane = static_cast<std::uint64_t>(pyrt::hash(item));
    acc += lane * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += items.size() ^ (p5 ^ 3527539UL);
  if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
  return static_cast<std::int64_t>(acc);
}

// PyTuple_Check: a tuple or an instance of a subclass of tuple.
bool is_tuple_or_subclass(const Object& x) noexcept { return x.is_heap() && x.heap()->type->is_subtype(types::tuple); }

Object TupleObject::richcompare(const Object& other, CmpOp op) {
  if (!is_tuple_or_subclass(other)) return Object();
  return sequence_compare(items, as_t(other)->items, op);
}

namespace {

// Iterates a tuple or list by index (list_iterator / tuple_iterator).
struct SequenceIterator final : detail::NativeIterator {
  SequenceIterator(TypeObject* t, Object seq, const std::vector<Object>* items)
      : NativeIterator(t), seq(std::move(seq)), items(items) {}
  Object seq;
  const std::vector<Object>* items;
  std::size_t i = 0;
  bool next(Object& out) override {
    if (items == nullptr) return false;
    if (i >= items->size()) {
      items = nullptr;
      seq = Object();
      return false;
    }
    out = (*items)[i++];
    return true;
  }
  std::int64_t length_hint() override { return items ? static_cast<std::int64_t>(items->size() - i) : 0; }
};

}  // namespace

Object TupleObject::iter() {
  static TypeObject* t = detail::iterator_type("tuple_iterator");
  return make<SequenceIterator>(t, Object(this), &items);
}

Object make_list_iterator(const Object& list) {
  static TypeObject* t = detail::iterator_type("list_iterator");
  return make<SequenceIterator>(t, list, &list_items(list));
}

std::int64_t TupleObject::len() { return static_cast<std::int64_t>(items.size()); }

Object TupleObject::getitem(const Object& key) {
  if (is_slice(key)) {
    std::int64_t start, stop, step;
    std::int64_t n = slice_indices(key, static_cast<std::int64_t>(items.size()), start, stop, step);
    if (step == 1 && n == static_cast<std::int64_t>(items.size())) return Object(this);
    std::vector<Object> out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
    return tuple_from_vector(std::move(out));
  }
  return items[static_cast<std::size_t>(sequence_index(key, static_cast<std::int64_t>(items.size()), "tuple"))];
}

Object TupleObject::contains(const Object& item) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    Object x = items[i];
    if (equal(x, item)) return kTrue;
  }
  return kFalse;
}

Object TupleObject::truthy() { return Object::from_bool(!items.empty()); }

Object TupleObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (op == BinaryOp::Add && !reflected && is_tuple_or_subclass(other)) {
    // tuple_concat returns the left operand itself only when it is exactly a tuple.
    if (as_t(other)->items.empty() && type == types::tuple) return Object(this);
    std::vector<Object> out(items);
    out.insert(out.end(), as_t(other)->items.begin(), as_t(other)->items.end());
    return tuple_from_vector(std::move(out));
  }
  if (op == BinaryOp::Mult && is_int(other)) {
    std::int64_t n = index_value(other);
    if (n == 1 && type == types::tuple) return Object(this);
    std::vector<Object> out;
    for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return tuple_from_vector(std::move(out));
  }
  return Object();
}

namespace {

Object tuple_index(const Object& self, const CallArgs& args) {
  check_nargs(args, "index", 1, 3);
  const auto& items = tuple_items(self);
  auto n = static_cast<std::int64_t>(items.size());
  std::int64_t b = args.npos > 1 ? index_value(args.args[1]) : 0;
  std::int64_t e = args.npos > 2 ? index_value(args.args[2]) : n;
  if (b < 0) b = b + n < 0 ? 0 : b + n;
  if (e < 0) e = e + n < 0 ? 0 : e + n;
  for (std::int64_t i = b; i < e && i < n; ++i)
    if (equal(items[static_cast<std::size_t>(i)], args.args[0])) return Object::from_int(i);
  detail::value_error("tuple.index(x): x not in tuple");
}

Object tuple_count(const Object& self, const CallArgs& args) {
  check_nargs(args, "count", 1, 1);
  std::int64_t c = 0;
  for (const Object& x : tuple_items(self))
    if (equal(x, args.args[0])) ++c;
  return Object::from_int(c);
}

// tuple_new_impl: the items of `iterable`; for a subclass (tuple_subtype_new) a new instance
// of it holding them, which __init__ cannot change afterwards.
Object tuple_new(TypeObject* type, const CallArgs& args) {
  if (args.nkw) type_error("tuple() takes no keyword arguments");
  if (args.npos > 1) type_error("tuple expected at most 1 argument, got " + std::to_string(args.npos));
  if (type == types::tuple) {
    if (args.npos == 0) return empty_tuple();
    return tuple_from_iterable(args.args[0]);
  }
  Object items = args.npos == 0 ? empty_tuple() : tuple_from_iterable(args.args[0]);
  Object obj = detail::new_native_subclass<TupleObject>(type);
  static_cast<TupleObject*>(obj.heap())->items = tuple_items(items);
  return obj;
}

}  // namespace

void detail::init_tuple_type() {
  types::tuple = make_builtin_type("tuple", nullptr, "builtins", tuple_new, true);
  types::tuple->collection_flags = TypeObject::kSequenceFlag;  // Py_TPFLAGS_SEQUENCE
  add_method(types::tuple, "index", tuple_index);
  add_method(types::tuple, "count", tuple_count);
}

}  // namespace pyrt
