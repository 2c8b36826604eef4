// slice objects and index arithmetic. Mirrors CPython's
// Objects/sliceobject.c (PySlice_Unpack, PySlice_AdjustIndices) and the
// index errors of Objects/abstract.c.
#include "pyrt/object/slice.h"

#include <string>

#include "internal.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

SliceObject::SliceObject(Object b, Object e, Object s)
    : HeapObject(types::slice), start(std::move(b)), stop(std::move(e)), step(std::move(s)) {}

bool is_slice(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::slice; }

Object SliceObject::repr() {
  return str_from("slice(" + repr_text(start) + ", " + repr_text(stop) + ", " + repr_text(step) + ")");
}

Object SliceObject::richcompare(const Object& other, CmpOp op) {
  if (!is_slice(other)) return Object();
  auto* o = static_cast<SliceObject*>(other.heap());
  return compare(op, tuple_of({start, stop, step}), tuple_of({o->start, o->stop, o->step}));
}

std::int64_t index_value(const Object& x) {
  if (x.is_small_int()) return x.as_int();
  std::int64_t v;
  if (int_to_int64(x, v)) return v;  // a bool, or an int subclass's instance
  if (is_int(x)) {
    // Out of int64 range: clamp like PyNumber_AsSsize_t(x, NULL) callers that
    // clip slice bounds; sequence indexing reports IndexError later.
    return int_sign(x) < 0 ? INT64_MIN : INT64_MAX;
  }
  Object m = x.type()->lookup(detail::names::index);
  if (!m.is_unbound()) {
    Object r = detail::call_as_method(m, x, {});
    if (!is_int(r)) detail::type_error("__index__ returned non-int (type " + type_name_text(r) + ")");
    return index_value(r);
  }
  detail::type_error("'" + type_name_text(x) + "' object cannot be interpreted as an integer");
}

Object number_index(const Object& x) {
  Object i = x;
  if (!is_int(x)) {
    Object m = x.type()->lookup(detail::names::index);
    if (m.is_unbound()) detail::type_error("'" + type_name_text(x) + "' object cannot be interpreted as an integer");
    i = detail::call_as_method(m, x, {});
    if (!is_int(i)) detail::type_error("__index__ returned non-int (type " + type_name_text(i) + ")");
  }
  std::int64_t v;
  if (int_to_int64(i, v)) return Object::from_int(v);
  if (i.type() == types::int_) return i;
  mpz_t big;
  int_to_mpz(i, big);
  Object exact = int_from_mpz(big);
  mpz_clear(big);
  return exact;
}

std::int64_t ssize_value(const Object& x) {
  Object i = x;
  if (!is_int(x)) {
    Object m = x.type()->lookup(detail::names::index);
    if (m.is_unbound()) return index_value(x);  // its TypeError
    i = detail::call_as_method(m, x, {});
    if (!is_int(i)) detail::type_error("__index__ returned non-int (type " + type_name_text(i) + ")");
  }
  std::int64_t v;
  if (!int_to_int64(i, v)) raise_error(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

namespace {

std::int64_t slice_bound(const Object& x) {
  if (!is_int(x) && x.type()->lookup(detail::names::index).is_unbound()) {
    detail::type_error("slice indices must be integers or None or have an __index__ method");
  }
  return index_value(x);
}

}  // namespace

std::int64_t slice_indices(const Object& s, std::int64_t len, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step) {
  auto* sl = static_cast<SliceObject*>(s.heap());
  step = sl->step.is_none() ? 1 : slice_bound(sl->step);
  if (step == 0) detail::value_error("slice step cannot be zero");
  if (step < -INT64_MAX) step = -INT64_MAX;
  if (sl->start.is_none()) {
    start = step < 0 ? INT64_MAX : 0;
  } else {
    start = slice_bound(sl->start);
  }
  if (sl->stop.is_none()) {
    stop = step < 0 ? INT64_MIN : INT64_MAX;
  } else {
    stop = slice_bound(sl->stop);
  }
  // PySlice_AdjustIndices
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    if (stop != INT64_MIN) stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  if (step < 0) {
    if (stop < start) return (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

std::int64_t sequence_index(const Object& key, std::int64_t len, const char* what) {
  if (!is_int(key) && (key.is_heap() ? key.type()->lookup(detail::names::index).is_unbound() : true)) {
    detail::type_error(std::string(what) + " indices must be integers or slices, not " + type_name_text(key));
  }
  std::int64_t i = index_value(key);
  std::int64_t fits;
  if (is_int(key) && !int_to_int64(key, fits)) {
    raise_error(exc::IndexError, std::string("cannot fit 'int' into an index-sized integer"));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) detail::index_error(std::string(what) + " index out of range");
  return i;
}

}  // namespace pyrt
