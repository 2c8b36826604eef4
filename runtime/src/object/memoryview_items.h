// The items of a memoryview: struct's native formats, one item at a time
// (internal to pyrt). Mirrors CPython 3.11's Objects/memoryobject.c
// get_native_fmtchar, unpack_single and pack_single.
#pragma once

#include <cstdint>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt::detail {

/// get_native_fmtchar: the size of one item of `format` ("B", "@h", ...), or
/// 0 when it is not one native struct code memoryview can cast to.
std::int64_t native_item_size(std::string_view format) noexcept;

/// unpack_single: the item at `p` of struct code `code` as an int, float,
/// bool or (for 'c') a bytes of length one.
Object unpack_item(char code, const char* p);

/// pack_single: stores `value` at `p` as an item of struct code `code`.
/// TypeError "memoryview: invalid type for format 'B'" for a value of the
/// wrong kind, ValueError "memoryview: invalid value for format 'B'" for one
/// out of the item's range (or a bytes of length other than one for 'c').
void pack_item(char code, const Object& value, char* p);

}  // namespace pyrt::detail
