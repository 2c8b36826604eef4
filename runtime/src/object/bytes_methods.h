// The methods bytes and bytearray share (internal to pyrt). Mirrors CPython
// 3.11's Objects/bytes_methods.c and the stringlib templates both types
// instantiate (split, strip, join, replace, partition, ...).
#pragma once

#include <string_view>

#include "pyrt/object/type.h"

namespace pyrt::detail {

/// Adds the shared byte-string methods to `type` (types::bytes or
/// types::bytearray). Each method reads its receiver's bytes directly
/// (try_bytes_like_view) and builds results of the receiver's own type, as
/// CPython's two instantiations of stringlib do.
void add_bytes_methods(TypeObject* type);

/// _Py_strhex_impl for `NAME.hex(sep=..., bytes_per_sep=1)` over `data`
/// (bytes, bytearray and memoryview share it): the hex digits as a str, `sep`
/// (a str or bytes of one ASCII character) between groups of `bytes_per_sep`
/// bytes counted from the right, or from the left when negative. TypeError
/// "sep must be str or bytes.", ValueError "sep must be length 1.".
Object strhex(std::string_view data, const CallArgs& args, const char* name);

/// _Py_bytes_contains for `item in data` (bytes and bytearray): an int in
/// range(0, 256) (ValueError "byte must be in range(0, 256)") or a bytes-like
/// subsequence (TypeError "a bytes-like object is required, not 'str'").
Object bytes_contains(std::string_view data, const Object& item);

}  // namespace pyrt::detail
