// types.SimpleNamespace: an object whose attributes are its keyword arguments, the type of
// sys.implementation. Mirrors Objects/namespaceobject.c.
#pragma once

#include <initializer_list>
#include <utility>

#include "pyrt/object/object.h"

namespace pyrt {

/// The class types.SimpleNamespace (made on first use; subclassable). Its instances keep
/// their attributes in their __dict__; `__init__(**kwargs)` sets them ("no positional
/// arguments expected" otherwise), the repr is `namespace(a=1, b='x')` (a subclass's name for
/// a subclass's instance, `namespace(...)` when recursive), == compares the dicts of two
/// namespaces, and instances are unhashable.
TypeObject* simple_namespace_type();

/// A SimpleNamespace with `attributes` (name, value) in that order.
Object make_simple_namespace(std::initializer_list<std::pair<const char*, Object>> attributes);

}  // namespace pyrt
