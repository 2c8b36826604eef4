// slice objects and the index arithmetic sequences share. Mirrors CPython's
// Objects/sliceobject.c (PySlice_Unpack / PySlice_AdjustIndices) and the
// TypeErrors of Objects/abstract.c ("list indices must be integers or
// slices, not str").
#pragma once

#include <cstdint>

#include "pyrt/object/object.h"

namespace pyrt {

struct SliceObject final : HeapObject {
  SliceObject(Object start, Object stop, Object step);
  Object start, stop, step;  ///< None when omitted

  Object repr() override;
  Object richcompare(const Object& other, CmpOp op) override;
};

bool is_slice(const Object& x) noexcept;
/// Resolves slice `s` against a sequence of length `len`: start, stop and
/// step clamped as CPython does; returns the number of selected items.
/// ValueError "slice step cannot be zero", TypeError "slice indices must be
/// integers or None or have an __index__ method".
std::int64_t slice_indices(const Object& s, std::int64_t len, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step);
/// An index into a sequence of length `len` for `seq[key]`: negative
/// indexes wrap; IndexError "<what> index out of range" when outside;
/// TypeError "<what> indices must be integers or slices, not str".
std::int64_t sequence_index(const Object& key, std::int64_t len, const char* what);
/// The int value of an index-like object (int or bool, or __index__),
/// TypeError otherwise with `what` naming the context.
std::int64_t index_value(const Object& x);
/// index_value without clamping, as PyNumber_AsSsize_t(x, PyExc_OverflowError)
/// for a Py_ssize_t argument ("n" in Argument Clinic): OverflowError "Python
/// int too large to convert to C ssize_t" outside the int64 range.
std::int64_t ssize_value(const Object& x);
/// PyNumber_Index: `x` as an exact int (an int subclass's value, or what __index__ returns).
/// TypeError "'float' object cannot be interpreted as an integer", "__index__ returned
/// non-int (type str)".
Object number_index(const Object& x);

}  // namespace pyrt
