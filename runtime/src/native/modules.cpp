// Registers the native stand-ins for CPython's C modules (native.h).
#include "native.h"

#include "pyrt/object/import.h"

namespace pyrt::native {

void init_native_modules() {
  register_module("_heapq", make_heapq_module);
  register_module("_hashlib", make_hashlib_module);
  register_module("_md5", make_md5_module);
  register_module("_sha1", make_sha1_module);
  register_module("_sha256", make_sha256_module);
  register_module("_sha512", make_sha512_module);
  register_module("_bisect", make_bisect_module);
  register_module("itertools", make_itertools_module);
  register_module("_collections", make_collections_module);
  register_module("_functools", make_functools_module);
  register_module("_io", make_io_module);
  register_module("_operator", make_operator_module);
  register_module("_py2cpp_collections", make_collections_parts_module);
  register_module("_py2cpp_types", make_types_parts_module);
  register_module("_py2cpp_io", make_io_parts_module);
  register_module("_random", make_random_module);
  register_module("_sre", make_sre_module);
  register_module("_stat", make_stat_module);
  register_module("_struct", make_struct_module);
  register_module("_thread", make_thread_module);
  register_module("_warnings", make_warnings_module);
  register_module("_weakref", make_weakref_module);
  register_module("atexit", make_atexit_module);
  register_module("binascii", make_binascii_module);
  register_module("gc", make_gc_module);
  register_module("unicodedata", make_unicodedata_module);
}

}  // namespace pyrt::native
