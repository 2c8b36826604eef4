// Registers the native stand-ins for CPython's C modules (native.h).
#include "native.h"

#include "pyrt/object/import.h"

namespace pyrt::native {

void init_native_modules() {
  register_module("_heapq", make_heapq_module);
  register_module("_bisect", make_bisect_module);
  register_module("itertools", make_itertools_module);
  register_module("_collections", make_collections_module);
  register_module("_functools", make_functools_module);
  register_module("_io", make_io_module);
  register_module("_operator", make_operator_module);
  register_module("_py2cpp_types", make_types_parts_module);
  register_module("_sre", make_sre_module);
  register_module("_thread", make_thread_module);
  register_module("_weakref", make_weakref_module);
  register_module("atexit", make_atexit_module);
  register_module("gc", make_gc_module);
  register_module("unicodedata", make_unicodedata_module);
}

}  // namespace pyrt::native
