// set and frozenset: CPython's open-addressing table reproduced exactly
// (linear probes of 9 then perturbation, resize thresholds, the pop finger),
// because iteration order shows in output and must match CPython's.
// Mirrors Objects/setobject.c.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

struct SetObject : HeapObject {
  /// `frozen` selects frozenset (immutable, hashable).
  explicit SetObject(bool frozen);
  /// An empty instance of `type`, a subclass of set or frozenset.
  explicit SetObject(TypeObject* type);

  struct Slot {
    std::int64_t hash = 0;
    Object key;          ///< unbound: empty or dummy (see `dummy`)
    bool dummy = false;  ///< a deleted entry that probes must pass over
  };
  std::vector<Slot> table;  ///< size mask+1, a power of two >= 8
  std::int64_t fill = 0;    ///< live + dummy
  std::int64_t used = 0;    ///< live
  std::int64_t finger = 0;  ///< where pop() resumes
  bool frozen;
  std::int64_t hash_cache = -1;

  bool add(const Object& key);  ///< false when already present
  bool add_hashed(const Object& key, std::int64_t hash);
  bool discard(const Object& key);  ///< false when missing
  bool has(const Object& key) const;
  bool has_hashed(const Object& key, std::int64_t hash) const;
  void clear();
  /// Adds every element of `other` (set, dict or any iterable) the way
  /// set_update_internal does (set_merge for sets keeps CPython's order).
  void update(const Object& other);

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object inplace(BinaryOp op, const Object& other) override;

  /// set_table_resize: rebuilds into the smallest power-of-two table larger
  /// than `minused`, dropping dummies.
  void resize(std::int64_t minused);
  /// set_insert_clean: places a key known to be absent.
  void insert_clean(const Object& key, std::int64_t hash);
};

Object set_of(std::initializer_list<Object> items);
Object frozenset_of(std::initializer_list<Object> items);
/// A set display whose 3+ elements are all constants (`{'a', 'b', 'c'}`).
/// CPython 3.11 compiles it to BUILD_SET + SET_UPDATE of a folded frozenset
/// constant, which the compiler's merge_consts rebuilds once from its own
/// iteration order; the resulting layout (and so the printed order) can
/// differ from adding the elements one by one, which is what set_of does.
Object set_display_of_constants(std::initializer_list<Object> items);
/// set(iterable) / frozenset(iterable).
Object set_from_iterable(const Object& iterable, bool frozen = false);
bool is_set(const Object& x) noexcept;  ///< set or frozenset
void set_add(const Object& set, const Object& x);

}  // namespace pyrt
