// complex: construction (numbers, two arguments, strings), arithmetic, hashing,
// comparison and repr. Mirrors CPython 3.11's Objects/complexobject.c
// (complex_new_impl, complex_from_string_inner, _Py_c_quot, _Py_c_pow, c_powu,
// complex_pow, complex_abs, complex_hash, complex_richcompare, complex_repr).
#include "pyrt/object/complex.h"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "internal.h"
#include "pyrt/object/float.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

namespace {

struct Parts {
  double real = 0.0, imag = 0.0;
};

const Parts kOne{1.0, 0.0};

ComplexObject* as_c(const Object& x) { return static_cast<ComplexObject*>(x.heap()); }

// TO_COMPLEX: an int, bool or float as (x, 0), a complex as itself; false for
// anything else (the operator then returns NotImplemented).
bool to_parts(const Object& x, Parts& out) {
  if (is_complex(x)) {
    out = {as_c(x)->real, as_c(x)->imag};
    return true;
  }
  double d;
  if (!to_double(x, d)) return false;
  out = {d, 0.0};
  return true;
}

Parts prod(Parts a, Parts b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// _Py_c_quot: Smith's method, dividing by the larger of |b.real| and |b.imag|;
// `zero` set where CPython sets errno = EDOM.
Parts quot(Parts a, Parts b, bool& zero) {
  double abs_breal = b.real < 0 ? -b.real : b.real;
  double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // at least one of b's parts is a NaN
}

// _Py_c_pow: polar form.
Parts pow_polar(Parts a, Parts b, bool& zero) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) zero = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

// c_powu: binary exponentiation by repeated multiplication.
Parts pow_unsigned(Parts x, long n) {
  Parts r = kOne, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask <<= 1;
    p = prod(p, p);
  }
  return r;
}

// complex_div.
Object divide(Parts a, Parts b) {
  bool zero = false;
  Parts r = quot(a, b, zero);
  if (zero) raise_error(exc::ZeroDivisionError, "complex division by zero");
  return complex_from(r.real, r.imag);
}

}  // namespace

// ---- the object -----------------------------------------------------------------------------

ComplexObject::ComplexObject(double r, double i) : HeapObject(types::complex_), real(r), imag(i) {}

Object complex_from(double real, double imag) { return make<ComplexObject>(real, imag); }

bool is_complex(const Object& x) noexcept { return x.is_heap() && x.heap()->type == types::complex_; }

namespace {

// PyOS_double_to_string(v, 'r', 0, flags, NULL): repr's digits without the
// ".0" float adds (Py_DTSF_ADD_DOT_0 is not set), NaN never signed.
std::string part_text(double v, bool with_sign) {
  std::string t = std::isnan(v) ? "nan" : float_repr_text(v);
  if (t.size() > 2 && t.compare(t.size() - 2, 2, ".0") == 0) t.resize(t.size() - 2);
  if (with_sign && t[0] != '-') t.insert(t.begin(), '+');
  return t;
}

}  // namespace

std::string complex_repr_text(double real, double imag) {
  // A real part of +0.0 is left out, with the parentheses (complex_repr).
  if (real == 0.0 && !std::signbit(real)) return part_text(imag, false) + "j";
  return "(" + part_text(real, false) + part_text(imag, true) + "j)";
}

Object ComplexObject::repr() { return str_from(complex_repr_text(real, imag)); }

std::int64_t ComplexObject::hash() {
  auto hash_real = static_cast<std::uint64_t>(float_hash(real));
  auto hash_imag = static_cast<std::uint64_t>(float_hash(imag));
  std::uint64_t combined = hash_real + 1000003u * hash_imag;  // _PyHASH_IMAG
  if (combined == static_cast<std::uint64_t>(-1)) combined = static_cast<std::uint64_t>(-2);
  return static_cast<std::int64_t>(combined);
}

Object ComplexObject::richcompare(const Object& other, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Object();
  bool equal;
  if (is_int(other)) {
    // An int compares exactly with the real part (no rounding of the int).
    if (imag == 0.0) return compare(op, Object::from_float(real), other);
    equal = false;
  } else if (other.is_float()) {
    equal = real == other.as_float() && imag == 0.0;
  } else if (is_complex(other)) {
    equal = real == as_c(other)->real && imag == as_c(other)->imag;
  } else {
    return Object();
  }
  return Object::from_bool(op == CmpOp::Eq ? equal : !equal);
}

Object ComplexObject::truthy() { return Object::from_bool(real != 0.0 || imag != 0.0); }

Object ComplexObject::binop(BinaryOp op, const Object& other, bool reflected) {
  Parts self{real, imag}, o;
  if (!to_parts(other, o)) return Object();
  Parts a = reflected ? o : self, b = reflected ? self : o;
  switch (op) {
    case BinaryOp::Add: return complex_from(a.real + b.real, a.imag + b.imag);
    case BinaryOp::Sub: return complex_from(a.real - b.real, a.imag - b.imag);
    case BinaryOp::Mult: {
      Parts r = prod(a, b);
      return complex_from(r.real, r.imag);
    }
    case BinaryOp::Div: return divide(a, b);
    case BinaryOp::Pow: return complex_pow(a.real, a.imag, b.real, b.imag);
    default: return Object();
  }
}

Object ComplexObject::unaryop(UnaryOp op) {
  switch (op) {
    case UnaryOp::USub: return complex_from(-real, -imag);
    case UnaryOp::UAdd: return Object(this);
    case UnaryOp::Invert: return Object();
  }
  return Object();
}

Object complex_pow(double ar, double ai, double br, double bi) {
  Parts a{ar, ai}, b{br, bi}, p;
  bool zero = false;
  // complex_pow: small integral exponents by multiplication, which is exact
  // where the polar form is not ((1+1j)**3 == (-2+2j)).
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    auto n = static_cast<long>(b.real);
    p = n > 0 ? pow_unsigned(a, n) : quot(kOne, pow_unsigned(a, -n), zero);
  } else {
    p = pow_polar(a, b, zero);
  }
  // _Py_ADJUST_ERANGE2: an infinite part is an overflow, unless EDOM came first.
  if (zero) raise_error(exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.real) || std::isinf(p.imag)) raise_error(exc::OverflowError, "complex exponentiation");
  return complex_from(p.real, p.imag);
}

Object complex_abs(const Object& z) {
  double re = as_c(z)->real, im = as_c(z)->imag;
  if (!std::isfinite(re) || !std::isfinite(im)) {
    // C99: an infinite part makes the result infinite, even with a NaN.
    if (std::isinf(re)) return Object::from_float(std::fabs(re));
    if (std::isinf(im)) return Object::from_float(std::fabs(im));
    return Object::from_float(NAN);
  }
  double r = std::hypot(re, im);
  if (std::isinf(r)) raise_error(exc::OverflowError, "absolute value too large");
  return Object::from_float(r);
}

// ---- complex() ------------------------------------------------------------------------------

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool ascii_iequal(std::string_view s, std::size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

// The longest prefix of s[i..] that PyOS_string_to_double accepts: [sign]
// then "inf", "infinity", "nan" (any case) or digits with an optional point
// and exponent. Returns the position after it, or `i` when there is none;
// `out` is the value (±inf on overflow, as with overflow_exception NULL).
std::size_t scan_float(std::string_view s, std::size_t i, double& out) {
  std::size_t p = i;
  bool negative = false;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
  if (ascii_iequal(s, p, "inf")) {
    out = negative ? -HUGE_VAL : HUGE_VAL;
    return p + (ascii_iequal(s, p, "infinity") ? 8 : 3);
  }
  if (ascii_iequal(s, p, "nan")) {
    out = negative ? -NAN : NAN;
    return p + 3;
  }
  std::size_t digits = 0;
  while (p < s.size() && is_digit(s[p])) ++p, ++digits;
  if (p < s.size() && s[p] == '.') {
    ++p;
    while (p < s.size() && is_digit(s[p])) ++p, ++digits;
  }
  if (digits == 0) return i;
  if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
    std::size_t e = p + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    if (e < s.size() && is_digit(s[e])) {
      while (e < s.size() && is_digit(s[e])) ++e;
      p = e;
    }
  }
  std::string text(s.substr(i, p - i));
  out = std::strtod(text.c_str(), nullptr);
  return p;
}

[[noreturn]] void malformed() { value_error("complex() arg is a malformed string"); }

// complex_from_string_inner: "<float>", "<float>j", "<float><signed-float>j",
// and the older "<float><sign>j", "<sign>j", "j", optionally in parentheses,
// with surrounding whitespace.
Parts parse_complex(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  bool bracket = i < s.size() && s[i] == '(';
  if (bracket) {
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  Parts r;
  double z;
  std::size_t end = scan_float(s, i, z);
  auto is_j = [&](std::size_t k) { return k < s.size() && (s[k] == 'j' || s[k] == 'J'); };
  if (end != i) {
    i = end;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      r.real = z;
      double y;
      end = scan_float(s, i, y);
      if (end != i) {
        r.imag = y;
        i = end;
      } else {
        r.imag = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(i)) malformed();
      ++i;
    } else if (is_j(i)) {
      ++i;
      r.imag = z;
    } else {
      r.real = z;
    }
  } else {
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      r.imag = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      r.imag = 1.0;
    }
    if (!is_j(i)) malformed();
    ++i;
  }
  while (i < s.size() && is_space(s[i])) ++i;
  if (bracket) {
    if (i >= s.size() || s[i] != ')') malformed();
    ++i;
    while (i < s.size() && is_space(s[i])) ++i;
  }
  if (i != s.size()) malformed();
  return r;
}

// _Py_string_to_number_with_underscores: underscores only between digits.
Parts complex_from_string(const Object& arg) {
  std::string_view s = str_view(arg);
  if (s.find('_') == std::string_view::npos) return parse_complex(s);
  std::string clean;
  char prev = '\0';
  for (char c : s) {
    if (c == '_') {
      if (!is_digit(prev)) value_error("could not convert string to complex: " + repr_text(arg));
    } else {
      if (prev == '_' && !is_digit(c)) value_error("could not convert string to complex: " + repr_text(arg));
      clean += c;
    }
    prev = c;
  }
  if (prev == '_') value_error("could not convert string to complex: " + repr_text(arg));
  return parse_complex(clean);
}

// Has nb_float or nb_index, or is a complex: what complex() accepts as a number.
bool is_number_like(const Object& x) {
  namespace nm = detail::names;
  return is_int(x) || x.is_float() || is_complex(x) || !x.type()->lookup(nm::float_).is_unbound() ||
         !x.type()->lookup(nm::index).is_unbound();
}

// PyNumber_Float, as float(x) does for a non-string.
double number_as_double(const Object& x) {
  double d;
  if (to_double(x, d)) return d;
  return call(Object(types::float_), {x}).as_float();
}

// complex_new_impl.
Object complex_new(TypeObject*, const CallArgs& args) {
  Object a[2];
  parse_args(args, "complex", {"real", "imag"}, 2, 0, a);
  Object r = a[0].is_unbound() ? Object::from_int(0) : a[0];
  const Object& i = a[1];
  if (is_complex(r) && i.is_unbound()) return r;
  if (is_str(r)) {
    if (!i.is_unbound()) type_error("complex() can't take second arg if first is a string");
    Parts p = complex_from_string(r);
    return complex_from(p.real, p.imag);
  }
  if (!i.is_unbound() && is_str(i)) type_error("complex() second arg can't be a string");
  if (!is_complex(r)) {
    // try_complex_special_method
    static const Object dunder_complex = intern("__complex__");
    Object f = r.type()->lookup(dunder_complex);
    if (!f.is_unbound()) {
      Object c = detail::call_as_method(f, r, {});
      if (!is_complex(c)) type_error("__complex__ returned non-complex (type " + type_name_text(c) + ")");
      r = c;
    }
  }
  if (!is_number_like(r)) {
    type_error("complex() first argument must be a string or a number, not '" + type_name_text(r) + "'");
  }
  if (!i.is_unbound() && !is_number_like(i)) {
    type_error("complex() second argument must be a number, not '" + type_name_text(i) + "'");
  }
  Parts cr, ci;
  bool cr_is_complex = is_complex(r), ci_is_complex = false;
  if (cr_is_complex) cr = {as_c(r)->real, as_c(r)->imag};
  else cr.real = number_as_double(r);
  if (i.is_unbound()) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = {as_c(i)->real, as_c(i)->imag};
    ci_is_complex = true;
  } else {
    ci.real = number_as_double(i);
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && !i.is_unbound()) ci.real += cr.imag;
  return complex_from(cr.real, ci.real);
}

Object complex_real(const Object& self) { return Object::from_float(as_c(self)->real); }
Object complex_imag(const Object& self) { return Object::from_float(as_c(self)->imag); }

Object complex_conjugate(const Object& self, const CallArgs&) {
  return complex_from(as_c(self)->real, -as_c(self)->imag);
}

Object complex_complex(const Object& self, const CallArgs&) { return self; }

Object complex_getnewargs(const Object& self, const CallArgs&) {
  return tuple_of({Object::from_float(as_c(self)->real), Object::from_float(as_c(self)->imag)});
}

Object complex_format_method(const Object& self, const CallArgs& args) {
  if (!is_str(args.args[0])) bad_argument("__format__", 0, "str", args.args[0]);
  return str_from(format_complex(as_c(self)->real, as_c(self)->imag, str_view(args.args[0])));
}

const GetSetDef complex_getsets[] = {
    {"real", complex_real, true},
    {"imag", complex_imag, true},
};

const NativeMethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, 0},
    {"__complex__", complex_complex, 0, 0},
    {"__getnewargs__", complex_getnewargs, 0, 0},
    {"__format__", complex_format_method, 1, 1},
};

}  // namespace

void detail::init_complex_type() {
  types::complex_ = make_builtin_type("complex", nullptr, "builtins", complex_new, false);
  add_getsets(types::complex_, complex_getsets);
  add_methods(types::complex_, complex_methods);
}

}  // namespace pyrt
