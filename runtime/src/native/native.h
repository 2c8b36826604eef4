// The native modules of stdlib/manifest.txt that stand for CPython's C modules under the
// Python ones translated from its Lib (_heapq under heapq, _bisect under bisect, ...): one
// builder per module, which the module's registration function (../object/module_registrations.h),
// defined at the end of its file, registers with the import system.
#pragma once

#include "../object/module_registrations.h"
#include "pyrt/object/object.h"

namespace pyrt::native {

/// `_warnings` (Python/_warnings.c): filters, warn, warn_explicit.
Object make_warnings_module();
/// `_heapq` (Modules/_heapqmodule.c).
Object make_heapq_module();
/// `_functools` (Modules/_functoolsmodule.c): partial, reduce, cmp_to_key, _lru_cache_wrapper.
Object make_functools_module();
/// `_collections` (Modules/_collectionsmodule.c, Objects/odictobject.c): deque, defaultdict,
/// OrderedDict, _tuplegetter, _count_elements.
Object make_collections_module();
/// `itertools` (Modules/itertoolsmodule.c).
Object make_itertools_module();
/// _operator._compare_digest(a, b), which _hashlib offers as compare_digest too.
Object compare_digest(const CallArgs& args);
/// `_hashlib` (Modules/_hashopenssl.c) over OpenSSL's libcrypto.
Object make_hashlib_module();
/// `_md5`, `_sha1`, `_sha256`, `_sha512` (Modules/md5module.c, sha1module.c, sha256module.c,
/// sha512module.c), over libcrypto's digests too.
Object make_md5_module();
Object make_sha1_module();
Object make_sha256_module();
Object make_sha512_module();
/// `binascii` (Modules/binascii.c): hex, base64, uu, crc32, crc_hqx.
Object make_binascii_module();
/// `_string` (the _string module of Objects/unicodeobject.c): formatter_parser and
/// formatter_field_name_split, str.format's parsers for string.Formatter.
Object make_string_module();
/// `_stat` (Modules/_stat.c): the S_IS* tests, filemode and the constants of <sys/stat.h>.
Object make_stat_module();
/// `_bisect` (Modules/_bisectmodule.c).
Object make_bisect_module();
/// `_operator` (Modules/_operator.c).
Object make_operator_module();
/// `_sre` (Modules/_sre/sre.c): the regular-expression engine under re.
Object make_sre_module();
/// `unicodedata` (Modules/unicodedata.c): lookup and name.
Object make_unicodedata_module();
/// `_thread` for a program with one thread (Modules/_threadmodule.c).
Object make_thread_module();
/// `atexit` (Modules/atexitmodule.c): register, unregister, _run_exitfuncs, _clear, _ncallbacks.
Object make_atexit_module();
/// Runs the functions atexit.register registered, last first, and forgets them.
void run_atexit_callbacks();
/// What run_main calls when the main module is done (Py_FinalizeEx's atexit_callfuncs):
/// run_atexit_callbacks once `atexit` is imported, null until then (no callback can exist),
/// so a program that never imports atexit does not link it.
extern void (*atexit_callfuncs)();
/// `gc` (Modules/gcmodule.c): enable, disable, isenabled, collect (pyrt has no cycle collector).
Object make_gc_module();
/// `_weakref` (Modules/_weakref.c): ref, proxy, getweakrefcount, getweakrefs, _remove_dead_weakref.
Object make_weakref_module();
/// `_random` (Modules/_randommodule.c): the Mersenne Twister type Random.
Object make_random_module();
/// `_struct` (Modules/_struct.c): Struct, pack, unpack and the other functions of struct.
Object make_struct_module();
/// `_py2cpp_collections`: collections/__init__.py's native part (namedtuple).
Object make_collections_parts_module();
/// `_io` (Modules/_io/_iomodule.c): the I/O class hierarchy under io.
Object make_io_module();
/// _io.open, which is builtins.open too: one function object made on first use.
Object io_open_function();
/// `_py2cpp_io`: io.py's native part (its module __getattr__, for OpenWrapper).
Object make_io_parts_module();
/// `_py2cpp_types`: types.py's native parts (TracebackType, FrameType).
Object make_types_parts_module();
/// `posix` (Modules/posixmodule.c): environ, stat, listdir, mkdir, open/read/write, urandom, ...
/// under the translated os.
Object make_posix_module();
/// `pwd` (Modules/pwdmodule.c): getpwuid, getpwnam, getpwall and struct_passwd.
Object make_pwd_module();

}  // namespace pyrt::native
