// The numbers.Integral/numbers.Real attributes of int and float that are not
// operators: real, imag, numerator, denominator, int.to_bytes, int.from_bytes,
// int.as_integer_ratio, float.hex, float.fromhex and the __trunc__ family.
// Mirrors CPython's Objects/longobject.c (int_to_bytes_impl, int_from_bytes_impl,
// long_long getters) and Objects/floatobject.c (float_hex, float_fromhex).
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "internal.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::Mpz;
using detail::type_error;
using detail::value_error;

namespace {

// ---- int ---------------------------------------------------------------------------------

// bool's attributes are int's, with the value as a plain int (True.real is 1).
Object int_self(const Object& self) { return self.is_bool() ? Object::from_int(self.as_bool()) : self; }
Object int_zero(const Object&) { return Object::from_int(0); }
Object int_one(const Object&) { return Object::from_int(1); }

Object int_self_method(const Object& self, const CallArgs&) { return int_self(self); }

Object int_as_integer_ratio(const Object& self, const CallArgs&) {
  return tuple_of({int_self(self), Object::from_int(1)});
}

Object int_getnewargs(const Object& self, const CallArgs&) { return tuple_of({int_self(self)}); }

// int.__round__(ndigits=None): builtins.round, which for ints never looks
// __round__ up again.
Object int_round(const Object& self, const CallArgs& args) {
  if (args.npos == 0 || args.args[0].is_none()) return int_self(self);
  static const Object round = builtin_lookup("round");
  return call(round, {self, args.args[0]});
}

// The byteorder argument of int.to_bytes and int.from_bytes: 'big' when
// absent; Argument Clinic's TypeError for a non-str, then int_to_bytes_impl's
// ValueError for any other text (Objects/longobject.c, 3.11).
bool little_endian(const Object& byteorder, const char* fname) {
  if (byteorder.is_unbound()) return false;
  if (!is_str(byteorder)) {
    type_error(std::string(fname) + "() argument 'byteorder' must be str, not " + (byteorder.is_none() ? std::string("None") : type_name_text(byteorder)));
  }
  std::string_view order = str_view(byteorder);
  if (order != "little" && order != "big") value_error("byteorder must be either 'little' or 'big'");
  return order == "little";
}

// Argument Clinic counts positional arguments separately when a method has
// keyword-only ones: "to_bytes() takes at most 2 positional arguments (3 given)".
void check_positional(const CallArgs& args, const char* fname) {
  if (args.npos > 2) {
    type_error(std::string(fname) + "() takes at most 2 positional arguments (" + std::to_string(args.npos) +
               " given)");
  }
}

// int.to_bytes(length=1, byteorder='big', *, signed=False): the arguments in
// Argument Clinic's order (length, byteorder, signed), then int_to_bytes_impl
// and _PyLong_AsByteArray's checks: OverflowError "can't convert negative int
// to unsigned" before "int too big to convert".
Object int_to_bytes(const Object& self, const CallArgs& args) {
  check_positional(args, "to_bytes");
  Object a[3];
  parse_args(args, "to_bytes", {"length", "byteorder", "signed"}, 2, 0, a);
  std::int64_t length = a[0].is_unbound() ? 1 : ssize_value(a[0]);
  bool little = little_endian(a[1], "to_bytes");
  bool is_signed = !a[2].is_unbound() && truthy(a[2]);
  if (length < 0) value_error("length argument must be non-negative");
  // PyBytes_FromStringAndSize(NULL, length) comes first: OverflowError past
  // PY_SSIZE_T_MAX less the 33-byte header, MemoryError when malloc fails.
  if (length > INT64_MAX - 33) raise_error(exc::OverflowError, "byte string is too large");
  std::string out;
  if (static_cast<std::uint64_t>(length) > out.max_size()) raise_error(exc::MemoryError, "");
  out.assign(static_cast<std::size_t>(length), '\0');
  Mpz v(self);
  bool negative = mpz_sgn(v.v) < 0;
  if (negative && !is_signed) raise_error(exc::OverflowError, "can't convert negative int to unsigned");
  // Fits when -2**(8n-1) <= v < 2**(8n-1) (signed) or v < 2**(8n)
  // (unsigned). A negative v is then stored as its two's complement
  // v + 2**(8n). Length 0 holds 0 and, signed, -1: _PyLong_AsByteArray drops
  // every sign bit of -1 and checks the stored sign bit only when n > 0.
  auto bits = static_cast<mp_bitcnt_t>(length) * 8;
  bool fits;
  if (bits == 0) {
    fits = mpz_sgn(v.v) == 0 || (is_signed && mpz_cmp_si(v.v, -1) == 0);
    mpz_set_ui(v.v, 0);
  } else {
    Mpz limit;
    mpz_setbit(limit.v, is_signed ? bits - 1 : bits);
    if (negative) {
      mpz_add(v.v, v.v, limit.v);  // v + 2**(8n-1) >= 0
      fits = mpz_sgn(v.v) >= 0;
      mpz_add(v.v, v.v, limit.v);
    } else {
      fits = mpz_cmp(v.v, limit.v) < 0;
    }
  }
  if (!fits) raise_error(exc::OverflowError, "int too big to convert");
  if (mpz_sgn(v.v) != 0) {
    // mpz_export writes the significant bytes only, most significant first.
    std::string digits(mpz_sizeinbase(v.v, 256) + 1, '\0');
    std::size_t count = 0;
    mpz_export(digits.data(), &count, 1, 1, 0, 0, v.v);
    std::copy(digits.begin(), digits.begin() + static_cast<std::ptrdiff_t>(count),
              out.begin() + static_cast<std::ptrdiff_t>(out.size() - count));
  }
  if (little) std::reverse(out.begin(), out.end());
  return bytes_from(out);
}

// PyObject_Bytes for int.from_bytes's argument: bytes as they are, __bytes__,
// then any iterable of ints but str (PyBytes_FromObject), else TypeError
// "cannot convert 'int' object to bytes".
Object bytes_of(const Object& x) {
  if (x.type() == types::bytes) return x;
  static const Object bytes_name = intern("__bytes__");
  Object m = x.type()->lookup(bytes_name);
  if (!m.is_unbound()) {
    Object r = detail::call_as_method(m, x, {});
    if (r.type() != types::bytes) {
      type_error("__bytes__ returned non-bytes (type " + type_name_text(r) + ")");
    }
    return r;
  }
  std::string buffer;
  if (bytes_like_copy(x, buffer)) return bytes_from(buffer);
  if (!is_str(x)) {
    Object it;
    try {
      it = iter(x);
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::TypeError)) throw;
    }
    if (!it.is_unbound()) return call(Object(types::bytes), {it});
  }
  type_error("cannot convert '" + type_name_text(x) + "' object to bytes");
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod
// (int_from_bytes_impl): byteorder is checked before the bytes are read.
Object int_from_bytes(const Object& cls, const CallArgs& args) {
  check_positional(args, "from_bytes");
  Object a[3];
  parse_args(args, "from_bytes", {"bytes", "byteorder", "signed"}, 2, 1, a);
  bool little = little_endian(a[1], "from_bytes");
  bool is_signed = !a[2].is_unbound() && truthy(a[2]);
  Object data = bytes_of(a[0]);
  const std::string& bytes = static_cast<BytesObject*>(data.heap())->data;
  Mpz v;
  if (!bytes.empty()) mpz_import(v.v, bytes.size(), little ? -1 : 1, 1, 0, 0, bytes.data());
  bool negative = is_signed && !bytes.empty() &&
                  (static_cast<unsigned char>(little ? bytes.back() : bytes.front()) & 0x80) != 0;
  if (negative) {
    Mpz base;
    mpz_setbit(base.v, 8 * bytes.size());
    mpz_sub(v.v, v.v, base.v);
  }
  Object r = int_from_mpz(v.v);
  // A subclass gets cls(value), as int_from_bytes_impl does.
  if (!cls.is(Object(types::int_))) return call(cls, {r});
  return r;
}

const GetSetDef int_getsets[] = {
    {"real", int_self},
    {"imag", int_zero},
    {"numerator", int_self},
    {"denominator", int_one},
};

const NativeMethodDef int_methods[] = {
    {"as_integer_ratio", int_as_integer_ratio, 0, 0},
    {"__trunc__", int_self_method, 0, 0},
    {"__floor__", int_self_method, 0, 0},
    {"__ceil__", int_self_method, 0, 0},
    {"__round__", int_round, 0, 1},
    {"__getnewargs__", int_getnewargs, 0, 0},
    {"to_bytes", int_to_bytes, kOwnArgs, kOwnArgs},
    {"from_bytes", int_from_bytes, kOwnArgs, kOwnArgs, MethodKind::Class},
};

// ---- float -------------------------------------------------------------------------------

Object float_self(const Object& self) { return self; }
Object float_zero(const Object&) { return Object::from_float(0.0); }

Object float_trunc(const Object& self, const CallArgs&) { return int_from_double(self.as_float()); }
Object float_floor(const Object& self, const CallArgs&) { return int_from_double(std::floor(self.as_float())); }
Object float_ceil(const Object& self, const CallArgs&) { return int_from_double(std::ceil(self.as_float())); }

Object float_round_method(const Object& self, const CallArgs& args) {
  if (args.npos == 0 || args.args[0].is_none()) return float_round(self.as_float());
  return float_round_ndigits(self.as_float(), index_value(args.args[0]));
}

Object float_getnewargs(const Object& self, const CallArgs&) { return tuple_of({self}); }

// float.hex(): float_hex's algorithm, 13 hex digits after the point
// ((TOHEX_NBITS - 1) / 4 with TOHEX_NBITS = 53) and subnormals shown with
// exponent -1022.
Object float_hex(const Object& self, const CallArgs&) {
  double x = self.as_float();
  if (std::isnan(x) || std::isinf(x)) return str_from(float_repr_text(x));
  if (x == 0.0) return str_from(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char digits[] = "0123456789abcdef";
  std::string s = x < 0 ? "-0x" : "0x";
  int d = static_cast<int>(m);
  s += digits[d];
  m -= d;
  s += '.';
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    d = static_cast<int>(m);
    s += digits[d];
    m -= d;
  }
  s += 'p';
  s += e < 0 ? '-' : '+';
  s += std::to_string(e < 0 ? -e : e);
  return str_from(s);
}

bool equal_nocase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  return true;
}

bool is_hex_digit(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

[[noreturn]] void invalid() { value_error("invalid hexadecimal floating-point string"); }

// float.fromhex(string), a classmethod: float_fromhex's grammar
// ([sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits], or inf,
// infinity, nan), surrounded by whitespace. The digits go to strtod with a
// 0x prefix, which rounds half-to-even as float_fromhex does.
Object float_fromhex(const Object& cls, const CallArgs& args) {
  const Object& arg = args.args[0];
  if (!is_str(arg)) type_error("bad argument type for built-in operation");
  std::string_view s = str_view(arg);
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  double value;
  if (equal_nocase(s, "inf") || equal_nocase(s, "infinity")) {
    value = HUGE_VAL;
  } else if (equal_nocase(s, "nan")) {
    value = std::nan("");
  } else {
    if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
    std::size_t i = 0, ndigits = 0;
    while (i < s.size() && is_hex_digit(s[i])) ++i, ++ndigits;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && is_hex_digit(s[i])) ++i, ++ndigits;
    }
    if (ndigits == 0) invalid();
    if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
      ++i;
      if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
      std::size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) invalid();
    }
    if (i != s.size()) invalid();
    std::string text = "0x" + std::string(s);
    errno = 0;
    value = std::strtod(text.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(value)) {
      raise_error(exc::OverflowError, "hexadecimal value too large to represent as a float");
    }
  }
  Object r = Object::from_float(negative ? -value : value);
  // A subclass gets cls(value), as float_fromhex does.
  if (!cls.is(Object(types::float_))) return call(cls, {r});
  return r;
}

const GetSetDef float_getsets[] = {
    {"real", float_self},
    {"imag", float_zero},
};

const NativeMethodDef float_methods[] = {
    {"hex", float_hex, 0, 0},
    {"fromhex", float_fromhex, 1, 1, MethodKind::Class},
    {"__trunc__", float_trunc, 0, 0},
    {"__floor__", float_floor, 0, 0},
    {"__ceil__", float_ceil, 0, 0},
    {"__round__", float_round_method, 0, 1},
    {"__getnewargs__", float_getnewargs, 0, 0},
};

}  // namespace

void detail::init_number_methods() {
  add_getsets(types::int_, int_getsets);
  add_methods(types::int_, int_methods);
  add_getsets(types::float_, float_getsets);
  add_methods(types::float_, float_methods);
}

}  // namespace pyrt
