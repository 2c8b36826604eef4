// Compiling struct formats and packing or unpacking their items (struct_format.h). Mirrors
// CPython 3.11's Modules/_struct.c: prepare_s and align, the np_/nu_ (native), lp_/lu_
// (little-endian) and bp_/bu_ (big-endian) functions, get_pylong and get_long's errors, and
// PyFloat_Pack2/Unpack2 for the IEEE half floats of 'e'.
#include "struct_format.h"

#include <cmath>
#include <cstring>

#include "../object/internal.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

namespace {

/// A row of a format table: the character, its size and (native table only) its alignment.
struct FormatDef {
  char format;
  std::int64_t size;
  std::int64_t alignment;
};

// native_table of x86-64 Linux: char 1, short 2, int 4, long 8, size_t 8, long long 8, _Bool 1,
// float 4, double 8, void* 8, each aligned to its size.
constexpr FormatDef kNativeTable[] = {
    {'x', 1, 0}, {'b', 1, 0}, {'B', 1, 0}, {'c', 1, 0}, {'s', 1, 0}, {'p', 1, 0}, {'h', 2, 2},
    {'H', 2, 2}, {'i', 4, 4}, {'I', 4, 4}, {'l', 8, 8}, {'L', 8, 8}, {'n', 8, 8}, {'N', 8, 8},
    {'q', 8, 8}, {'Q', 8, 8}, {'?', 1, 1}, {'e', 2, 2}, {'f', 4, 4}, {'d', 8, 8}, {'P', 8, 8},
};

// lilendian_table and bigendian_table: standard sizes, no 'n', 'N' or 'P'.
constexpr FormatDef kStandardTable[] = {
    {'x', 1, 0}, {'b', 1, 0}, {'B', 1, 0}, {'c', 1, 0}, {'s', 1, 0}, {'p', 1, 0},
    {'h', 2, 0}, {'H', 2, 0}, {'i', 4, 0}, {'I', 4, 0}, {'l', 4, 0}, {'L', 4, 0},
    {'q', 8, 0}, {'Q', 8, 0}, {'?', 1, 0}, {'e', 2, 0}, {'f', 4, 0}, {'d', 8, 0},
};

// getentry: "bad char in struct format" for a character the table lacks.
const FormatDef& entry_of(char c, StructTable table) {
  if (table == StructTable::Native) {
    for (const FormatDef& e : kNativeTable)
      if (e.format == c) return e;
  } else {
    for (const FormatDef& e : kStandardTable)
      if (e.format == c) return e;
  }
  struct_error("bad char in struct format");
}

// whichtable: the table the first character selects, consuming it.
StructTable table_of(std::string_view& format) {
  if (format.empty()) return StructTable::Native;
  switch (format.front()) {
    case '<':
    case '=':  // native order, which is little-endian on x86-64
      format.remove_prefix(1);
      return StructTable::Little;
    case '>':
    case '!':
      format.remove_prefix(1);
      return StructTable::Big;
    case '@':
      format.remove_prefix(1);
      return StructTable::Native;
    default:
      return StructTable::Native;
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

[[noreturn]] void too_long() { struct_error("total struct size too long"); }

// align: pads `size` up to the entry's alignment (native table only).
std::int64_t align(std::int64_t size, const FormatDef& e) {
  if (e.alignment == 0 || size <= 0) return size;
  std::int64_t extra = (e.alignment - 1) - (size - 1) % e.alignment;
  if (extra > INT64_MAX - size) too_long();
  return size + extra;
}

}  // namespace

StructLayout compile_struct_format(std::string_view format) {
  StructLayout layout;
  layout.table = table_of(format);
  std::size_t i = 0;
  while (i < format.size()) {
    char c = format[i++];
    if (is_space(c)) continue;
    std::int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = c - '0';
      while (i < format.size() && format[i] >= '0' && format[i] <= '9') {
        int digit = format[i++] - '0';
        if (num >= INT64_MAX / 10 && (num > INT64_MAX / 10 || digit > INT64_MAX % 10)) too_long();
        num = num * 10 + digit;
      }
      if (i == format.size()) struct_error("repeat count given without format specifier");
      c = format[i++];
    }
    const FormatDef& e = entry_of(c, layout.table);
    std::int64_t size = align(layout.size, e);
    if (num > (INT64_MAX - size) / e.size) too_long();
    if (c == 's' || c == 'p') {
      layout.codes.push_back({c, size, num});
      ++layout.len;
    } else if (c != 'x') {
      for (std::int64_t k = 0; k < num; ++k) layout.codes.push_back({c, size + k * e.size, e.size});
      layout.len += num;
    }
    layout.size = size + num * e.size;
  }
  return layout;
}

namespace {

// ---- packing ------------------------------------------------------------------------------

// get_pylong: an int, or what __index__ gives; anything else is not an integer.
Object int_argument(const Object& v) {
  if (is_int(v)) return v;
  if (!v.type()->lookup(names::index).is_unbound()) return number_index(v);
  struct_error("required argument is not an integer");
}

// get_long / get_longlong / get_ssize_t: a C long, "argument out of range" beyond it.
std::int64_t long_argument(const Object& v) {
  std::int64_t x;
  if (!int_to_int64(int_argument(v), x)) struct_error("argument out of range");
  return x;
}

// The value of a non-negative int as 64 bits; false when it needs more.
bool to_uint64(const Object& n, std::uint64_t& out) {
  std::int64_t small;
  if (int_to_int64(n, small)) {
    out = static_cast<std::uint64_t>(small);
    return true;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  out = 0;
  if (fits) mpz_export(&out, nullptr, -1, sizeof out, 0, 0, z);
  mpz_clear(z);
  return fits;
}

// get_ulong / get_ulonglong / get_size_t: a C unsigned long, "argument out of range" for a
// negative int or one of more than 64 bits.
std::uint64_t ulong_argument(const Object& v) {
  Object n = int_argument(v);
  std::uint64_t out;
  if (int_sign(n) < 0 || !to_uint64(n, out)) struct_error("argument out of range");
  return out;
}

// _range_error: "'h' format requires -32768 <= number <= 32767", "'I' format requires 0 <=
// number <= 4294967295".
[[noreturn]] void range_error(char format, std::int64_t size, bool is_unsigned) {
  std::uint64_t ulargest = ~std::uint64_t{0} >> ((8 - size) * 8);
  std::string f(1, format);
  if (is_unsigned) struct_error("'" + f + "' format requires 0 <= number <= " + std::to_string(ulargest));
  auto largest = static_cast<std::int64_t>(ulargest >> 1);
  struct_error("'" + f + "' format requires " + std::to_string(~largest) + " <= number <= " +
               std::to_string(largest));
}

// PyFloat_AsDouble, any failure of which becomes "required argument is not a float".
double float_argument(const Object& v) {
  try {
    double d;
    if (to_double(v, d)) return d;
    Object f = v.type()->lookup(names::float_);
    if (!f.is_unbound()) {
      Object r = call_as_method(f, v, {});
      if (r.is_float()) return r.as_float();
    } else if (!v.type()->lookup(names::index).is_unbound()) {
      return int_to_double(number_index(v));
    }
  } catch (const PyException&) {
  }
  struct_error("required argument is not a float");
}

void store(char* p, std::uint64_t bits, std::int64_t size, bool little) {
  for (std::int64_t k = 0; k < size; ++k) {
    auto byte = static_cast<char>(bits >> (8 * k));
    p[little ? k : size - 1 - k] = byte;
  }
}

// PyFloat_Pack2: IEEE binary16, rounding half to even; OverflowError beyond 65504 (and what
// rounds past it).
void pack_half(double x, char* p, bool little) {
  unsigned sign = std::signbit(x) ? 1U : 0U;
  int e = 0;
  unsigned bits = 0;
  if (std::isinf(x)) {
    e = 0x1f;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;  // the quiet NaN of that sign
  } else if (x != 0.0) {
    double f = std::frexp(std::fabs(x), &e);
    f *= 2.0;  // into [1.0, 2.0)
    --e;
    if (e >= 16) raise_error(exc::OverflowError, "float too large to pack with e format");
    if (e < -25) {  // underflows to zero
      f = 0.0;
      e = 0;
    } else if (e < -14) {  // subnormal
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<unsigned>(f);
    if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) raise_error(exc::OverflowError, "float too large to pack with e format");
      }
    }
  }
  store(p, bits | (static_cast<unsigned>(e) << 10) | (sign << 15), 2, little);
}

// PyFloat_Pack4 (the standard tables): OverflowError for a finite double beyond float's range.
void pack_float(double x, char* p, bool little) {
  auto y = static_cast<float>(x);
  if (std::isinf(y) && !std::isinf(x)) raise_error(exc::OverflowError, "float too large to pack with f format");
  std::uint32_t bits;
  std::memcpy(&bits, &y, sizeof bits);
  store(p, bits, 4, little);
}

// np_float: the native table only casts, so a double beyond float's range packs as inf.
void pack_native_float(double x, char* p) {
  auto y = static_cast<float>(x);
  std::memcpy(p, &y, sizeof y);
}

void pack_double(double x, char* p, bool little) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  store(p, bits, 8, little);
}

// bp_longlong / lp_longlong and their unsigned twins: _PyLong_AsByteArray, whose OverflowError
// pack_struct words as struct.error for an int.
void pack_long_long(const Object& v, char* p, bool little, bool is_signed) {
  Object n = int_argument(v);
  std::int64_t small;
  if (int_to_int64(n, small)) {
    if (!is_signed && small < 0) raise_error(exc::OverflowError, "can't convert negative int to unsigned");
    store(p, static_cast<std::uint64_t>(small), 8, little);
    return;
  }
  if (!is_signed && int_sign(n) < 0) raise_error(exc::OverflowError, "can't convert negative int to unsigned");
  std::uint64_t bits;
  if (is_signed || !to_uint64(n, bits)) raise_error(exc::OverflowError, "int too big to convert");
  store(p, bits, 8, little);
}

// np_void_p: PyLong_AsVoidPtr, a negative int as long long, else as unsigned long long.
void pack_pointer(const Object& v, char* p) {
  Object n = int_argument(v);
  std::int64_t small;
  if (int_to_int64(n, small)) {
    store(p, static_cast<std::uint64_t>(small), 8, true);
    return;
  }
  if (int_sign(n) < 0) raise_error(exc::OverflowError, "Python int too large to convert to C long long");
  std::uint64_t bits;
  if (!to_uint64(n, bits)) raise_error(exc::OverflowError, "Python int too large to convert to C unsigned long long");
  store(p, bits, 8, true);
}

// The byte string of a 's' or 'p' value: bytes or bytearray only.
std::string_view string_argument(const Object& v, char format) {
  if (v.type()->is_subtype(types::bytes)) return static_cast<BytesObject*>(v.heap())->data;
  if (is_bytearray(v)) return static_cast<ByteArrayObject*>(v.heap())->data;
  struct_error(std::string("argument for '") + format + "' must be a bytes object");
}

// np_byte / np_ubyte / np_short / np_ushort, which every table uses for 'b' and 'B' and the
// little-endian one (the native order) for 'h' and 'H' too.
void pack_native_small(char format, const Object& v, char* p) {
  std::int64_t x = long_argument(v);
  switch (format) {
    case 'b':
      if (x < -128 || x > 127) struct_error("byte format requires -128 <= number <= 127");
      break;
    case 'B':
      if (x < 0 || x > 255) struct_error("ubyte format requires 0 <= number <= 255");
      break;
    case 'h':
      if (x < -32768 || x > 32767) struct_error("short format requires -32768 <= number <= 32767");
      break;
    default:
      if (x < 0 || x > 65535) struct_error("ushort format requires 0 <= number <= 65535");
      break;
  }
  store(p, static_cast<std::uint64_t>(x), format == 'b' || format == 'B' ? 1 : 2, true);
}

// np_int / np_uint (native, and little-endian 'i'/'I') and bp_int / bp_uint (big-endian 'h',
// 'H', 'i', 'I', 'l', 'L'; little-endian 'l', 'L'): a C long checked against the item's size.
void pack_sized_int(const StructCode& code, const Object& v, char* p, bool little) {
  bool is_unsigned = code.format == 'H' || code.format == 'I' || code.format == 'L';
  if (is_unsigned) {
    std::uint64_t x = ulong_argument(v);
    if (code.size < 8 && x >= (std::uint64_t{1} << (8 * code.size))) range_error(code.format, code.size, true);
    store(p, x, code.size, little);
    return;
  }
  std::int64_t x = long_argument(v);
  std::int64_t limit = std::int64_t{1} << (8 * code.size - 1);
  if (code.size < 8 && (x < -limit || x >= limit)) range_error(code.format, code.size, false);
  store(p, static_cast<std::uint64_t>(x), code.size, little);
}

void pack_item(StructTable table, const StructCode& code, const Object& v, char* p) {
  bool little = table != StructTable::Big;
  bool native = table == StructTable::Native;
  switch (code.format) {
    case 'c': {
      if (!v.type()->is_subtype(types::bytes) || static_cast<BytesObject*>(v.heap())->data.size() != 1) {
        struct_error("char format requires a bytes object of length 1");
      }
      *p = static_cast<BytesObject*>(v.heap())->data[0];
      return;
    }
    case 's': {
      std::string_view s = string_argument(v, 's');
      std::memcpy(p, s.data(), std::min<std::size_t>(s.size(), static_cast<std::size_t>(code.size)));
      return;
    }
    case 'p': {
      std::string_view s = string_argument(v, 'p');
      auto n = static_cast<std::int64_t>(std::min<std::size_t>(s.size(), static_cast<std::size_t>(code.size - 1)));
      if (n > 0) std::memcpy(p + 1, s.data(), static_cast<std::size_t>(n));
      if (code.size > 0) *p = static_cast<char>(std::min<std::int64_t>(n, 255));
      return;
    }
    case 'b':
    case 'B':
      return pack_native_small(code.format, v, p);
    case 'h':
    case 'H':
      if (table != StructTable::Big) return pack_native_small(code.format, v, p);
      return pack_sized_int(code, v, p, false);
    case 'i':
    case 'I':
    case 'l':
    case 'L':
      return pack_sized_int(code, v, p, little);
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
      if (table == StructTable::Big) return pack_long_long(v, p, false, code.format == 'q');
      if (code.format == 'q' || code.format == 'n') return store(p, static_cast<std::uint64_t>(long_argument(v)), 8, true);
      return store(p, ulong_argument(v), 8, true);
    case '?':
      *p = static_cast<char>(truthy(v) ? 1 : 0);
      return;
    case 'e':
      return pack_half(float_argument(v), p, little);
    case 'f':
      if (native) return pack_native_float(float_argument(v), p);
      return pack_float(float_argument(v), p, little);
    case 'd':
      return pack_double(float_argument(v), p, little);
    default:  // 'P', native only
      return pack_pointer(v, p);
  }
}

// ---- unpacking ----------------------------------------------------------------------------

std::uint64_t load(const char* p, std::int64_t size, bool little) {
  std::uint64_t bits = 0;
  for (std::int64_t k = 0; k < size; ++k) {
    auto byte = static_cast<unsigned char>(p[little ? k : size - 1 - k]);
    bits |= std::uint64_t{byte} << (8 * k);
  }
  return bits;
}

Object unsigned_int(std::uint64_t bits) {
  if (bits <= static_cast<std::uint64_t>(INT64_MAX)) return Object::from_int(static_cast<std::int64_t>(bits));
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, -1, sizeof bits, 0, 0, &bits);
  Object out = int_from_mpz(z);
  mpz_clear(z);
  return out;
}

Object signed_int(std::uint64_t bits, std::int64_t size) {
  if (size < 8) {
    std::uint64_t sign = std::uint64_t{1} << (8 * size - 1);
    bits = (bits ^ sign) - sign;  // sign-extends the top bit of the item
  }
  return Object::from_int(static_cast<std::int64_t>(bits));
}

// PyFloat_Unpack2.
double unpack_half(const char* p, bool little) {
  auto bits = static_cast<unsigned>(load(p, 2, little));
  bool sign = (bits >> 15) != 0;
  int e = static_cast<int>((bits >> 10) & 0x1f);
  unsigned f = bits & 0x3ff;
  if (e == 0x1f) {
    if (f == 0) return sign ? -HUGE_VAL : HUGE_VAL;
    return sign ? -std::fabs(NAN) : std::fabs(NAN);
  }
  double x = f / 1024.0;
  if (e == 0) {
    e = -14;
  } else {
    x += 1.0;
    e -= 15;
  }
  x = std::ldexp(x, e);
  return sign ? -x : x;
}

Object unpack_item(StructTable table, const StructCode& code, const char* p) {
  bool little = table != StructTable::Big;
  switch (code.format) {
    case 'c':
      return bytes_from(std::string_view(p, 1));
    case 's':
      return bytes_from(std::string_view(p, static_cast<std::size_t>(code.size)));
    case 'p': {
      std::int64_t n = static_cast<unsigned char>(*p);
      if (n >= code.size) n = code.size - 1;
      return bytes_from(std::string_view(p + 1, static_cast<std::size_t>(n)));
    }
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n':
      return signed_int(load(p, code.size, little), code.size);
    case 'B':
    case 'H':
    case 'I':
    case 'L':
    case 'Q':
    case 'N':
    case 'P':
      return unsigned_int(load(p, code.size, little));
    case '?':
      return Object::from_bool(*p != 0);
    case 'e':
      return Object::from_float(unpack_half(p, little));
    case 'f': {
      auto bits = static_cast<std::uint32_t>(load(p, 4, little));
      float y;
      std::memcpy(&y, &bits, sizeof y);
      return Object::from_float(y);
    }
    default: {  // 'd'
      std::uint64_t bits = load(p, 8, little);
      double d;
      std::memcpy(&d, &bits, sizeof d);
      return Object::from_float(d);
    }
  }
}

}  // namespace

// s_pack_internal: an OverflowError left by a pack function becomes struct.error "int too
// large to convert" when the value was an int.
void pack_struct(const StructLayout& layout, const Object* values, char* out) {
  std::memset(out, 0, static_cast<std::size_t>(layout.size));
  for (std::size_t i = 0; i < layout.codes.size(); ++i) {
    const StructCode& code = layout.codes[i];
    const Object& v = values[i];
    try {
      pack_item(layout.table, code, v, out + code.offset);
    } catch (const PyException& e) {
      if (is_int(v) && exception_is(e.value, exc::OverflowError)) struct_error("int too large to convert");
      throw;
    }
  }
}

Object unpack_struct(const StructLayout& layout, const char* data) {
  std::vector<Object> items;
  items.reserve(layout.codes.size());
  for (const StructCode& code : layout.codes) items.push_back(unpack_item(layout.table, code, data + code.offset));
  return tuple_from_vector(std::move(items));
}

TypeObject* struct_error_type() {
  static TypeObject* const t = [] {
    Object ns = new_dict();
    dict_set(ns, intern("__module__"), str_from("struct"));
    Object name = str_from("error");
    return make_class(name, name, tuple_of({Object(exc::Exception)}), ns);
  }();
  return t;
}

void struct_error(const std::string& message) { raise(new_exception(struct_error_type(), message)); }

}  // namespace pyrt::detail
