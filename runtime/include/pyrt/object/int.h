// int: unboxed int64 in Object, GMP-backed IntObject beyond. Results are
// always normalized (a value that fits int64 is unboxed), so equal values
// have one representation. Mirrors CPython's Objects/longobject.c: floor
// division and modulo signs, ** with negative exponents giving float, hash
// modulo 2**61-1, int(str, base) and its ValueError texts.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// An int outside the int64 range, or (as the base of an int subclass's
/// instances, detail::NativeSubclass<IntObject>) any int value. An exact int
/// never holds a value that fits int64.
struct IntObject : HeapObject {
  IntObject();
  /// An instance of `type`, a subclass of int, holding 0 until its value is set.
  explicit IntObject(TypeObject* type);
  ~IntObject() override;
  mpz_t value;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object unaryop(UnaryOp op) override;
};

/// True for int and bool values (unboxed or big) and instances of int's
/// subclasses (CPython's PyLong_Check).
bool is_int(const Object& x) noexcept;
/// An int from decimal digits (optionally with a leading '-'), any size.
Object int_from_digits(std::string_view decimal);
/// int(text, base) with CPython's parsing (whitespace, sign, underscores,
/// 0x/0o/0b prefixes when base is 0 or matches) and its error "invalid
/// literal for int() with base 10: 'x'".
Object int_from_string(std::string_view text, int base);
/// int(x) for a float: truncates; ValueError "cannot convert float NaN to
/// integer", OverflowError "cannot convert float infinity to integer".
Object int_from_double(double d);
/// An int from a GMP value, unboxed when it fits.
Object int_from_mpz(const mpz_t v);
/// Copies any int (or bool) into `out` (which must be initialized).
void int_to_mpz(const Object& x, mpz_t out);
/// Decimal text of an int (bool prints as 0/1 here).
std::string int_to_decimal(const Object& x);
/// Text in base 2, 8, 10 or 16 without prefix, '-' for negatives.
std::string int_to_base(const Object& x, int base);
/// The value of an int (or an int subclass's instance) as int64 if it fits;
/// false otherwise (or when not an int).
bool int_to_int64(const Object& x, std::int64_t& out) noexcept;
/// float(x); OverflowError "int too large to convert to float".
double int_to_double(const Object& x);
/// CPython's hash of an int (modulo 2**61-1, -1 becomes -2).
std::int64_t int_hash(const Object& x);
/// Sign of an int: -1, 0 or 1.
int int_sign(const Object& x);

/// `a op b` when both are ints (or bools); unbound when either is not.
/// True division and negative powers return floats. Raises
/// ZeroDivisionError "integer division or modulo by zero" / "division by
/// zero", ValueError "negative shift count".
Object int_binop(BinaryOp op, const Object& a, const Object& b);
/// Three-way comparison of two ints: -1, 0, 1.
int int_compare(const Object& a, const Object& b);
/// Exact comparison of an int with a float (CPython's float_richcompare).
/// Returns -1/0/1, or 2 when `d` is NaN (unordered).
int int_compare_double(const Object& a, double d);
/// pow(a, b, mod) for ints; ValueError "pow() 3rd argument cannot be 0".
Object int_pow_mod(const Object& a, const Object& b, const Object& mod);

}  // namespace pyrt
