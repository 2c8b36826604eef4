// The recursion limit: CPython's count of nested frames checked against
// sys.getrecursionlimit(). Mirrors Python/ceval.c (3.11) _Py_EnterRecursiveCall
// / _Py_CheckRecursiveCall and Python/sysmodule.c sys_setrecursionlimit.
#pragma once

#include <cstdint>

namespace pyrt {

namespace detail {
/// Frames counted now (CPython's recursion_limit - recursion_remaining): the
/// module body is 1, each running Python frame adds one, as do the C-level
/// calls CPython counts (a class call around __init__, asyncio's C steps).
extern int recursion_depth;
extern int recursion_limit;
/// RecursionError "maximum recursion depth exceeded" + `where` (CPython's
/// suffixes, e.g. " while calling a Python object").
[[noreturn]] void raise_recursion_error(const char* where);
}  // namespace detail

/// One counted frame for as long as it lives. Entering raises RecursionError
/// (and counts nothing) when the depth would exceed the limit, as CPython's
/// check does before a frame runs: with the default limit of 1000 a function
/// called from the module body can nest 999 deep.
class RecursionGuard {
 public:
  explicit RecursionGuard(const char* where = "") {
    if (++detail::recursion_depth > detail::recursion_limit) {
      --detail::recursion_depth;
      detail::raise_recursion_error(where);
    }
  }
  ~RecursionGuard() { --detail::recursion_depth; }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

/// Whether one more frame would exceed the limit. Coroutine and async
/// generator frames are entered by symmetric transfers, which cannot raise:
/// the awaiting frame checks this first (raising RecursionError there, as
/// CPython's failed frame entry does), then the transfer counts the frame
/// with enter_frame() and the transfer out of it with leave_frame().
inline bool at_recursion_limit() noexcept { return detail::recursion_depth >= detail::recursion_limit; }
inline void enter_frame() noexcept { ++detail::recursion_depth; }
inline void leave_frame() noexcept { --detail::recursion_depth; }

/// sys.setrecursionlimit(limit): ValueError "recursion limit must be greater
/// or equal than 1"; RecursionError "cannot set the recursion limit to N at
/// the recursion depth D: the limit is too low" when D >= N.
void set_recursion_limit(std::int64_t limit);

}  // namespace pyrt
