// float: unboxed doubles. repr is CPython's shortest round-trip form
// (Python/pystrtod.c format_float_short in 'r' mode); arithmetic follows
// Objects/floatobject.c (floor division and modulo signs, error texts).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// An instance of a user subclass of float (float values themselves are unboxed in Object):
/// the class plus the value, made by float.__new__ (float_subtype_new) and the base of
/// detail::NativeSubclass<FloatObject>. Its protocol is float's on `value`; results are
/// plain floats, as CPython's float_add gives for a subclass.
struct FloatObject : HeapObject {
  explicit FloatObject(TypeObject* type) : HeapObject(type) {}
  double value = 0.0;

  Object repr() override;
  std::int64_t hash() override;
  Object richcompare(const Object& other, CmpOp op) override;
  Object truthy() override;
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  Object unaryop(UnaryOp op) override;
};

/// repr(d) / str(d): "1.0", "1e+16", "1e-05", "inf", "nan", "-0.0".
std::string float_repr_text(double d);
/// float(text): accepts CPython's spellings (whitespace, underscores
/// between digits, "inf", "nan", "infinity"); ValueError "could not convert
/// string to float: 'x'".
double float_from_string(std::string_view text);
/// The value of an int or float (or an instance of a subclass of either) as double; false
/// when `x` is neither.
/// OverflowError for ints too large.
bool to_double(const Object& x, double& out);
/// `a op b` when one is a float and the other a float or int; unbound
/// otherwise. ZeroDivisionError "float division by zero", "float floor
/// division by zero", "float modulo", OverflowError "(34, 'Numerical
/// result out of range')" for ** overflow. A negative number raised to a
/// fractional power is a complex number, as in CPython.
Object float_binop(BinaryOp op, const Object& a, const Object& b);
/// CPython's hash of a float (integral values hash like the int).
std::int64_t float_hash(double d);
/// round(d) (banker's rounding, returns int) and round(d, ndigits)
/// (correctly rounded, returns float).
Object float_round(double d);
Object float_round_ndigits(double d, std::int64_t ndigits);
/// divmod for floats with CPython's sign rules.
void float_divmod(double a, double b, double& q, double& r);

}  // namespace pyrt
