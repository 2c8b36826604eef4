// The numbers.Integral/numbers.Real attributes of int and float that are not
// operators: real, imag, numerator, denominator, int.from_bytes,
// int.as_integer_ratio, float.hex, float.fromhex and the __trunc__ family.
// Mirrors CPython's Objects/longobject.c (int_from_bytes_impl, long_long
// getters) and Objects/floatobject.c (float_hex, float_fromhex).
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "internal.h"
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

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.
Object int_from_bytes(const Object& cls, const CallArgs& args) {
  Object a[3];
  if (args.npos > 2) {
    type_error("from_bytes() takes at most 2 positional arguments (" + std::to_string(args.npos) + " given)");
  }
  parse_args(args, "from_bytes", {"bytes", "byteorder", "signed"}, 2, 1, a);
  bool little = false;
  if (!a[1].is_unbound()) {
    if (!is_str(a[1])) {
      type_error("from_bytes() argument 'byteorder' must be str, not " + type_name_text(a[1]));
    }
    std::string_view order = str_view(a[1]);
    if (order != "little" && order != "big") value_error("byteorder must be either 'little' or 'big'");
    little = order == "little";
  }
  bool is_signed = !a[2].is_unbound() && truthy(a[2]);
  Object data = a[0];
  if (data.type() != types::bytes) {
    if (is_str(data)) type_error("cannot convert 'str' object to bytes");
    data = call(Object(types::bytes), {data});
  }
  const std::string& bytes = static_cast<BytesObject*>(data.heap())->data;
  mpz_t v;
  mpz_init(v);
  if (!bytes.empty()) mpz_import(v, bytes.size(), little ? -1 : 1, 1, 0, 0, bytes.data());
  bool negative = is_signed && !bytes.empty() &&
                  (static_cast<unsigned char>(little ? bytes.back() : bytes.front()) & 0x80) != 0;
  if (negative) {
    mpz_t base;
    mpz_init(base);
    mpz_ui_pow_ui(base, 2, 8 * bytes.size());
    mpz_sub(v, v, base);
    mpz_clear(base);
  }
  Object r = int_from_mpz(v);
  mpz_clear(v);
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
