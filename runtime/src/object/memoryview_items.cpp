// memoryview items in struct's native formats: sizes, unpacking and packing
// with the errors of Objects/memoryobject.c pack_single (fix_error_int,
// value_error_int).
#include "memoryview_items.h"

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

#include "internal.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

namespace {

template <typename T>
T load(const char* p) noexcept {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
void store(char* p, T v) noexcept {
  std::memcpy(p, &v, sizeof v);
}

[[noreturn]] void invalid_type(char code) {
  type_error(std::string("memoryview: invalid type for format '") + code + "'");
}
[[noreturn]] void invalid_value(char code) {
  value_error(std::string("memoryview: invalid value for format '") + code + "'");
}

// _PyNumber_Index: an int, or what __index__ returns; TypeError becomes
// fix_error_int's "invalid type".
Object index_int(char code, const Object& value) {
  if (is_int(value)) return value;
  Object m = value.type()->lookup(names::index);
  if (m.is_unbound()) invalid_type(code);
  Object r = call_as_method(m, value, {});
  if (!is_int(r)) invalid_type(code);
  return r;
}

// pylong_as_ld plus pack_single's range check for signed codes.
template <typename T>
void pack_signed(char code, const Object& value, char* p) {
  std::int64_t v;
  if (!int_to_int64(index_int(code, value), v)) invalid_value(code);
  if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) invalid_value(code);
  store<T>(p, static_cast<T>(v));
}

// pylong_as_lu plus the range check for unsigned codes (negatives overflow).
template <typename T>
void pack_unsigned(char code, const Object& value, char* p) {
  Object i = index_int(code, value);
  mpz_t z;
  mpz_init(z);
  int_to_mpz(i, z);
  bool fits = mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z) != 0;
  unsigned long u = fits ? mpz_get_ui(z) : 0;
  mpz_clear(z);
  if (!fits || u > std::numeric_limits<T>::max()) invalid_value(code);
  store<T>(p, static_cast<T>(u));
}

Object unsigned_int(std::uint64_t u) {
  if (u <= static_cast<std::uint64_t>(INT64_MAX)) return Object::from_int(static_cast<std::int64_t>(u));
  return int_from_digits(std::to_string(u));
}

// PyFloat_AsDouble: a float or an int; anything else is "invalid type".
double float_arg(char code, const Object& value) {
  double d;
  if (!to_double(value, d)) invalid_type(code);
  return d;
}

}  // namespace

std::int64_t native_item_size(std::string_view format) noexcept {
  if (!format.empty() && format[0] == '@') format.remove_prefix(1);
  if (format.size() != 1) return 0;
  switch (format[0]) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return 0;
  }
}

Object unpack_item(char code, const char* p) {
  switch (code) {
    case 'c': return bytes_from(std::string_view(p, 1));
    case 'b': return Object::from_int(load<signed char>(p));
    case 'B': return Object::from_int(load<unsigned char>(p));
    case '?': return Object::from_bool(load<unsigned char>(p) != 0);
    case 'h': return Object::from_int(load<short>(p));
    case 'H': return Object::from_int(load<unsigned short>(p));
    case 'i': return Object::from_int(load<std::int32_t>(p));
    case 'I': return Object::from_int(load<std::uint32_t>(p));
    case 'l': case 'q': case 'n': return Object::from_int(load<std::int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': return unsigned_int(load<std::uint64_t>(p));
    case 'f': return Object::from_float(load<float>(p));
    case 'd': return Object::from_float(load<double>(p));
    default: invalid_type(code);
  }
}

void pack_item(char code, const Object& value, char* p) {
  switch (code) {
    case 'c': {
      if (value.type() != types::bytes) invalid_type(code);
      const std::string& b = static_cast<BytesObject*>(value.heap())->data;
      if (b.size() != 1) invalid_value(code);
      *p = b[0];
      return;
    }
    case '?': store<unsigned char>(p, truthy(value) ? 1 : 0); return;
    case 'b': pack_signed<signed char>(code, value, p); return;
    case 'B': pack_unsigned<unsigned char>(code, value, p); return;
    case 'h': pack_signed<short>(code, value, p); return;
    case 'H': pack_unsigned<unsigned short>(code, value, p); return;
    case 'i': pack_signed<std::int32_t>(code, value, p); return;
    case 'I': pack_unsigned<std::uint32_t>(code, value, p); return;
    case 'l': case 'q': case 'n': pack_signed<std::int64_t>(code, value, p); return;
    case 'L': case 'Q': case 'N': pack_unsigned<std::uint64_t>(code, value, p); return;
    case 'P': {
      // PyLong_AsVoidPtr takes negative ints as long long, others as unsigned.
      Object i = index_int(code, value);
      std::int64_t v;
      if (int_to_int64(i, v)) return store<std::int64_t>(p, v);
      pack_unsigned<std::uint64_t>(code, i, p);
      return;
    }
    case 'f': {
      // pack_single casts with no range check (PACK_SINGLE), so doubles beyond
      // float's range become infinities; written out, as the C++ cast would be UB.
      double d = float_arg(code, value);
      bool overflows = std::isfinite(d) && std::fabs(d) > FLT_MAX;
      store<float>(p, overflows ? (d > 0 ? HUGE_VALF : -HUGE_VALF) : static_cast<float>(d));
      return;
    }
    case 'd': store<double>(p, float_arg(code, value)); return;
    default: invalid_type(code);
  }
}

}  // namespace pyrt::detail
