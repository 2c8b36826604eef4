// range: an immutable arithmetic sequence of int64 values with a
// non-allocating iterator. Mirrors CPython's Objects/rangeobject.c (repr
// "range(0, 3)", "range() arg 3 must not be zero", len, indexing, `in`).
#pragma once

#include <cstdint>

#include "pyrt/object/object.h"

namespace pyrt {

struct RangeObject final : HeapObject {
  RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step);
  std::int64_t start, stop, step, length;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  Object contains(const Object& item) override;
  Object truthy() override;
};

/// range(start, stop, step); ValueError "range() arg 3 must not be zero".
Object make_range(std::int64_t start, std::int64_t stop, std::int64_t step = 1);

}  // namespace pyrt
