// format() and f-strings: the format-spec mini-language for int, float,
// complex, str and bool, and user __format__. Mirrors CPython's Python/formatter_unicode.c
// and Objects/stringlib/unicode_format.h (error texts included).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// format(value, spec): `spec` a str or unbound (meaning ''). Dispatches to
/// type(value).__format__ for user classes. ValueError "Unknown format code
/// 'd' for object of type 'float'", "Invalid format specifier", ...
Object format(const Object& value, const Object& spec);
/// The same with the spec as text; returns UTF-8.
std::string format_text(const Object& value, std::string_view spec);
/// Concatenates the already formatted parts of an f-string (all strs).
Object fstring_join(std::initializer_list<Object> parts);

/// The builtin types' __format__ implementations.
std::string format_int(const Object& value, std::string_view spec);
std::string format_float(double value, std::string_view spec);
std::string format_str(std::string_view value, std::string_view spec);
/// format(complex(real, imag), spec), as format_complex_internal: no type
/// means str()'s form (parentheses unless the real part is +0.0) with 'g'
/// digits when a precision is given; each part is formatted as a float, the
/// imaginary one always signed; ValueError "Zero padding is not allowed in
/// complex format specifier", "'=' alignment flag is not allowed in complex
/// format specifier", "Unknown format code '%' for object of type 'complex'".
std::string format_complex(double real, double imag, std::string_view spec);

}  // namespace pyrt
