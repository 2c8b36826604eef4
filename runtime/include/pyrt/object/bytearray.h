// bytearray: mutable bytes. Mirrors CPython 3.11's Objects/bytearrayobject.c
// (bytearray_init, bytearray_ass_subscript, _getbytevalue, the list-like
// methods) and the shared searches of Objects/bytes_methods.c, with their
// error texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// A bytearray object, type `bytearray`: `data` holds the raw bytes.
/// Indexing gives ints, slicing gives new bytearrays; item and slice stores
/// take ints in range(0, 256) and bytes-like objects or iterables of ints
/// (ValueError "byte must be in range(0, 256)", TypeError "can assign only
/// bytes, buffers, or iterables of ints in range(0, 256)"). Unhashable
/// (TypeError "unhashable type: 'bytearray'"). Compares with and concatenates
/// bytes and bytearray as CPython's buffer protocol lets it (the result of `+`
/// has the left operand's type); iteration reads the live contents, as
/// bytearrayiter_next does.
struct ByteArrayObject final : HeapObject {
  explicit ByteArrayObject(std::string bytes);
  std::string data;
  /// Live memoryviews of this object (CPython's ob_exports): while nonzero,
  /// `data` keeps its size and storage.
  std::int64_t exports = 0;

  /// PyByteArray_Resize's check before a change of size to `new_size`:
  /// BufferError "Existing exports of data: object cannot be re-sized" while
  /// views exist; a store of the same size is allowed.
  void check_resize(std::size_t new_size) const;

  /// bytearray(b'...'), quoted as bytes' repr.
  Object repr() override;
  Object str() override;
  std::int64_t hash() override;
  /// Ordering and equality against bytes and bytearray; unbound otherwise.
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  /// `value` unbound deletes; see bytearray_ass_subscript for the order of
  /// checks (the value before the index).
  void setitem(const Object& key, const Object& value) override;
  /// An int (range-checked) or a bytes-like subsequence; TypeError "a
  /// bytes-like object is required, not 'str'".
  Object contains(const Object& item) override;
  Object truthy() override;
  /// `+` with bytes/bytearray (a new bytearray), `*` and reflected `*` with an int.
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  /// `+=` with bytes/bytearray and `*=` with an int, in place.
  Object inplace(BinaryOp op, const Object& other) override;
};

/// A new bytearray holding `bytes`.
Object bytearray_from(std::string_view bytes);
/// True for bytearray objects.
bool is_bytearray(const Object& x) noexcept;

}  // namespace pyrt
