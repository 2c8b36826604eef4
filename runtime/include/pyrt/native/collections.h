// The native module `_collections` (`from _collections import deque`), the C part of CPython's
// collections package: deque, defaultdict, OrderedDict, _tuplegetter and _count_elements, in
// runtime/src/native/. Mirrors CPython 3.11's Modules/_collectionsmodule.c and
// Objects/odictobject.c.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// Builds the `_collections` module object. Creates its types on first use; throws nothing
/// but std::bad_alloc.
Object make_collections_native_module();

/// Registers make_collections_native_module with the module registry (import.h) under
/// `_collections`. Every translation unit including this header calls it once during static
/// initialization, which also keeps the module linked in from the static library.
bool register_collections_module();
namespace detail {
inline const bool collections_registered = register_collections_module();
}  // namespace detail

}  // namespace pyrt
