// int and bool: int64 fast paths with overflow checks, GMP beyond. Mirrors
// CPython's Objects/longobject.c (l_divmod signs, long_true_divide rounding,
// long_hash modulo 2**61-1, PyLong_FromString parsing) and boolobject.c.
#include "pyrt/object/int.h"

#include <cmath>
#include <cstring>
#include <string>

#include "internal.h"
#include "native_subclass.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/float.h"
#include "pyrt/object/format.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::Mpz;
using detail::type_error;
using detail::value_error;

namespace {

constexpr std::int64_t kModulus = (std::int64_t{1} << 61) - 1;  // _PyHASH_MODULUS

// An IntObject: an exact big int, or an int subclass's instance holding any value.
bool is_int_object(const Object& x) { return x.is_heap() && x.heap()->type->solid == types::int_; }

IntObject* as_big(const Object& x) { return static_cast<IntObject*>(x.heap()); }

// An int whose value does not fit int64: an exact big int (results are normalized), or a
// subclass's instance holding such a value. Every other int takes the int64 paths.
bool is_big(const Object& x) {
  return is_int_object(x) && (x.heap()->type == types::int_ || !mpz_fits_slong_p(as_big(x)->value));
}

// The value of an int that is not big.
std::int64_t small_value(const Object& x) {
  if (x.is_heap()) return mpz_get_si(as_big(x)->value);
  return x.is_bool() ? x.as_bool() : x.as_int();
}

[[noreturn]] void zero_division(const char* message) { raise_error(exc::ZeroDivisionError, message); }

}  // namespace

IntObject::IntObject() : HeapObject(types::int_) { mpz_init(value); }
IntObject::IntObject(TypeObject* type) : HeapObject(type) { mpz_init(value); }
IntObject::~IntObject() { mpz_clear(value); }

bool is_int(const Object& x) noexcept { return x.is_small_int() || x.is_bool() || is_int_object(x); }

Object int_from_mpz(const mpz_t v) {
  if (mpz_fits_slong_p(v)) return Object::from_int(mpz_get_si(v));
  auto* r = new IntObject();
  mpz_set(r->value, v);
  return Object(r);
}

void int_to_mpz(const Object& x, mpz_t out) {
  if (is_big(x)) mpz_set(out, as_big(x)->value);
  else mpz_set_si(out, small_value(x));
}

bool int_to_int64(const Object& x, std::int64_t& out) noexcept {
  if (x.is_small_int()) {
    out = x.as_int();
    return true;
  }
  if (x.is_bool()) {
    out = x.as_bool();
    return true;
  }
  if (!is_int_object(x) || is_big(x)) return false;
  out = small_value(x);  // an int subclass's instance holding an int64
  return true;
}

Object int_from_digits(std::string_view decimal) {
  std::string s(decimal);
  Mpz m;
  mpz_set_str(m.v, s.c_str(), 10);
  return int_from_mpz(m.v);
}

std::string int_to_decimal(const Object& x) {
  if (!is_big(x)) return std::to_string(small_value(x));
  std::string out(mpz_sizeinbase(as_big(x)->value, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, as_big(x)->value);
  out.resize(std::strlen(out.c_str()));
  return out;
}

std::string int_to_base(const Object& x, int base) {
  Mpz m(x);
  std::string out(mpz_sizeinbase(m.v, base) + 2, '\0');
  mpz_get_str(out.data(), base, m.v);
  out.resize(std::strlen(out.c_str()));
  return out;
}

int int_sign(const Object& x) {
  if (is_big(x)) return mpz_sgn(as_big(x)->value);
  std::int64_t v = small_value(x);
  return (v > 0) - (v < 0);
}

double int_to_double(const Object& x) {
  if (!is_big(x)) return static_cast<double>(small_value(x));
  const mpz_t& v = as_big(x)->value;
  std::size_t bits = mpz_sizeinbase(v, 2);
  if (bits > 1024) raise_error(exc::OverflowError, "int too large to convert to float");
  // Correct rounding: keep the top 64 bits and fold the rest into a sticky
  // bit, so the hardware's round-half-even conversion decides correctly.
  Mpz a;
  mpz_abs(a.v, v);
  std::size_t shift = bits - 64;
  Mpz top;
  mpz_tdiv_q_2exp(top.v, a.v, shift);
  std::uint64_t m = 0;
  mpz_export(&m, nullptr, -1, sizeof m, 0, 0, top.v);
  if (mpz_scan1(a.v, 0) < shift) m |= 1;
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(shift));
  if (std::isinf(d)) raise_error(exc::OverflowError, "int too large to convert to float");
  return mpz_sgn(v) < 0 ? -d : d;
}

std::int64_t int_hash(const Object& x) {
  if (!is_big(x)) {
    std::int64_t v = small_value(x);
    std::uint64_t u = v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
    auto r = static_cast<std::int64_t>(u % static_cast<std::uint64_t>(kModulus));
    if (v < 0) r = -r;
    return r == -1 ? -2 : r;
  }
  Mpz a;
  mpz_abs(a.v, as_big(x)->value);
  Mpz mod;
  mpz_set_si(mod.v, kModulus);
  mpz_mod(a.v, a.v, mod.v);
  std::int64_t r = mpz_get_si(a.v);
  if (mpz_sgn(as_big(x)->value) < 0) r = -r;
  return r == -1 ? -2 : r;
}

Object int_from_double(double d) {
  if (std::isnan(d)) value_error("cannot convert float NaN to integer");
  if (std::isinf(d)) raise_error(exc::OverflowError, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return Object::from_int(static_cast<std::int64_t>(t));
  Mpz m;
  mpz_set_d(m.v, t);
  return int_from_mpz(m.v);
}

Object int_from_string(std::string_view text, int base) {
  auto invalid = [&]() -> Object {
    value_error("invalid literal for int() with base " + std::to_string(base) + ": " + str_repr_text(text));
  };
  if (base != 0 && (base < 2 || base > 36)) value_error("int() base must be >= 2 and <= 36, or 0");
  std::size_t b = 0, e = text.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (b < e && space(text[b])) ++b;
  while (e > b && space(text[e - 1])) --e;
  std::string_view s = text.substr(b, e - b);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  int real_base = base;
  bool had_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 32);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      real_base = pb;
      s.remove_prefix(2);
      had_prefix = true;
    }
  }
  if (real_base == 0) real_base = 10;
  if (s.empty()) return invalid();
  std::string digits;
  bool prev_underscore = had_prefix;  // "0x_1" is valid: an underscore may follow the prefix
  if (s[0] == '_' && !had_prefix) return invalid();
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (i > 0 && s[i - 1] == '_') return invalid();
      if (i == 0 && !prev_underscore) return invalid();
      continue;
    }
    int v = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'z' ? (c | 32) - 'a' + 10 : 99;
    if (v >= real_base) return invalid();
    digits += c;
  }
  if (s.back() == '_' || digits.empty()) return invalid();
  // Base 0 forbids leading zeros in a non-zero decimal literal ("010").
  if (base == 0 && !had_prefix && digits.size() > 1 && digits[0] == '0') {
    if (digits.find_first_not_of('0') != std::string::npos) return invalid();
  }
  Mpz m;
  mpz_set_str(m.v, digits.c_str(), real_base);
  if (neg) mpz_neg(m.v, m.v);
  return int_from_mpz(m.v);
}

int int_compare(const Object& a, const Object& b) {
  if (!is_big(a) && !is_big(b)) {
    std::int64_t x = small_value(a), y = small_value(b);
    return (x > y) - (x < y);
  }
  Mpz x(a), y(b);
  int c = mpz_cmp(x.v, y.v);
  return (c > 0) - (c < 0);
}

int int_compare_double(const Object& a, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (!is_big(a)) {
    std::int64_t v = small_value(a);
    if (v > -(std::int64_t{1} << 53) && v < (std::int64_t{1} << 53)) {
      auto x = static_cast<double>(v);
      return (x > d) - (x < d);
    }
  }
  Mpz x(a);
  int c = mpz_cmp_d(x.v, d);
  return (c > 0) - (c < 0);
}

// ---- arithmetic --------------------------------------------------------------------------

namespace {

Object big_floordiv_mod(const Object& a, const Object& b, bool want_mod) {
  Mpz x(a), y(b), r;
  if (want_mod) mpz_fdiv_r(r.v, x.v, y.v);
  else mpz_fdiv_q(r.v, x.v, y.v);
  return int_from_mpz(r.v);
}

double true_divide(const Object& a, const Object& b) {
  if (int_sign(b) == 0) zero_division("division by zero");
  if (!is_big(a) && !is_big(b)) {
    std::int64_t x = small_value(a), y = small_value(b);
    constexpr std::int64_t lim = std::int64_t{1} << 53;
    if (x > -lim && x < lim && y > -lim && y < lim) return static_cast<double>(x) / static_cast<double>(y);
  }
  // Exact quotient scaled to 64+ significant bits, then one rounding.
  Mpz x(a), y(b);
  int sign = mpz_sgn(x.v) * mpz_sgn(y.v);
  mpz_abs(x.v, x.v);
  mpz_abs(y.v, y.v);
  if (mpz_sgn(x.v) == 0) return sign < 0 ? -0.0 : 0.0;
  long shift = 66 - static_cast<long>(mpz_sizeinbase(x.v, 2)) + static_cast<long>(mpz_sizeinbase(y.v, 2));
  if (shift > 0) mpz_mul_2exp(x.v, x.v, static_cast<unsigned long>(shift));
  else mpz_mul_2exp(y.v, y.v, static_cast<unsigned long>(-shift));
  Mpz q, r;
  mpz_tdiv_qr(q.v, r.v, x.v, y.v);
  // q has 65..67 bits: keep the top 64 with a sticky bit.
  std::size_t qbits = mpz_sizeinbase(q.v, 2);
  std::size_t drop = qbits > 64 ? qbits - 64 : 0;
  bool sticky = mpz_sgn(r.v) != 0 || (drop > 0 && mpz_scan1(q.v, 0) < drop);
  mpz_tdiv_q_2exp(q.v, q.v, drop);
  std::uint64_t m = 0;
  mpz_export(&m, nullptr, -1, sizeof m, 0, 0, q.v);
  if (sticky) m |= 1;
  double d = std::ldexp(static_cast<double>(m), static_cast<int>(drop) - static_cast<int>(shift));
  if (std::isinf(d)) raise_error(exc::OverflowError, "integer division result too large for a float");
  return sign < 0 ? -d : d;
}

Object int_pow(const Object& a, const Object& b) {
  if (int_sign(b) < 0) {
    if (int_sign(a) == 0) zero_division("0.0 cannot be raised to a negative power");
    return float_binop(BinaryOp::Pow, Object::from_float(int_to_double(a)), Object::from_float(int_to_double(b)));
  }
  if (!is_big(a) && !is_big(b)) {
    std::int64_t base = small_value(a), exp = small_value(b), result = 1;
    bool overflow = false;
    std::int64_t x = base;
    std::int64_t e = exp;
    while (e > 0 && !overflow) {
      if (e & 1) overflow = __builtin_mul_overflow(result, x, &result);
      e >>= 1;
      if (e > 0 && !overflow) overflow = __builtin_mul_overflow(x, x, &x);
    }
    if (!overflow) return Object::from_int(result);
  }
  Mpz x(a), r;
  std::int64_t e;
  if (!int_to_int64(b, e) || e > (std::int64_t{1} << 40)) {
    if (mpz_cmpabs_ui(x.v, 1) <= 0) {
      // 0, 1 and -1 stay small whatever the exponent.
      if (mpz_sgn(x.v) >= 0) return a;
      Mpz bb(b);
      return Object::from_int(mpz_odd_p(bb.v) ? -1 : 1);
    }
    raise_error(exc::MemoryError, "");
  }
  mpz_pow_ui(r.v, x.v, static_cast<unsigned long>(e));
  return int_from_mpz(r.v);
}

Object int_shift(const Object& a, const Object& b, bool left) {
  if (int_sign(b) < 0) value_error("negative shift count");
  std::int64_t n;
  if (!int_to_int64(b, n)) {
    if (!left) return Object::from_int(int_sign(a) < 0 ? -1 : 0);
    if (int_sign(a) == 0) return Object::from_int(0);
    raise_error(exc::OverflowError, "too many digits in integer");
  }
  if (!is_big(a)) {
    std::int64_t v = small_value(a);
    if (!left) return Object::from_int(n >= 63 ? (v < 0 ? -1 : 0) : v >> n);
    if (v == 0) return Object::from_int(0);
    // The overflow test must not overflow itself (signed overflow is undefined; UBSan saw it).
    std::int64_t r;
    if (n < 62 && !__builtin_mul_overflow(v, std::int64_t{1} << n, &r)) return Object::from_int(r);
  }
  Mpz x(a), r;
  if (left) mpz_mul_2exp(r.v, x.v, static_cast<unsigned long>(n));
  else mpz_fdiv_q_2exp(r.v, x.v, static_cast<unsigned long>(n));
  return int_from_mpz(r.v);
}

}  // namespace

Object int_binop(BinaryOp op, const Object& a, const Object& b) {
  if (!is_int(a) || !is_int(b)) return Object();
  bool small = !is_big(a) && !is_big(b);
  std::int64_t x = small ? small_value(a) : 0, y = small ? small_value(b) : 0, r;
  switch (op) {
    case BinaryOp::Add:
      if (small && !__builtin_add_overflow(x, y, &r)) return Object::from_int(r);
      {
        Mpz p(a), q(b);
        mpz_add(p.v, p.v, q.v);
        return int_from_mpz(p.v);
      }
    case BinaryOp::Sub:
      if (small && !__builtin_sub_overflow(x, y, &r)) return Object::from_int(r);
      {
        Mpz p(a), q(b);
        mpz_sub(p.v, p.v, q.v);
        return int_from_mpz(p.v);
      }
    case BinaryOp::Mult:
      if (small && !__builtin_mul_overflow(x, y, &r)) return Object::from_int(r);
      {
        Mpz p(a), q(b);
        mpz_mul(p.v, p.v, q.v);
        return int_from_mpz(p.v);
      }
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      bool mod = op == BinaryOp::Mod;
      if (int_sign(b) == 0) zero_division(mod ? "integer modulo by zero" : "integer division or modulo by zero");
      if (small && !(x == INT64_MIN && y == -1)) {
        std::int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          m += y;
          q -= 1;
        }
        return Object::from_int(mod ? m : q);
      }
      return big_floordiv_mod(a, b, mod);
    }
    case BinaryOp::Div: return Object::from_float(true_divide(a, b));
    case BinaryOp::Pow: return int_pow(a, b);
    case BinaryOp::LShift: return int_shift(a, b, true);
    case BinaryOp::RShift: return int_shift(a, b, false);
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor: {
      if (small) {
        std::int64_t v = op == BinaryOp::BitAnd ? (x & y) : op == BinaryOp::BitOr ? (x | y) : (x ^ y);
        if (a.is_bool() && b.is_bool()) return Object::from_bool(v != 0);
        return Object::from_int(v);
      }
      Mpz p(a), q(b);
      if (op == BinaryOp::BitAnd) mpz_and(p.v, p.v, q.v);
      else if (op == BinaryOp::BitOr) mpz_ior(p.v, p.v, q.v);
      else mpz_xor(p.v, p.v, q.v);
      return int_from_mpz(p.v);
    }
    case BinaryOp::MatMult: return Object();
  }
  return Object();
}

Object int_pow_mod(const Object& a, const Object& b, const Object& mod) {
  if (int_sign(mod) == 0) value_error("pow() 3rd argument cannot be 0");
  Mpz x(a), e(b), m(mod), r;
  if (mpz_sgn(e.v) < 0) {
    if (mpz_invert(x.v, x.v, m.v) == 0) value_error("base is not invertible for the given modulus");
    mpz_neg(e.v, e.v);
  }
  bool neg_mod = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  mpz_powm(r.v, x.v, e.v, m.v);
  // CPython's result takes the modulus's sign.
  if (neg_mod && mpz_sgn(r.v) != 0) mpz_sub(r.v, r.v, m.v);
  return int_from_mpz(r.v);
}

// ---- IntObject protocol ------------------------------------------------------------------

Object IntObject::repr() { return str_from(int_to_decimal(Object(this))); }
std::int64_t IntObject::hash() { return int_hash(Object(this)); }

Object IntObject::richcompare(const Object& other, CmpOp op) {
  int c;
  if (is_int(other)) c = int_compare(Object(this), other);
  else if (other.is_float()) c = int_compare_double(Object(this), other.as_float());
  else return Object();
  if (c == 2) return Object::from_bool(op == CmpOp::Ne);
  return detail::richcompare_result(c, op);
}

Object IntObject::truthy() { return Object::from_bool(mpz_sgn(value) != 0); }

Object IntObject::binop(BinaryOp op, const Object& other, bool reflected) {
  if (other.is_float()) {
    return reflected ? float_binop(op, other, Object(this)) : float_binop(op, Object(this), other);
  }
  return reflected ? int_binop(op, other, Object(this)) : int_binop(op, Object(this), other);
}

Object IntObject::unaryop(UnaryOp op) {
  Mpz r;
  switch (op) {
    case UnaryOp::UAdd: return int_from_mpz(value);  // long_pos: an exact int, also for a subclass
    case UnaryOp::USub: mpz_neg(r.v, value); break;
    case UnaryOp::Invert: mpz_com(r.v, value); break;
  }
  return int_from_mpz(r.v);
}

// ---- int() and bool() ------------------------------------------------------------------------

namespace {

// long_new_impl: the value int(x) or int(x, base) gives, a plain int.
Object int_value_new(const CallArgs& args) {
  Object a[2];
  parse_args(args, "int", {"", "base"}, 2, 0, a);
  if (a[0].is_unbound()) {
    if (!a[1].is_unbound()) type_error("int() missing string argument");
    return Object::from_int(0);
  }
  const Object& x = a[0];
  if (!a[1].is_unbound()) {
    std::int64_t base = index_value(a[1]);
    if (is_str(x)) return int_from_string(str_view(x), static_cast<int>(base));
    std::string_view bytes;
    if (bytes_like_view(x, bytes)) return int_from_string(bytes, static_cast<int>(base));
    type_error("int() can't convert non-string with explicit base");
  }
  if (x.is_bool()) return Object::from_int(x.as_bool());
  // A subclass's instance goes through its __int__ (a user's, else long_long's exact copy), as
  // PyNumber_Long takes only PyLong_CheckExact values as they are.
  if (is_int(x) && !is_scalar_subclass_instance(x)) return x;
  if (x.is_float()) return int_from_double(x.as_float());
  if (is_str(x)) return int_from_string(str_view(x), 10);
  std::string_view bytes;
  if (bytes_like_view(x, bytes)) return int_from_string(bytes, 10);
  namespace nm = detail::names;
  for (const Object* name : {&nm::int_, &nm::index}) {
    Object m = x.type()->lookup(*name);
    if (m.is_unbound()) continue;
    Object r = detail::call_as_method(m, x, {});
    if (!is_int(r)) {
      type_error(std::string(name == &nm::int_ ? "__int__" : "__index__") + " returned non-int (type " +
                 type_name_text(r) + ")");
    }
    return r.is_bool() ? Object::from_int(r.as_bool()) : exact_builtin_value(r);
  }
  static const Object trunc_name = intern("__trunc__");
  Object m = x.type()->lookup(trunc_name);
  if (!m.is_unbound()) return detail::call_as_method(m, x, {});
  type_error("int() argument must be a string, a bytes-like object or a real number, not '" + type_name_text(x) + "'");
}

// int(...), or for a subclass (long_subtype_new) an instance of it holding int(...)'s value.
Object int_new(TypeObject* type, const CallArgs& args) {
  Object v = int_value_new(args);
  if (type == types::int_) return v;
  Object obj = detail::new_native_subclass<IntObject>(type);
  int_to_mpz(v, static_cast<IntObject*>(obj.heap())->value);
  return obj;
}

Object bool_new(TypeObject*, const CallArgs& args) {
  if (args.nkw) type_error("bool() takes no keyword arguments");
  if (args.npos > 1) type_error("bool expected at most 1 argument, got " + std::to_string(args.npos));
  return Object::from_bool(args.npos == 1 && truthy(args.args[0]));
}

Object int_bit_length(const Object& self, const CallArgs&) {
  if (!is_big(self)) {
    std::int64_t v = small_value(self);
    std::uint64_t u = v < 0 ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
    return Object::from_int(u == 0 ? 0 : 64 - __builtin_clzll(u));
  }
  return Object::from_int(static_cast<std::int64_t>(mpz_sizeinbase(as_big(self)->value, 2)));
}

Object int_bit_count(const Object& self, const CallArgs&) {
  Mpz m(self);
  mpz_abs(m.v, m.v);
  return Object::from_int(static_cast<std::int64_t>(mpz_popcount(m.v)));
}

Object int_conjugate(const Object& self, const CallArgs& args) {
  check_nargs(args, "conjugate", 0, 0);
  return self.is_bool() ? Object::from_int(self.as_bool()) : self;
}

Object int_format(const Object& self, const CallArgs& args) {
  check_nargs(args, "__format__", 1, 1);
  if (!is_str(args.args[0])) bad_argument("__format__", 0, "str", args.args[0]);
  if (detail::formats_as_str(self, args.args[0])) return str(self);
  return str_from(format_int(self, str_view(args.args[0])));
}

// The table gives CPython's METH_NOARGS errors with the qualified name
// ("int.bit_count() takes no arguments (1 given)").
const NativeMethodDef int_methods[] = {
    {"bit_length", int_bit_length, 0, 0},
    {"bit_count", int_bit_count, 0, 0},
};

}  // namespace

void detail::init_int_types() {
  types::int_ = make_builtin_type("int", nullptr, "builtins", int_new, true);
  types::bool_ = make_builtin_type("bool", types::int_, "builtins", bool_new, false);
  types::bool_->is_final_in_cpython = true;  // bool's two instances are its only ones
  add_methods(types::int_, int_methods);
  add_method(types::int_, "conjugate", int_conjugate);
  add_method(types::int_, "__format__", int_format);
}

}  // namespace pyrt
