// Frame pool for coroutine frames and the leaf-side half of the drive protocol.
#include "pyrt/coro/frame.h"

#include <array>
#include <utility>

#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// Frames of translated functions are a few hundred bytes; 64-byte classes up
// to 4 KiB cover them, larger frames go to operator new.
constexpr std::size_t kClassBytes = 64;
constexpr std::size_t kClasses = 64;

struct FreeNode {
  FreeNode* next;
};

std::array<FreeNode*, kClasses> free_lists{};

std::size_t size_class(std::size_t size) { return (size + kClassBytes - 1) / kClassBytes; }

}  // namespace

void* frame_allocate(std::size_t size) {
  std::size_t c = size_class(size);
  if (c >= kClasses) return ::operator new(size);
  if (FreeNode* n = free_lists[c]) {
    free_lists[c] = n->next;
    return n;
  }
  return ::operator new(c * kClassBytes);
}

void frame_free(void* p, std::size_t size) noexcept {
  std::size_t c = size_class(size);
  if (c >= kClasses) {
    ::operator delete(p);
    return;
  }
  auto* n = static_cast<FreeNode*>(p);
  n->next = free_lists[c];
  free_lists[c] = n;
}

Object exception_from_throw_args(const CallArgs& args) {
  const Object& typ = args.args[0];
  Object val = args.npos >= 2 ? args.args[1] : Object::none();
  if (isinstance(typ, Object(exc::BaseException))) {
    if (!val.is_none()) raise_error(exc::TypeError, "instance exception may not have a separate value");
    return typ;
  }
  if (isinstance(typ, Object(types::type)) && static_cast<TypeObject*>(typ.heap())->is_subtype(exc::BaseException)) {
    if (isinstance(val, Object(exc::BaseException))) return val;
    return val.is_none() ? call(typ, {}) : call(typ, {val});
  }
  raise_error(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                                  std::string(type_name(typ)));
}

Object yielded_or_stop(bool yielded, Object out) {
  if (yielded) return out;
  raise(new_exception_args(exc::StopIteration, {out}));
}

void rethrow_thrown_in(DriveState* drive) {
  if (drive->throw_in.is_unbound()) return;
  Object e = std::exchange(drive->throw_in, Object());
  throw PyException{std::move(e)};
}

}  // namespace pyrt
