// float: shortest round-trip repr, parsing, arithmetic, hashing and round().
// Mirrors CPython's Python/pystrtod.c (format_float_short, 'r' mode),
// Objects/floatobject.c (float_rem, float_floor_div, float_pow, float_round)
// and Python/pyhash.c (_Py_HashDouble).
#include "pyrt/object/float.h"

#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "internal.h"
#include "native_subclass.h"
#include "pyrt/object/complex.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

std::string float_repr_text(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
  std::string out;
  if (sci[0] == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  std::size_t epos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, epos))
    if (c != '.') digits += c;
  int exp10 = std::atoi(std::string(sci.substr(epos + 1)).c_str());
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp10 + 1;  // value = 0.DIGITS * 10**decpt
  auto n = static_cast<int>(digits.size());
  if (digits == "0") decpt = 1;
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits, 1);
    }
    int e = decpt - 1;
    out += e < 0 ? "e-" : "e+";
    int ae = e < 0 ? -e : e;
    if (ae < 10) out += '0';
    out += std::to_string(ae);
    return out;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt < n) {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt));
  } else {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - n), '0');
    out += ".0";
  }
  return out;
}

double float_from_string(std::string_view text) {
  auto fail = [&]() -> double {
    value_error("could not convert string to float: " + str_repr_text(text));
  };
  std::size_t b = 0, e = text.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (b < e && space(text[b])) ++b;
  while (e > b && space(text[e - 1])) --e;
  std::string_view s = text.substr(b, e - b);
  if (s.empty()) return fail();
  std::string clean;
  bool neg = false;
  std::string_view body = s;
  if (body[0] == '+' || body[0] == '-') {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  std::string lower;
  for (char c : body) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "inf" || lower == "infinity") return neg ? -HUGE_VAL : HUGE_VAL;
  if (lower == "nan") return neg ? -NAN : NAN;
  // Grammar: digits [. digits] [e [sign] digits], underscores only between digits.
  bool saw_digit = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '_') {
      bool ok = i > 0 && i + 1 < body.size() && std::isdigit(static_cast<unsigned char>(body[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(body[i + 1]));
      if (!ok) return fail();
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) saw_digit = true;
    else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') return fail();
    clean += c;
  }
  if (!saw_digit) return fail();
  char* end = nullptr;
  double v = std::strtod(clean.c_str(), &end);
  if (end != clean.c_str() + clean.size()) return fail();
  return neg ? -v : v;
}

bool to_double(const Object& x, double& out) {
  if (x.is_float()) {
    out = x.as_float();
    return true;
  }
  if (is_int(x)) {
    out = int_to_double(x);
    return true;
  }
  if (x.is_heap() && x.heap()->type->solid == types::float_) {
    out = static_cast<FloatObject*>(x.heap())->value;
    return true;
  }
  return false;
}

void float_divmod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

namespace {

double float_pow(double x, double y) {
  if (y == 0.0) return 1.0;
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (x == 0.0 && y < 0.0 && !std::isinf(y)) {
    raise_error(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && !std::isinf(x) && !std::isinf(y)) {
    raise_error(exc::OverflowError, "(34, 'Numerical result out of range')");
  }
  return r;
}

}  // namespace

Object float_binop(BinaryOp op, const Object& a, const Object& b) {
  double x, y;
  if (!to_double(a, x) || !to_double(b, y)) return Object();
  switch (op) {
    case BinaryOp::Add: return Object::from_float(x + y);
    case BinaryOp::Sub: return Object::from_float(x - y);
    case BinaryOp::Mult: return Object::from_float(x * y);
    case BinaryOp::Div:
      if (y == 0.0) raise_error(exc::ZeroDivisionError, "float division by zero");
      return Object::from_float(x / y);
    case BinaryOp::FloorDiv: {
      if (y == 0.0) raise_error(exc::ZeroDivisionError, "float floor division by zero");
      double q, r;
      float_divmod(x, y, q, r);
      return Object::from_float(q);
    }
    case BinaryOp::Mod: {
      if (y == 0.0) raise_error(exc::ZeroDivisionError, "float modulo");
      double mod = std::fmod(x, y);
      if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
      } else {
        mod = std::copysign(0.0, y);
      }
      return Object::from_float(mod);
    }
    case BinaryOp::Pow:
      // float_pow: a negative number raised to a fractional power is complex.
      if (x < 0.0 && !std::isinf(x) && !std::isinf(y) && !std::isnan(y) && y != std::floor(y)) {
        return complex_pow(x, 0.0, y, 0.0);
      }
      return Object::from_float(float_pow(x, y));
    default: return Object();
  }
}

std::int64_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  auto r = static_cast<std::int64_t>(x) * sign;
  return r == -1 ? -2 : r;
}

Object float_round(double d) {
  double r = std::nearbyint(d);  // the default rounding mode is round-half-even
  return int_from_double(r);
}

Object float_round_ndigits(double x, std::int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0) return Object::from_float(x);
  if (ndigits > 323) return Object::from_float(x);
  if (ndigits < -308) return Object::from_float(std::copysign(0.0, x));
  // Exact: x = m * 2**e; R = round_half_even(x * 10**ndigits); result = R / 10**ndigits.
  int e;
  double frac = std::frexp(x, &e);
  auto m = static_cast<std::int64_t>(std::ldexp(frac, 53));
  e -= 53;
  mpz_t num, den, q, r, ten;
  mpz_inits(num, den, q, r, ten, nullptr);
  mpz_set_si(num, m);
  mpz_set_ui(den, 1);
  mpz_ui_pow_ui(ten, 10, static_cast<unsigned long>(ndigits < 0 ? -ndigits : ndigits));
  if (ndigits >= 0) mpz_mul(num, num, ten);
  else mpz_mul(den, den, ten);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<unsigned long>(e));
  else mpz_mul_2exp(den, den, static_cast<unsigned long>(-e));
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q);
  text.resize(std::strlen(text.c_str()));
  text += "e" + std::to_string(-ndigits);
  mpz_clears(num, den, q, r, ten, nullptr);
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) raise_error(exc::OverflowError, "rounded value too large to represent");
  if (result == 0.0) result = std::copysign(0.0, x);
  return Object::from_float(result);
}

// ---- FloatObject: a float subclass's instance, with float's protocol on its value -------------

Object FloatObject::repr() { return str_from(float_repr_text(value)); }
std::int64_t FloatObject::hash() { return float_hash(value); }

Object FloatObject::richcompare(const Object& other, CmpOp op) {
  Object o = exact_builtin_value(other);
  if (!o.is_float() && !is_int(o)) return Object();  // float_richcompare's NotImplemented
  return compare(op, Object::from_float(value), o);
}

Object FloatObject::truthy() { return Object::from_bool(value != 0.0); }

Object FloatObject::binop(BinaryOp op, const Object& other, bool reflected) {
  Object self = Object::from_float(value);
  return reflected ? float_binop(op, other, self) : float_binop(op, self, other);
}

Object FloatObject::unaryop(UnaryOp op) { return unary_op(op, Object::from_float(value)); }

// ---- float() and methods ------------------------------------------------------------------------

namespace {

// float_new_impl: the value float(x) gives, a plain float.
Object float_value_new(const CallArgs& args) {
  if (args.nkw) type_error("float() takes no keyword arguments");
  if (args.npos > 1) type_error("float expected at most 1 argument, got " + std::to_string(args.npos));
  if (args.npos == 0) return Object::from_float(0.0);
  const Object& x = args.args[0];
  double d;
  if (to_double(x, d)) return Object::from_float(d);
  if (is_str(x)) return Object::from_float(float_from_string(str_view(x)));
  namespace nm = detail::names;
  Object m = x.type()->lookup(nm::float_);
  if (!m.is_unbound()) {
    Object r = detail::call_as_method(m, x, {});
    if (!r.is_float()) {
      type_error(x.type()->name + ".__float__ returned non-float (type " + type_name_text(r) + ")");
    }
    return r;
  }
  m = x.type()->lookup(nm::index);
  if (!m.is_unbound()) return Object::from_float(int_to_double(detail::call_as_method(m, x, {})));
  type_error("float() argument must be a string or a real number, not '" + type_name_text(x) + "'");
}

// float(x), or for a subclass (float_subtype_new) an instance of it holding float(x)'s value.
Object float_new(TypeObject* type, const CallArgs& args) {
  Object v = float_value_new(args);
  if (type == types::float_) return v;
  Object obj = detail::new_native_subclass<FloatObject>(type);
  static_cast<FloatObject*>(obj.heap())->value = v.as_float();
  return obj;
}

Object float_is_integer(const Object& self, const CallArgs&) {
  double d = self.as_float();
  return Object::from_bool(std::isfinite(d) && d == std::floor(d));
}

// float.as_integer_ratio(): float_as_integer_ratio's loop (Objects/floatobject.c):
// frexp's mantissa doubled until integral, at most 300 times as there (53
// suffice), then shifted by the exponent.
Object float_as_integer_ratio(const Object& self, const CallArgs&) {
  double d = self.as_float();
  if (std::isinf(d)) raise_error(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) value_error("cannot convert NaN to integer ratio");
  int e;
  double frac = std::frexp(d, &e);
  for (int i = 0; i < 300 && frac != std::floor(frac); ++i) {
    frac *= 2.0;
    --e;
  }
  Object num = int_from_double(frac);
  Object den = Object::from_int(1);
  Object shift = Object::from_int(e < 0 ? -e : e);
  if (e > 0) num = int_binop(BinaryOp::LShift, num, shift);
  else den = int_binop(BinaryOp::LShift, den, shift);
  return tuple_of({num, den});
}

Object float_conjugate(const Object& self, const CallArgs&) {
  return self;
}

Object float_format(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) bad_argument("__format__", 0, "str", args.args[0]);
  if (detail::formats_as_str(self, args.args[0])) return str(self);
  double d = 0.0;
  to_double(self, d);
  return str_from(format_float(d, str_view(args.args[0])));
}

// The table gives CPython's arity errors with the qualified name
// ("float.is_integer() takes no arguments (1 given)").
const NativeMethodDef float_methods[] = {
    {"is_integer", float_is_integer, 0, 0},
    {"as_integer_ratio", float_as_integer_ratio, 0, 0},
    {"conjugate", float_conjugate, 0, 0},
    {"__format__", float_format, 1, 1},
};

}  // namespace

void detail::init_float_type() {
  types::float_ = make_builtin_type("float", nullptr, "builtins", float_new, true);
  add_methods(types::float_, float_methods);
}

}  // namespace pyrt
