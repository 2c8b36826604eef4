// tuple: an immutable sequence. Mirrors CPython's Objects/tupleobject.c
// (repr "(1,)", lexicographic comparison, xxHash-based hash).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// A tuple; `items` never changes after construction.
struct TupleObject : HeapObject {
  explicit TupleObject(std::vector<Object> items);
  /// An empty instance of `type`, a subclass of tuple (its items are set by tuple.__new__).
  explicit TupleObject(TypeObject* type);
  std::vector<Object> items;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
};

/// (a, b, ...). The empty tuple is a shared object, as in CPython.
Object tuple_of(std::initializer_list<Object> items);
Object tuple_from_vector(std::vector<Object> items);
/// tuple(iterable).
Object tuple_from_iterable(const Object& iterable);
bool is_tuple(const Object& x) noexcept;
/// The items of a tuple; `t` must be a tuple.
const std::vector<Object>& tuple_items(const Object& t);

/// Lexicographic comparison of two sequences with CPython's rules (first
/// unequal pair decides via `op`, else lengths); used by tuple and list.
Object sequence_compare(const std::vector<Object>& a, const std::vector<Object>& b, CmpOp op);
/// "(a, b)"-style repr of items between `open` and `close`, with the
/// one-element tuple's trailing comma when `tuple_comma` is set.
std::string sequence_repr(const std::vector<Object>& items, const char* open, const char* close, bool tuple_comma);

}  // namespace pyrt
