// The buffer protocol as far as pyrt has buffers: bytes, bytearray and
// memoryview. Mirrors CPython 3.11's PyObject_GetBuffer(PyBUF_SIMPLE) and
// PyBuffer_ToContiguous (Objects/abstract.c, memoryobject.c memory_getbuf).
#pragma once

#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

/// PyObject_GetBuffer(x, PyBUF_SIMPLE): the contiguous bytes of a bytes,
/// bytearray or memoryview object in `out`; false for anything else. A
/// released memoryview raises ValueError "operation forbidden on released
/// memoryview object", a non-contiguous one BufferError "memoryview:
/// underlying buffer is not C-contiguous". The view is valid until the
/// object is resized or released.
bool bytes_like_view(const Object& x, std::string_view& out);

/// bytes_like_view for callers that clear the buffer error and report their
/// own (bytes_concat's "can't concat", join's "expected a bytes-like
/// object", rich comparisons returning NotImplemented): false on any failure.
bool try_bytes_like_view(const Object& x, std::string_view& out) noexcept;

/// PyBuffer_ToContiguous: a copy of the bytes of a bytes, bytearray or
/// memoryview object (a strided view is read item by item) into `out`; false
/// for anything else. Raises ValueError for a released memoryview.
bool bytes_like_copy(const Object& x, std::string& out);

}  // namespace pyrt
