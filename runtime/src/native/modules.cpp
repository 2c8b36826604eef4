// Registers the native stand-ins for CPython's C modules (native.h).
#include "native.h"

#include "pyrt/object/import.h"

namespace pyrt::native {

void init_native_modules() {
  register_module("_heapq", make_heapq_module);
  register_module("_bisect", make_bisect_module);
}

}  // namespace pyrt::native
