// range and its iterator. Mirrors CPython's Objects/rangeobject.c for int64
// bounds (repr, len, indexing, slicing, `in`, equality by sequence).
#include "pyrt/object/range.h"

#include <string>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

std::int64_t range_length(std::int64_t start, std::int64_t stop, std::int64_t step) {
  if (step > 0 && start < stop) return static_cast<std::int64_t>((static_cast<unsigned __int128>(stop - start) - 1) / step + 1);
  if (step < 0 && start > stop) {
    return static_cast<std::int64_t>((static_cast<unsigned __int128>(start - stop) - 1) /
                                     static_cast<unsigned __int128>(-static_cast<__int128>(step)) + 1);
  }
  return 0;
}

RangeObject* as_r(const Object& x) { return static_cast<RangeObject*>(x.heap()); }

struct RangeIterator final : detail::NativeIterator {
  RangeIterator(std::int64_t next, std::int64_t step, std::int64_t remaining)
      : NativeIterator(type_()), value(next), step(step), remaining(remaining) {}
  static TypeObject* type_() {
    static TypeObject* t = detail::iterator_type("range_iterator");
    return t;
  }
  std::int64_t value, step, remaining;
  bool next(Object& out) override {
    if (remaining <= 0) return false;
    out = Object::from_int(value);
    value += step;
    --remaining;
    return true;
  }
  std::int64_t length_hint() override { return remaining; }
};

}  // namespace

RangeObject::RangeObject(std::int64_t b, std::int64_t e, std::int64_t s)
    : HeapObject(types::range), start(b), stop(e), step(s), length(range_length(b, e, s)) {}

Object make_range(std::int64_t start, std::int64_t stop, std::int64_t step) {
  if (step == 0) detail::value_error("range() arg 3 must not be zero");
  return make<RangeObject>(start, stop, step);
}

Object RangeObject::repr() {
  std::string out = "range(" + std::to_string(start) + ", " + std::to_string(stop);
  if (step != 1) out += ", " + std::to_string(step);
  return str_from(out + ")");
}

std::int64_t RangeObject::hash() {
  if (length == 0) return pyrt::hash(tuple_of({Object::from_int(0), kNone, kNone}));
  if (length == 1) return pyrt::hash(tuple_of({Object::from_int(1), Object::from_int(start), kNone}));
  return pyrt::hash(tuple_of({Object::from_int(length), Object::from_int(start), Object::from_int(step)}));
}

Object RangeObject::richcompare(const Object& other, CmpOp op) {
  if (other.type() != types::range || (op != CmpOp::Eq && op != CmpOp::Ne)) return Object();
  RangeObject* o = as_r(other);
  bool eq = length == o->length && (length == 0 || (start == o->start && (length == 1 || step == o->step)));
  return Object::from_bool(op == CmpOp::Eq ? eq : !eq);
}

Object RangeObject::iter() { return make<RangeIterator>(start, step, length); }
std::int64_t RangeObject::len() { return length; }

Object RangeObject::getitem(const Object& key) {
  if (is_slice(key)) {
    std::int64_t b, e, s;
    std::int64_t n = slice_indices(key, length, b, e, s);
    std::int64_t new_start = start + b * step;
    std::int64_t new_step = step * s;
    return make<RangeObject>(new_start, new_start + n * new_step, new_step);
  }
  if (!is_int(key) && key.type()->lookup(detail::names::index).is_unbound()) {
    detail::type_error("range indices must be integers or slices, not " + type_name_text(key));
  }
  std::int64_t i = sequence_index(key, length, "range object");
  return Object::from_int(start + i * step);
}

Object RangeObject::contains(const Object& item) {
  if (!item.is_small_int() && !item.is_bool()) {
    // An exact big int is out of range; an int subclass's instance is compared with ==, as
    // range_contains leaves it to _PySequence_IterSearch.
    if (item.type() == types::int_) return kFalse;
    for (std::int64_t k = 0; k < length; ++k)
      if (equal(Object::from_int(start + k * step), item)) return kTrue;
    return kFalse;
  }
  std::int64_t v = item.is_bool() ? item.as_bool() : item.as_int();
  if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return kFalse;
  return Object::from_bool((v - start) % step == 0);
}

Object RangeObject::truthy() { return Object::from_bool(length != 0); }

namespace {

std::int64_t range_arg(const Object& x) {
  if (!is_int(x) && x.type()->lookup(detail::names::index).is_unbound()) {
    detail::type_error("'" + type_name_text(x) + "' object cannot be interpreted as an integer");
  }
  return index_value(x);
}

Object range_new(TypeObject*, const CallArgs& args) {
  if (args.nkw) detail::type_error("range() takes no keyword arguments");
  switch (args.npos) {
    case 0: detail::type_error("range expected at least 1 argument, got 0");
    case 1: return make_range(0, range_arg(args.args[0]));
    case 2: return make_range(range_arg(args.args[0]), range_arg(args.args[1]));
    case 3: return make_range(range_arg(args.args[0]), range_arg(args.args[1]), range_arg(args.args[2]));
    default: detail::type_error("range expected at most 3 arguments, got " + std::to_string(args.npos));
  }
}

Object range_index(const Object& self, const CallArgs& args) {
  check_nargs(args, "index", 1, 1);
  RangeObject* r = as_r(self);
  if (truthy(r->contains(args.args[0]))) {
    std::int64_t v;
    if (int_to_int64(args.args[0], v)) return Object::from_int((v - r->start) / r->step);
    for (std::int64_t k = 0; k < r->length; ++k)
      if (equal(Object::from_int(r->start + k * r->step), args.args[0])) return Object::from_int(k);
  }
  detail::value_error(repr_text(args.args[0]) + " is not in range");
}

Object range_count(const Object& self, const CallArgs& args) {
  check_nargs(args, "count", 1, 1);
  return Object::from_int(truthy(as_r(self)->contains(args.args[0])) ? 1 : 0);
}

// slice(stop) / slice(start, stop[, step]), as Objects/sliceobject.c's slice_new.
Object slice_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "slice", 1, 3);
  if (args.npos == 1) return make<SliceObject>(kNone, args.args[0], kNone);
  return make<SliceObject>(args.args[0], args.args[1], args.npos == 3 ? args.args[2] : kNone);
}

}  // namespace

namespace {

// range.__reversed__ (range_reverse): the same values last first, a range_iterator too.
Object range_reversed(const Object& self, const CallArgs&) {
  auto* r = as_r(self);
  return make<RangeIterator>(r->start + (r->length - 1) * r->step, -r->step, r->length);
}

}  // namespace

void detail::init_range_slice_types() {
  types::range = make_builtin_type("range", nullptr, "builtins", range_new, false);
  types::range->collection_flags = TypeObject::kSequenceFlag;  // Py_TPFLAGS_SEQUENCE
  add_method(types::range, "index", range_index);
  add_method(types::range, "count", range_count);
  add_method(types::range, "__reversed__", range_reversed);
  types::slice = make_builtin_type("slice", nullptr, "builtins", slice_new);
  // Neither has Py_TPFLAGS_BASETYPE in CPython 3.11.
  types::range->is_final_in_cpython = true;
  types::slice->is_final_in_cpython = true;
}

}  // namespace pyrt
