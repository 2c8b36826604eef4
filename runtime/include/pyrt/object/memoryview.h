// memoryview: a one-dimensional view of a bytes or bytearray object's memory
// without copying. Mirrors CPython 3.11's Objects/memoryobject.c (memory_new,
// memory_subscript, memory_ass_sub, memory_richcompare, memory_hash, the
// release rules of the managed buffer) with its error texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// A memoryview object, type `memoryview`: `length` items of `itemsize`
/// bytes, item i at byte `offset + i * stride` of the exporter `obj` (a bytes
/// or bytearray; a view of a view shares its exporter, as CPython's managed
/// buffer does). `format` is a struct format of one native item ("B", "b",
/// "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "P",
/// optionally "@"-prefixed); indexing and tolist unpack items, item stores
/// pack them with CPython's "memoryview: invalid type/value for format" errors.
///
/// Each unreleased view of a bytearray counts as one of its exports, so the
/// bytearray refuses to resize (BufferError) while one is alive: CPython
/// counts managed buffers, which live exactly as long as some view of them is
/// unreleased, so the two counts are zero at the same moments. release()
/// (also __exit__, and destruction) drops the exporter; every later
/// operation but release, repr and a cached hash raises ValueError
/// "operation forbidden on released memoryview object".
struct MemoryViewObject final : HeapObject {
  /// A view of all of `exporter` (bytes or bytearray) as unsigned bytes.
  explicit MemoryViewObject(Object exporter);
  /// A view sharing `base`'s exporter, layout and format (mbuf_add_view).
  explicit MemoryViewObject(const MemoryViewObject& base);
  ~MemoryViewObject() override;

  Object obj;  ///< the exporter; unbound once released
  std::int64_t offset = 0;
  std::int64_t length = 0;
  std::int64_t stride = 1;
  std::int64_t itemsize = 1;
  std::string format = "B";  ///< as given to cast(), '@' kept
  bool readonly = true;
  bool hashed = false;  ///< `hash_value` holds memory_hash's cached result
  std::int64_t hash_value = 0;

  bool released() const noexcept { return obj.is_unbound(); }
  /// ValueError "operation forbidden on released memoryview object" once released.
  void check_released() const;
  /// The format's struct code without its '@' prefix.
  char code() const noexcept { return format.back(); }
  /// PyBuffer_IsContiguous for one dimension: items are adjacent (or at most one).
  bool is_contiguous() const noexcept { return length <= 1 || stride == itemsize; }
  /// The viewed bytes of a contiguous, unreleased view.
  std::string_view contiguous_bytes() const noexcept;
  /// Address of item `i` (0 <= i < length) of an unreleased view.
  char* item(std::int64_t i) const noexcept;
  /// The viewed bytes in logical order (memory_tobytes); ValueError once released.
  std::string tobytes() const;
  /// memory_release: drops the exporter (and its export); no-op when released.
  void release() noexcept;

  /// "<memory at 0x...>", "<released memory at 0x...>".
  Object repr() override;
  /// memory_hash: hash of the bytes of a read-only 'B'/'b'/'c' view, cached.
  std::int64_t hash() override;
  /// `==`/`!=` with any buffer, comparing unpacked items (memory_richcompare).
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  /// memoryview has no __bool__: truth is a nonzero length (ValueError once released).
  Object truthy() override;
  /// An int index gives an item, a slice a new view of the same memory.
  Object getitem(const Object& key) override;
  /// Stores through a writable view; deleting raises TypeError.
  void setitem(const Object& key, const Object& value) override;
};

/// A new memoryview of `source` (memory_new): bytes, bytearray or memoryview;
/// TypeError "memoryview: a bytes-like object is required, not 'str'".
Object memoryview_from(const Object& source);
/// True for memoryview objects.
bool is_memoryview(const Object& x) noexcept;

}  // namespace pyrt
