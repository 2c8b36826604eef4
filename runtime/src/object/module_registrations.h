// The registration function of every native module of stdlib/manifest.txt, one per module
// in the namespace its name spells (translator/lower's stdlib_namespace, as a translated
// stdlib unit's): `pystd_6_heapq::register_module()` makes `_heapq` importable. Each is
// defined in its module's own file, so a static link pulls in a module's code only when a
// program calls its registration: the generated main() calls those of the modules the
// program imports (and of what they require), and pyrt links nothing else.
#pragma once

namespace pystd_10_future {
void register_module();  // __future__
}
namespace pystd_7_bisect {
void register_module();  // _bisect
}
namespace pystd_12_collections {
void register_module();  // _collections
}
namespace pystd_10_functools {
void register_module();  // _functools
}
namespace pystd_8_hashlib {
void register_module();  // _hashlib
}
namespace pystd_6_heapq {
void register_module();  // _heapq
}
namespace pystd_3_io {
void register_module();  // _io
}
namespace pystd_4_md5 {
void register_module();  // _md5
}
namespace pystd_9_operator {
void register_module();  // _operator
}
namespace pystd_19_py2cpp_collections {
void register_module();  // _py2cpp_collections
}
namespace pystd_10_py2cpp_io {
void register_module();  // _py2cpp_io
}
namespace pystd_13_py2cpp_types {
void register_module();  // _py2cpp_types
}
namespace pystd_7_random {
void register_module();  // _random
}
namespace pystd_5_sha1 {
void register_module();  // _sha1
}
namespace pystd_7_sha256 {
void register_module();  // _sha256
}
namespace pystd_7_sha512 {
void register_module();  // _sha512
}
namespace pystd_4_sre {
void register_module();  // _sre
}
namespace pystd_5_stat {
void register_module();  // _stat
}
namespace pystd_7_string {
void register_module();  // _string
}
namespace pystd_7_struct {
void register_module();  // _struct
}
namespace pystd_7_thread {
void register_module();  // _thread
}
namespace pystd_9_warnings {
void register_module();  // _warnings
}
namespace pystd_8_weakref {
void register_module();  // _weakref
}
namespace pystd_3abc {
void register_module();  // abc
}
namespace pystd_7asyncio {
void register_module();  // asyncio
}
namespace pystd_6atexit {
void register_module();  // atexit
}
namespace pystd_8binascii {
void register_module();  // binascii
}
namespace pystd_8builtins {
void register_module();  // builtins
}
namespace pystd_7copyreg {
void register_module();  // copyreg
}
namespace pystd_11dataclasses {
void register_module();  // dataclasses
}
namespace pystd_9functools {
void register_module();  // functools
}
namespace pystd_2gc {
void register_module();  // gc
}
namespace pystd_9itertools {
void register_module();  // itertools
}
namespace pystd_4math {
void register_module();  // math
}
namespace pystd_5posix {
void register_module();  // posix
}
namespace pystd_3pwd {
void register_module();  // pwd
}
namespace pystd_3sys {
void register_module();  // sys
}
namespace pystd_4time {
void register_module();  // time
}
namespace pystd_6typing {
void register_module();  // typing
}
namespace pystd_11unicodedata {
void register_module();  // unicodedata
}
