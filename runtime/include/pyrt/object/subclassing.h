// What a `class` statement does with each class pyrt provides: pyrt supports the subclass,
// CPython 3.11 forbids it too (no Py_TPFLAGS_BASETYPE), or CPython allows it and pyrt does not
// yet. pyrt-dump-names writes this for the translator, which rejects the last kind. Also the
// value an instance of a user subclass of int, float, str or bytes stands for.
#pragma once

#include <cstdint>

#include "pyrt/object/object.h"

namespace pyrt {

/// How a value used as a base class fares.
enum class Subclassing : std::uint8_t {
  Supported,  ///< make_class gives the subclass the base's layout
  Final,      ///< CPython raises "type 'bool' is not an acceptable base type" too
  NotYet,     ///< CPython accepts it (or differs from make_class's error); pyrt cannot yet
};

/// The verdict for `base`, a builtin or a module attribute: a class by its
/// flags; a generic alias (typing.List) by its __origin__ class, which
/// make_class subclasses instead; any other value NotYet, since make_class's
/// "bases must be types" is not CPython's behaviour for it (itertools.product
/// is a class in CPython, typing.Any subclassable). Never throws.
Subclassing subclassing_of(const Object& base);

/// True when `x` is an instance of a user subclass of int, float, str or bytes (a heap object
/// of the user's class carrying the builtin's value: IntObject, FloatObject, StrObject or
/// BytesObject); false for the builtins' own values and everything else. The negation of
/// CPython's PyLong_CheckExact among PyLong_Check's yes answers, and so on. Never throws.
bool is_scalar_subclass_instance(const Object& x) noexcept;

/// The value `x` carries as an exact int, float, str or bytes when is_scalar_subclass_instance
/// (what CPython's long_long, float_float, unicode_result_unchanged and bytes' methods return
/// for a subclass's receiver: `int.__pos__(m)` and `S("a").strip()` are plain); `x` itself
/// otherwise. Throws only MemoryError-like std::bad_alloc.
Object exact_builtin_value(const Object& x);

}  // namespace pyrt
