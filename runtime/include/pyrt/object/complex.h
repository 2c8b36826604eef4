// complex: an immutable pair of doubles. Mirrors CPython 3.11's
// Objects/complexobject.c (complex_new, _Py_c_quot, complex_pow, complex_hash,
// complex_repr, complex_richcompare) and its error texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// A complex number, type `complex`. Arithmetic takes int, bool, float and
/// complex operands (ints converted as PyLong_AsDouble: OverflowError "int too
/// large to convert to float"); ordering comparisons are NotImplemented, so
/// `<` raises "'<' not supported between instances of 'complex' and 'int'".
struct ComplexObject final : HeapObject {
  ComplexObject(double real, double imag);
  double real, imag;

  /// "1j", "(1+2j)", "(-0-1j)", "(1+nanj)", "infj", "(1e+100+1j)".
  Object repr() override;
  /// complex_hash: hash(real) + 1000003 * hash(imag) in unsigned arithmetic,
  /// so hash(complex(x, 0)) == hash(x).
  std::int64_t hash() override;
  /// == and != against int, float and complex; unbound (NotImplemented) otherwise.
  Object richcompare(const Object& other, CmpOp op) override;
  Object truthy() override;
  /// + - * / **, `other` an int, float or complex; unbound for other operators
  /// and operands. ZeroDivisionError "complex division by zero", "0.0 to a
  /// negative or complex power"; OverflowError "complex exponentiation".
  Object binop(BinaryOp op, const Object& other, bool reflected) override;
  /// - and +; ~ is unbound ("bad operand type for unary ~: 'complex'").
  Object unaryop(UnaryOp op) override;
};

/// A new complex number real + imag*1j.
Object complex_from(double real, double imag);
/// True when `x` is a complex number.
bool is_complex(const Object& x) noexcept;
/// repr(complex(real, imag)).
std::string complex_repr_text(double real, double imag);
/// abs(z): hypot of the parts (inf if either part is infinite, even with a
/// NaN); OverflowError "absolute value too large" when finite parts overflow.
Object complex_abs(const Object& z);
/// `a ** b` for complex numbers given as parts (complex_pow): exact repeated
/// multiplication for integral exponents up to 100 in magnitude, polar form
/// otherwise. Raises as ComplexObject::binop does. Also what a negative float
/// raised to a fractional power gives (float_pow hands it to complex).
Object complex_pow(double ar, double ai, double br, double bi);

}  // namespace pyrt
