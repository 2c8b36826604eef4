// str: immutable Unicode text stored as UTF-8 with its code-point length
// cached, plus the intern table for attribute names. Mirrors CPython's
// Objects/unicodeobject.c (methods, repr quoting) and Python/pyhash.c
// (siphash13 over the UCS1/UCS2/UCS4 form, so hashes equal CPython's under
// PYTHONHASHSEED=0 and set iteration order matches).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// A str object. `data` is valid UTF-8; `length` counts code points; when
/// `ascii` is true byte and code-point indexes coincide (the fast path for
/// indexing and slicing). Also the base of a str subclass's instances
/// (detail::NativeSubclass<StrObject>), which carry their text here.
struct StrObject : HeapObject {
  StrObject(std::string text, std::int64_t length, bool ascii);
  /// An empty instance of `type`, a subclass of str, whose text str.__new__ then sets.
  explicit StrObject(TypeObject* type);

  std::string data;
  std::int64_t length;
  bool ascii;
  bool interned = false;
  std::int64_t hash_cache = -1;  ///< -1 until first computed (CPython's convention)

  Object repr() override;
  Object str() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object iter() override;
  std::int64_t len() override;
  Object getitem(const Object& key) override;
  Object contains(const Object& item) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
};

/// A new str from UTF-8 text (which must be valid UTF-8).
Object str_from(std::string_view utf8);
Object str_from(std::string&& utf8);
Object str_from(const char* utf8);
/// The one str object for `text`; attribute names and keyword names are
/// interned so lookups compare pointers first.
Object intern(std::string_view text);
/// True for str objects and instances of str's subclasses (CPython's PyUnicode_Check).
bool is_str(const Object& x) noexcept;
/// The UTF-8 text of a str object (or a str subclass's instance); `x` must be one.
std::string_view str_view(const Object& x);
/// Equality of two str objects (pointer first, then bytes).
bool str_equal(const Object& a, const Object& b) noexcept;
/// The str at code point `index` (already normalized to 0 <= index < len).
Object str_char_at(const Object& s, std::int64_t index);
/// a + b for two strs.
Object str_concat(const Object& a, const Object& b);
/// sep.join(iterable); TypeError "sequence item 0: expected str instance,
/// int found".
Object str_join(const Object& sep, const Object& iterable);
/// CPython's repr of text: single quotes unless the text contains ' and not ",
/// escapes \\ \n \r \t, other non-printables as \xNN/\uNNNN/\UNNNNNNNN.
std::string str_repr_text(std::string_view utf8);
/// ascii(): repr with every non-ASCII code point escaped.
std::string str_ascii_text(std::string_view utf8);
/// str.format(*args, **kwargs) on format string `fmt`.
Object str_format(const Object& fmt, const CallArgs& args);
/// str.format_map(mapping): fields name keys of `mapping`, read with
/// mapping[key] (so a dict subclass's __missing__ answers); ValueError "Format
/// string contains positional fields" for {} and {0}.
Object str_format_map(const Object& fmt, const Object& mapping);
/// hash of a str exactly as CPython computes it with PYTHONHASHSEED=0.
std::int64_t str_hash(StrObject* s) noexcept;
/// CPython's siphash13 with key (k0, k1) (Python/pyhash.c).
std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* data, std::size_t len) noexcept;
/// Hash of raw bytes as CPython's _Py_HashBytes computes it (bytes objects).
std::int64_t hash_bytes(const void* data, std::size_t len) noexcept;

/// Decodes one code point from UTF-8 at `s[i]`, advancing `i`.
std::uint32_t utf8_decode(std::string_view s, std::size_t& i) noexcept;
/// Appends the UTF-8 encoding of code point `cp`.
void utf8_append(std::string& out, std::uint32_t cp);

/// A minimal bytes object (for str.encode()): immutable raw bytes with
/// CPython's repr (b'...'). Also the base of a bytes subclass's instances
/// (detail::NativeSubclass<BytesObject>).
struct BytesObject : HeapObject {
  explicit BytesObject(std::string bytes);
  /// An empty instance of `type`, a subclass of bytes, whose bytes bytes.__new__ then sets.
  explicit BytesObject(TypeObject* type);
  std::string data;
  Object repr() override;
  Object str() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  std::int64_t len() override;
  /// False for b'' (CPython's bytes has no __bool__ and falls back to __len__).
  Object truthy() override;
  Object getitem(const Object& key) override;
  /// An int or a bytes-like subsequence, as _Py_bytes_contains.
  Object contains(const Object& item) override;
  Object iter() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
};
Object bytes_from(std::string_view bytes);
/// CPython's repr of raw bytes, b'...' (bytes_repr): single quotes unless the
/// bytes hold ' and not ", escapes \\ \t \n \r and other non-printables as \xNN.
/// Also the inside of bytearray's repr, where bytearray_repr escapes ' even
/// inside double quotes (`always_escape_single`: repr(bytearray(b"it's")) is
/// bytearray(b"it\'s")).
std::string bytes_repr_text(std::string_view bytes, bool always_escape_single = false);

}  // namespace pyrt
