// The recursion depth and limit. Mirrors Python/ceval.c (3.11)
// _Py_CheckRecursiveCall's message and Python/sysmodule.c
// sys_setrecursionlimit_impl's checks.
#include "pyrt/object/recursion.h"

#include <string>

#include "pyrt/object/exception.h"

namespace pyrt {

namespace detail {
int recursion_depth = 0;
// Py_DEFAULT_RECURSION_LIMIT.
int recursion_limit = 1000;

void raise_recursion_error(const char* where) {
  raise_error(exc::RecursionError, std::string("maximum recursion depth exceeded") + where);
}
}  // namespace detail

void set_recursion_limit(std::int64_t limit) {
  if (limit < 1) raise_error(exc::ValueError, "recursion limit must be greater or equal than 1");
  if (detail::recursion_depth >= limit) {
    raise_error(exc::RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                         " at the recursion depth " + std::to_string(detail::recursion_depth) +
                                         ": the limit is too low");
  }
  detail::recursion_limit = static_cast<int>(limit);
}

}  // namespace pyrt
