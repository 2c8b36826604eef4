// mappingproxy: the read-only view of a mapping that a class's __dict__ is.
// Mirrors CPython's Objects/descrobject.c (mappingproxy_* functions).
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// A read-only view of `mapping` (a class's dict): reads, iteration, len,
/// `in`, keys/values/items/get/copy and `|` go to the mapping; item
/// assignment and deletion raise TypeError "'mappingproxy' object does not
/// support item assignment" / "... item deletion". repr
/// "mappingproxy({...})".
Object make_mappingproxy(const Object& mapping);

}  // namespace pyrt
