// list: a mutable sequence. Mirrors CPython's Objects/listobject.c (methods,
// slice assignment, the stable sort with key= and reverse=, repr with "[...]"
// for recursion, "list index out of range").
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// A list, or the list part of an instance of a user subclass of list
/// (detail::NativeSubclass<ListObject>, which overrides the protocol).
struct ListObject : HeapObject {
  ListObject();
  /// An empty list whose type is `type` (list or a subclass).
  explicit ListObject(TypeObject* type);
  explicit ListObject(std::vector<Object> items);
  std::vector<Object> items;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  void setitem(const Object& key, const Object& value) override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object inplace(BinaryOp op, const Object& other) override;
};

Object list_of(std::initializer_list<Object> items);
Object list_from_vector(std::vector<Object> items);
/// list(iterable).
Object list_from_iterable(const Object& iterable);
/// True for exactly a list (PyList_CheckExact), the fast paths' test.
bool is_list(const Object& x) noexcept;
/// True for a list or an instance of a subclass of list (PyList_Check).
bool is_list_or_subclass(const Object& x) noexcept;
/// The items of a list; `l` must be a list.
std::vector<Object>& list_items(const Object& l);
/// l.append(x) without a method lookup (comprehensions).
void list_append(const Object& list, const Object& x);
/// l.sort(key=key, reverse=reverse); `key` unbound or None means identity.
/// Stable; raises what comparisons raise (TypeError "'<' not supported
/// between instances of 'str' and 'int'").
void list_sort(const Object& list, const Object& key, bool reverse);

}  // namespace pyrt
