// register_all_native_modules(): every native module's registration, for the tools and tests
// that need all of them. It is the one file that references every module, so no translated
// program links it.
#include "module_registrations.h"
#include "pyrt/object/import.h"

void pyrt::register_all_native_modules() {
  pystd_10_future::register_module();
  pystd_7_bisect::register_module();
  pystd_12_collections::register_module();
  pystd_10_functools::register_module();
  pystd_8_hashlib::register_module();
  pystd_6_heapq::register_module();
  pystd_3_io::register_module();
  pystd_4_md5::register_module();
  pystd_9_operator::register_module();
  pystd_19_py2cpp_collections::register_module();
  pystd_10_py2cpp_io::register_module();
  pystd_13_py2cpp_types::register_module();
  pystd_7_random::register_module();
  pystd_5_sha1::register_module();
  pystd_7_sha256::register_module();
  pystd_7_sha512::register_module();
  pystd_4_sre::register_module();
  pystd_5_stat::register_module();
  pystd_7_string::register_module();
  pystd_7_struct::register_module();
  pystd_7_thread::register_module();
  pystd_9_warnings::register_module();
  pystd_8_weakref::register_module();
  pystd_3abc::register_module();
  pystd_7asyncio::register_module();
  pystd_6atexit::register_module();
  pystd_8binascii::register_module();
  pystd_8builtins::register_module();
  pystd_7copyreg::register_module();
  pystd_11dataclasses::register_module();
  pystd_9functools::register_module();
  pystd_2gc::register_module();
  pystd_9itertools::register_module();
  pystd_4math::register_module();
  pystd_5posix::register_module();
  pystd_3pwd::register_module();
  pystd_3sys::register_module();
  pystd_4time::register_module();
  pystd_6typing::register_module();
  pystd_11unicodedata::register_module();
}
