// Frame pool for coroutine frames and the leaf-side half of the drive protocol.
#include "pyrt/coro/frame.h"

#include <array>
#include <utility>

#include "pyrt/object/exception.h"

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

void rethrow_thrown_in(DriveState* drive) {
  if (drive->throw_in.is_unbound()) return;
  Object e = std::exchange(drive->throw_in, Object());
  throw PyException{std::move(e)};
}

}  // namespace pyrt
