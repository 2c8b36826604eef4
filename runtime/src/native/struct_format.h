// The compiled form of a struct format and its item codecs, shared by the files of the native
// module `_struct`. Mirrors CPython 3.11's Modules/_struct.c: prepare_s, its three tables of
// formatdefs (native, little- and big-endian, with the native functions swapped into the
// little-endian table where sizes agree, as PyInit__struct does on x86-64) and their errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt::detail {

/// The byte order and size rules a format's first character selects.
enum class StructTable : std::uint8_t {
  Native,  ///< '@' (or none): native sizes and alignment of x86-64 Linux
  Little,  ///< '<', '=': standard sizes, no alignment
  Big,     ///< '>', '!': standard sizes, no alignment
};

/// One item of a compiled format: a format character at `offset`, `size` bytes wide (for 's'
/// and 'p' the whole field, one item).
struct StructCode {
  char format;
  std::int64_t offset;
  std::int64_t size;
};

/// A compiled format: its items in order (pad bytes have none), the bytes it packs to and
/// the number of values it takes.
struct StructLayout {
  StructTable table = StructTable::Native;
  std::vector<StructCode> codes;
  std::int64_t size = 0;
  std::int64_t len = 0;
};

/// prepare_s: compiles `format` (ASCII, without its NUL check). Raises struct.error "bad char
/// in struct format", "repeat count given without format specifier", "total struct size too
/// long".
StructLayout compile_struct_format(std::string_view format);

/// Packs `values` (layout.len of them) into `out` (layout.size bytes, zeroed first), with the
/// conversions and errors of the table's pack functions: struct.error "required argument is not
/// an integer", "argument out of range", "'h' format requires -32768 <= number <= 32767",
/// "required argument is not a float", "char format requires a bytes object of length 1", ...
/// and, for an int that overflows (a 'q' of '>' or a float too large for 'f'), "int too large
/// to convert"; OverflowError "float too large to pack with e format" for a float.
void pack_struct(const StructLayout& layout, const Object* values, char* out);

/// The values of `data` (layout.size bytes) as a tuple.
Object unpack_struct(const StructLayout& layout, const char* data);

/// struct.error, the class `_struct` raises (PyErr_NewException("struct.error", ...)).
TypeObject* struct_error_type();

/// Raises struct.error(message).
[[noreturn]] void struct_error(const std::string& message);

}  // namespace pyrt::detail
