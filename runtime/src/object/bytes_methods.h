// The methods bytes and bytearray share (internal to pyrt). Mirrors CPython
// 3.11's Objects/bytes_methods.c and the stringlib templates both types
// instantiate (split, strip, join, replace, partition, ...).
#pragma once

#include "pyrt/object/type.h"

namespace pyrt::detail {

/// Adds the shared byte-string methods to `type` (types::bytes or
/// types::bytearray). Each method reads its receiver through
/// bytes_like_view and builds results of the receiver's own type, as
/// CPython's two instantiations of stringlib do.
void add_bytes_methods(TypeObject* type);

}  // namespace pyrt::detail
