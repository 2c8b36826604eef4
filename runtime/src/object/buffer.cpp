// The buffer protocol's two ways of reading a bytes-like object: a view of
// contiguous memory (PyBUF_SIMPLE) and a contiguous copy (PyBuffer_ToContiguous).
#include "pyrt/object/buffer.h"

#include "internal.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// bytes (a subclass's instance too) and bytearray: their whole contents, always contiguous.
bool owned_bytes(const Object& x, std::string_view& out) noexcept {
  if (!x.is_heap()) return false;
  if (x.heap()->type->solid == types::bytes) {
    out = static_cast<BytesObject*>(x.heap())->data;
    return true;
  }
  if (x.heap()->type == types::bytearray) {
    out = static_cast<ByteArrayObject*>(x.heap())->data;
    return true;
  }
  return false;
}

}  // namespace

bool bytes_like_view(const Object& x, std::string_view& out) {
  if (owned_bytes(x, out)) return true;
  if (!is_memoryview(x)) return false;
  auto* mv = static_cast<MemoryViewObject*>(x.heap());
  mv->check_released();
  // memory_getbuf: PyBUF_SIMPLE asks for C-contiguous memory.
  if (!mv->is_contiguous()) raise_error(exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
  out = mv->contiguous_bytes();
  return true;
}

bool try_bytes_like_view(const Object& x, std::string_view& out) noexcept {
  if (owned_bytes(x, out)) return true;
  if (!is_memoryview(x)) return false;
  auto* mv = static_cast<MemoryViewObject*>(x.heap());
  if (mv->released() || !mv->is_contiguous()) return false;
  out = mv->contiguous_bytes();
  return true;
}

bool bytes_like_copy(const Object& x, std::string& out) {
  std::string_view view;
  if (owned_bytes(x, view)) {
    out = std::string(view);
    return true;
  }
  if (!is_memoryview(x)) return false;
  out = static_cast<MemoryViewObject*>(x.heap())->tobytes();
  return true;
}

}  // namespace pyrt
