// dict: insertion-ordered hash map (CPython 3.6+'s compact layout: an
// entries array in insertion order plus an open-addressing index table).
// Mirrors Objects/dictobject.c: views, repr "{'a': 1}", KeyError(key),
// "dictionary changed size during iteration".
#pragma once

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// A dict, or the dict part of an instance of a user subclass of dict
/// (detail::NativeSubclass<DictObject>, which overrides the protocol).
struct DictObject : HeapObject {
  DictObject();
  /// An empty dict whose type is `type` (dict or a subclass).
  explicit DictObject(TypeObject* type);

  /// One slot of the entries array; `key` unbound marks a deleted entry.
  struct Entry {
    std::int64_t hash;
    Object key;
    Object value;
  };
  std::vector<Entry> entries;       ///< insertion order, with holes
  std::vector<std::int32_t> index;  ///< -1 empty, -2 dummy, else entry position
  std::int64_t used = 0;            ///< live entries
  std::int64_t filled = 0;          ///< index slots that are not empty (live or dummy)
  std::uint64_t version = 0;        ///< bumped on every insertion/deletion (iteration checks)

  /// The entry position for `key`, or -1. Compares interned str keys by
  /// pointer before hashing.
  std::int64_t find(const Object& key, std::int64_t hash) const;
  std::int64_t find(const Object& key) const;
  void insert(const Object& key, std::int64_t hash, Object value);
  /// Removes the entry at `pos`.
  void erase_at(std::int64_t pos);
  void clear();

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

 private:
  void rebuild_index(std::size_t capacity);
};

/// {k: v, ...} in the given order (later duplicates overwrite, keeping the
/// first position, as a dict display does).
Object dict_of(std::initializer_list<std::pair<Object, Object>> items);
Object new_dict();
/// True for exactly a dict (PyDict_CheckExact), the fast paths' test.
bool is_dict(const Object& x) noexcept;
/// True for a dict or an instance of a subclass of dict (PyDict_Check).
bool is_dict_or_subclass(const Object& x) noexcept;
DictObject* as_dict(const Object& d);
/// d.get(key): the value or unbound (no exception).
Object dict_get(const Object& dict, const Object& key);
/// d[key] = value / del d[key] (false when missing).
void dict_set(const Object& dict, const Object& key, const Object& value);
bool dict_del(const Object& dict, const Object& key);
/// dict(iterable_or_mapping) / d.update(other): accepts dicts, objects with
/// keys(), and iterables of pairs ("dictionary update sequence element #0
/// has length 1; 2 is required").
void dict_update_from(const Object& dict, const Object& other);
/// Raises KeyError(key).
[[noreturn]] void raise_key_error(const Object& key);

}  // namespace pyrt
