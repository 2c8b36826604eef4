// The native module `posix` (Modules/posixmodule.c of CPython 3.11) under the translated os,
// posixpath and genericpath: the environment, the process's ids, paths and files (stat,
// listdir, mkdir, rename, open/read/write, ...), urandom and the O_* constants, with
// path_converter's TypeErrors and OSError's errno subclasses carrying the path given.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <dirent.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/structseq.h"
#include "pyrt/object/type.h"

extern char** environ;

namespace pyrt {

namespace {

using detail::type_error;
using detail::value_error;

// ---- errors -----------------------------------------------------------------------------

// PyErr_SetFromErrnoWithFilenameObjects: OSError(errno, strerror[, filename[, None,
// filename2]]), which picks the subclass (FileNotFoundError, ...).
[[noreturn]] void raise_errno(int err, const Object& filename = Object(), const Object& filename2 = Object()) {
  Object code = Object::from_int(err);
  Object text = str_from(std::strerror(err));
  if (filename.is_unbound()) raise(call(Object(exc::OSError), {code, text}));
  if (filename2.is_unbound()) raise(call(Object(exc::OSError), {code, text, filename}));
  raise(call(Object(exc::OSError), {code, text, filename, kNone, filename2}));
}

// _PyLong_AsInt for an fd or a flag ("'str' object cannot be interpreted as an integer").
int int_arg(const Object& x) {
  std::int64_t v = ssize_value(x);
  if (v > INT32_MAX || v < INT32_MIN) raise_error(exc::OverflowError, "signed integer is greater than maximum");
  return static_cast<int>(v);
}

Object unsigned_int(unsigned long long v) {
  if (v <= static_cast<unsigned long long>(INT64_MAX)) return Object::from_int(static_cast<std::int64_t>(v));
  return int_from_digits(std::to_string(v));
}

// ---- paths ----------------------------------------------------------------------------------

/// path_t: a path argument as path_converter leaves it: the object given (what OSError's
/// filename shows), its bytes, whether it was bytes (then results are bytes), or an fd.
struct Path {
  Object object;
  std::string bytes;
  bool is_bytes = false;
  bool is_fd = false;
  int fd = -1;
  const char* c_str() const { return bytes.c_str(); }
};

bool is_bytes_object(const Object& x) { return x.type()->is_subtype(types::bytes); }

std::string_view bytes_text(const Object& x) { return static_cast<BytesObject*>(x.heap())->data; }

// os.fspath (PyOS_FSPath): str and bytes as they are, else what __fspath__ returns.
Object fspath_of(const Object& path) {
  if (is_str(path) || is_bytes_object(path)) return path;
  static const Object fspath_name = intern("__fspath__");
  Object f = lookup_special(path, fspath_name);
  if (f.is_unbound()) type_error("expected str, bytes or os.PathLike object, not " + type_name_text(path));
  Object result = call(f, {});
  if (!is_str(result) && !is_bytes_object(result)) {
    type_error("expected " + type_name_text(path) + ".__fspath__() to return str or bytes, not " +
               type_name_text(result));
  }
  return result;
}

// path_converter: str, bytes, os.PathLike, an int when `allow_fd`, None when `nullable`
// ("stat: path should be string, bytes, os.PathLike or integer, not float").
Path path_arg(const char* fname, const char* argname, const Object& arg, bool allow_fd, bool nullable = false) {
  Path p;
  p.object = arg;
  if (allow_fd && is_int(arg)) {
    p.fd = int_arg(arg);
    p.is_fd = true;
    return p;
  }
  bool pathlike = is_str(arg) || is_bytes_object(arg) || !lookup_special(arg, intern("__fspath__")).is_unbound();
  if (!pathlike) {
    std::string kinds = allow_fd ? (nullable ? "string, bytes, os.PathLike, integer or None"
                                             : "string, bytes, os.PathLike or integer")
                                 : (nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    type_error(std::string(fname) + ": " + argname + " should be " + kinds + ", not " + type_name_text(arg));
  }
  Object path = fspath_of(arg);
  p.is_bytes = is_bytes_object(path);
  p.bytes = std::string(p.is_bytes ? bytes_text(path) : str_view(path));
  if (p.bytes.find('\0') != std::string::npos) value_error("embedded null byte");
  return p;
}

// A name the system gave back, as the caller's kind of path: bytes for bytes, else str.
Object path_result(std::string_view name, bool as_bytes) { return as_bytes ? bytes_from(name) : str_from(name); }

// dir_fd_converter: None is the current folder (AT_FDCWD), else an fd ("argument should be
// integer or None, not str"); unbound (not given) is None.
int dir_fd_arg(const Object& x) {
  if (x.is_unbound() || x.is_none()) return AT_FDCWD;
  if (!is_int(x)) type_error("argument should be integer or None, not " + type_name_text(x));
  return int_arg(x);
}

bool flag_arg(const Object& x, bool absent) { return x.is_unbound() ? absent : truthy(x); }

// ---- struct sequences -------------------------------------------------------------------

// statresult_new: structseq's, then each float time left None takes its integer time, as
// from a 10-sequence.
Object statresult_new(TypeObject* type, const CallArgs& args);

TypeObject* stat_result_type() {
  static TypeObject* const t = new_struct_sequence_type(
      {"os.stat_result",
       {{"st_mode"}, {"st_ino"}, {"st_dev"}, {"st_nlink"}, {"st_uid"}, {"st_gid"}, {"st_size"}, {nullptr}, {nullptr},
        {nullptr}, {"st_atime"}, {"st_mtime"}, {"st_ctime"}, {"st_atime_ns"}, {"st_mtime_ns"}, {"st_ctime_ns"},
        {"st_blksize"}, {"st_blocks"}, {"st_rdev"}},
       10});
  t->native_new = statresult_new;
  return t;
}

Object statresult_new(TypeObject* type, const CallArgs& args) {
  Object result = struct_sequence_type_new(type, args);
  auto* s = static_cast<StructSequenceObject*>(result.heap());
  for (std::size_t i = 0; i < 3; ++i) {
    if (s->hidden[i].is_none()) s->hidden[i] = s->items[7 + i];
  }
  return result;
}

TypeObject* terminal_size_type() {
  static TypeObject* const t = new_struct_sequence_type({"os.terminal_size", {{"columns"}, {"lines"}}, 2});
  return t;
}

TypeObject* times_result_type() {
  static TypeObject* const t = new_struct_sequence_type(
      {"posix.times_result", {{"user"}, {"system"}, {"children_user"}, {"children_system"}, {"elapsed"}}, 5});
  return t;
}

TypeObject* uname_result_type() {
  static TypeObject* const t = new_struct_sequence_type(
      {"posix.uname_result", {{"sysname"}, {"nodename"}, {"release"}, {"version"}, {"machine"}}, 5});
  return t;
}

// _pystat_fromstructstat: the integer times, then the float ones, then the nanoseconds.
Object stat_result_from(const struct stat& st) {
  auto whole = [](const struct timespec& t) { return Object::from_int(static_cast<std::int64_t>(t.tv_sec)); };
  auto real = [](const struct timespec& t) {
    return Object::from_float(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
  };
  auto nanos = [](const struct timespec& t) {
    return Object::from_int(static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
  };
  return struct_sequence_new(
      stat_result_type(),
      {Object::from_int(st.st_mode), unsigned_int(st.st_ino), unsigned_int(st.st_dev), unsigned_int(st.st_nlink),
       Object::from_int(st.st_uid), Object::from_int(st.st_gid), Object::from_int(st.st_size), whole(st.st_atim),
       whole(st.st_mtim), whole(st.st_ctim), real(st.st_atim), real(st.st_mtim), real(st.st_ctim),
       nanos(st.st_atim), nanos(st.st_mtim), nanos(st.st_ctim), Object::from_int(st.st_blksize),
       Object::from_int(st.st_blocks), unsigned_int(st.st_rdev)});
}

// ---- files and folders ------------------------------------------------------------------

// posix_do_stat: fstat of an fd path, else fstatat relative to dir_fd, following symlinks or
// not; the fd forms refuse dir_fd and follow_symlinks=False as CPython does.
Object do_stat(const char* fname, const Path& p, int dir_fd, bool follow_symlinks) {
  struct stat st;
  int rc;
  if (p.is_fd) {
    if (dir_fd != AT_FDCWD) value_error(std::string(fname) + ": can't specify both dir_fd and fd");
    if (!follow_symlinks) value_error(std::string(fname) + ": cannot use fd and follow_symlinks together");
    rc = fstat(p.fd, &st);
  } else {
    rc = fstatat(dir_fd, p.c_str(), &st, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW);
  }
  if (rc != 0) raise_errno(errno, p.object);
  return stat_result_from(st);
}

// os.stat(path, *, dir_fd=None, follow_symlinks=True).
Object posix_stat(const CallArgs& args) {
  Object a[3];
  parse_args(args, "stat", {"path", "dir_fd", "follow_symlinks"}, 1, 1, a);
  Path p = path_arg("stat", "path", a[0], true);
  return do_stat("stat", p, dir_fd_arg(a[1]), flag_arg(a[2], true));
}

// os.lstat(path, *, dir_fd=None).
Object posix_lstat(const CallArgs& args) {
  Object a[2];
  parse_args(args, "lstat", {"path", "dir_fd"}, 1, 1, a);
  Path p = path_arg("lstat", "path", a[0], false);
  return do_stat("lstat", p, dir_fd_arg(a[1]), false);
}

Object posix_fstat(const CallArgs& args) {
  Object a[1];
  parse_args(args, "fstat", {"fd"}, 1, 1, a);
  int fd = int_arg(a[0]);
  struct stat st;
  if (fstat(fd, &st) != 0) raise_errno(errno);
  return stat_result_from(st);
}

// os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True): a bool,
// never an error for a missing file.
Object posix_access(const CallArgs& args) {
  Object a[5];
  parse_args(args, "access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, a);
  Path p = path_arg("access", "path", a[0], false);
  int mode = int_arg(a[1]);
  int flags = (flag_arg(a[3], false) ? AT_EACCESS : 0) | (flag_arg(a[4], true) ? 0 : AT_SYMLINK_NOFOLLOW);
  return Object::from_bool(faccessat(dir_fd_arg(a[2]), p.c_str(), mode, flags) == 0);
}

Object posix_chdir(const CallArgs& args) {
  Object a[1];
  parse_args(args, "chdir", {"path"}, 1, 1, a);
  Path p = path_arg("chdir", "path", a[0], true);
  if ((p.is_fd ? fchdir(p.fd) : chdir(p.c_str())) != 0) raise_errno(errno, p.object);
  return kNone;
}

std::string current_directory() {
  std::vector<char> buf(4096);
  while (getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) raise_errno(errno);
    buf.resize(buf.size() * 2);
  }
  return std::string(buf.data());
}

Object posix_getcwd(const CallArgs&) { return str_from(current_directory()); }
Object posix_getcwdb(const CallArgs&) { return bytes_from(current_directory()); }

// os.listdir(path=None): the names but '.' and '..', in the order the system gives them; bytes
// for a bytes path, str otherwise (an fd or None, which is '.').
Object posix_listdir(const CallArgs& args) {
  Object a[1];
  parse_args(args, "listdir", {"path"}, 1, 0, a);
  Path p;
  if (a[0].is_unbound() || a[0].is_none()) p.bytes = ".";
  else p = path_arg("listdir", "path", a[0], true, true);
  DIR* dir = p.is_fd ? fdopendir(dup(p.fd)) : opendir(p.c_str());
  if (dir == nullptr) raise_errno(errno, a[0].is_unbound() || a[0].is_none() ? str_from(".") : p.object);
  std::vector<Object> names;
  errno = 0;
  while (struct dirent* e = readdir(dir)) {
    std::string_view n(e->d_name);
    if (n != "." && n != "..") names.push_back(path_result(n, p.is_bytes));
  }
  int err = errno;
  if (p.is_fd) rewinddir(dir);
  closedir(dir);
  if (err != 0) raise_errno(err, p.object);
  return list_from_vector(std::move(names));
}

// os.mkdir(path, mode=0o777, *, dir_fd=None).
Object posix_mkdir(const CallArgs& args) {
  Object a[3];
  parse_args(args, "mkdir", {"path", "mode", "dir_fd"}, 2, 1, a);
  Path p = path_arg("mkdir", "path", a[0], false);
  int mode = a[1].is_unbound() ? 0777 : int_arg(a[1]);
  if (mkdirat(dir_fd_arg(a[2]), p.c_str(), static_cast<mode_t>(mode)) != 0) raise_errno(errno, p.object);
  return kNone;
}

// rmdir, unlink and remove: (path, *, dir_fd=None), unlinkat with AT_REMOVEDIR or not.
Object do_unlink(const char* fname, const CallArgs& args, int flags) {
  Object a[2];
  parse_args(args, fname, {"path", "dir_fd"}, 1, 1, a);
  Path p = path_arg(fname, "path", a[0], false);
  if (unlinkat(dir_fd_arg(a[1]), p.c_str(), flags) != 0) raise_errno(errno, p.object);
  return kNone;
}

Object posix_rmdir(const CallArgs& args) { return do_unlink("rmdir", args, AT_REMOVEDIR); }
Object posix_unlink(const CallArgs& args) { return do_unlink("unlink", args, 0); }
Object posix_remove(const CallArgs& args) { return do_unlink("remove", args, 0); }

// rename and replace: (src, dst, *, src_dir_fd=None, dst_dir_fd=None); rename(2) replaces on
// POSIX either way. The error names both paths ("'a' -> 'b'").
Object do_rename(const char* fname, const CallArgs& args) {
  Object a[4];
  parse_args(args, fname, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, a);
  Path src = path_arg(fname, "src", a[0], false), dst = path_arg(fname, "dst", a[1], false);
  if (src.is_bytes != dst.is_bytes) type_error(std::string(fname) + ": src and dst must be the same type");
  if (renameat(dir_fd_arg(a[2]), src.c_str(), dir_fd_arg(a[3]), dst.c_str()) != 0) {
    raise_errno(errno, src.object, dst.object);
  }
  return kNone;
}

Object posix_rename(const CallArgs& args) { return do_rename("rename", args); }
Object posix_replace(const CallArgs& args) { return do_rename("replace", args); }

// os.readlink(path, *, dir_fd=None).
Object posix_readlink(const CallArgs& args) {
  Object a[2];
  parse_args(args, "readlink", {"path", "dir_fd"}, 1, 1, a);
  Path p = path_arg("readlink", "path", a[0], false);
  std::vector<char> buf(4096);
  ssize_t n = readlinkat(dir_fd_arg(a[1]), p.c_str(), buf.data(), buf.size());
  if (n < 0) raise_errno(errno, p.object);
  return path_result(std::string_view(buf.data(), static_cast<std::size_t>(n)), p.is_bytes);
}

// os.open(path, flags, mode=0o777, *, dir_fd=None): the fd, opened close-on-exec (PEP 446).
Object posix_open(const CallArgs& args) {
  Object a[4];
  parse_args(args, "open", {"path", "flags", "mode", "dir_fd"}, 3, 2, a);
  Path p = path_arg("open", "path", a[0], false);
  int flags = int_arg(a[1]) | O_CLOEXEC;
  int mode = a[2].is_unbound() ? 0777 : int_arg(a[2]);
  int fd = openat(dir_fd_arg(a[3]), p.c_str(), flags, mode);
  if (fd < 0) raise_errno(errno, p.object);
  return Object::from_int(fd);
}

Object posix_close(const CallArgs& args) {
  Object a[1];
  parse_args(args, "close", {"fd"}, 1, 1, a);
  if (close(int_arg(a[0])) != 0) raise_errno(errno);
  return kNone;
}

// os.read(fd, length, /): at most `length` bytes.
Object posix_read(const CallArgs& args) {
  check_positional(args, "read", 2, 2);
  int fd = int_arg(args.args[0]);
  std::int64_t length = ssize_value(args.args[1]);
  if (length < 0) raise_errno(EINVAL);
  std::string buf(static_cast<std::size_t>(length), '\0');
  ssize_t n = read(fd, buf.data(), buf.size());
  if (n < 0) raise_errno(errno);
  buf.resize(static_cast<std::size_t>(n));
  return bytes_from(buf);
}

// os.write(fd, data, /): the number of bytes written.
Object posix_write(const CallArgs& args) {
  check_positional(args, "write", 2, 2);
  int fd = int_arg(args.args[0]);
  std::string_view data;
  if (!bytes_like_view(args.args[1], data)) {
    type_error("a bytes-like object is required, not '" + type_name_text(args.args[1]) + "'");
  }
  ssize_t n = write(fd, data.data(), data.size());
  if (n < 0) raise_errno(errno);
  return Object::from_int(n);
}

// os.lseek(fd, position, whence, /): the new position.
Object posix_lseek(const CallArgs& args) {
  check_positional(args, "lseek", 3, 3);
  off_t at = lseek(int_arg(args.args[0]), static_cast<off_t>(ssize_value(args.args[1])), int_arg(args.args[2]));
  if (at < 0) raise_errno(errno);
  return Object::from_int(at);
}

// os.fsync(fd): an int or an object with fileno().
Object posix_fsync(const CallArgs& args) {
  Object a[1];
  parse_args(args, "fsync", {"fd"}, 1, 1, a);
  Object fd = a[0];
  if (!is_int(fd)) fd = call_method(fd, intern("fileno"), {});
  if (fsync(int_arg(fd)) != 0) raise_errno(errno);
  return kNone;
}

Object posix_isatty(const CallArgs& args) {
  check_positional(args, "isatty", 1, 1);
  return Object::from_bool(isatty(int_arg(args.args[0])) != 0);
}

// os.umask(mask, /): the previous mask.
Object posix_umask(const CallArgs& args) {
  check_positional(args, "umask", 1, 1);
  return Object::from_int(umask(static_cast<mode_t>(int_arg(args.args[0]))));
}

// ---- scandir ----------------------------------------------------------------------------

/// posix.DirEntry: one name scandir found, with its d_type and inode from readdir and its
/// stat results cached once asked for (DirEntry in posixmodule.c).
struct DirEntryObject final : HeapObject {
  explicit DirEntryObject(TypeObject* t) : HeapObject(t) {}
  Object name, path;  ///< str or bytes, as the folder was given
  unsigned char d_type = DT_UNKNOWN;
  ino_t ino = 0;
  int dir_fd = -1;  ///< the folder's fd when scandir was given one (then `path` is the name)
  Object stat_cache, lstat_cache;

  // DirEntry_repr: "<DirEntry 'name'>".
  Object repr() override { return str_from("<DirEntry " + repr_text(name) + ">"); }
};

TypeObject* direntry_type();
TypeObject* scandir_iterator_type();

DirEntryObject* as_entry(const Object& x) { return static_cast<DirEntryObject*>(x.heap()); }

// DirEntry_fetch_stat: stat or lstat of the entry, relative to the folder's fd for an fd scandir.
Object entry_fetch_stat(DirEntryObject* e, bool follow_symlinks) {
  struct stat st;
  std::string p(e->path.type() == types::str ? str_view(e->path) : bytes_text(e->path));
  int flags = follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW;
  if (fstatat(e->dir_fd >= 0 ? e->dir_fd : AT_FDCWD, p.c_str(), &st, flags) != 0) raise_errno(errno, e->path);
  return stat_result_from(st);
}

Object entry_lstat(DirEntryObject* e) {
  if (e->lstat_cache.is_unbound()) e->lstat_cache = entry_fetch_stat(e, false);
  return e->lstat_cache;
}

bool entry_is_symlink(DirEntryObject* e) {
  if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
  return S_ISLNK(static_cast<mode_t>(getattr(entry_lstat(e), intern("st_mode")).as_int()));
}

// DirEntry_get_stat: the symlink's target's stat when following a symlink, else lstat.
Object entry_stat(DirEntryObject* e, bool follow_symlinks) {
  if (!follow_symlinks) return entry_lstat(e);
  if (e->stat_cache.is_unbound()) e->stat_cache = entry_is_symlink(e) ? entry_fetch_stat(e, true) : entry_lstat(e);
  return e->stat_cache;
}

// DirEntry_test_mode: d_type when it answers, else the (l)stat's mode; a vanished file is
// neither a folder nor a file.
bool entry_test_mode(DirEntryObject* e, bool follow_symlinks, mode_t mode_bits) {
  bool need_stat = e->d_type == DT_UNKNOWN || (follow_symlinks && e->d_type == DT_LNK);
  if (!need_stat) return mode_bits == S_IFDIR ? e->d_type == DT_DIR : e->d_type == DT_REG;
  Object st;
  try {
    st = entry_stat(e, follow_symlinks);
  } catch (const PyException& ex) {
    if (exception_is(ex.value, exc::FileNotFoundError)) return false;
    throw;
  }
  return (static_cast<mode_t>(getattr(st, intern("st_mode")).as_int()) & S_IFMT) == mode_bits;
}

bool follow_symlinks_kwarg(const char* fname, const CallArgs& args) {
  Object a[1];
  parse_args(args, fname, {"follow_symlinks"}, 0, 0, a);
  return flag_arg(a[0], true);
}

Object entry_is_dir(const Object& self, const CallArgs& args) {
  return Object::from_bool(entry_test_mode(as_entry(self), follow_symlinks_kwarg("is_dir", args), S_IFDIR));
}
Object entry_is_file(const Object& self, const CallArgs& args) {
  return Object::from_bool(entry_test_mode(as_entry(self), follow_symlinks_kwarg("is_file", args), S_IFREG));
}
Object entry_is_symlink_method(const Object& self, const CallArgs&) {
  return Object::from_bool(entry_is_symlink(as_entry(self)));
}
Object entry_stat_method(const Object& self, const CallArgs& args) {
  return entry_stat(as_entry(self), follow_symlinks_kwarg("stat", args));
}
Object entry_inode(const Object& self, const CallArgs&) { return unsigned_int(as_entry(self)->ino); }
Object entry_fspath(const Object& self, const CallArgs&) { return as_entry(self)->path; }
Object entry_class_getitem(const Object& cls, const CallArgs& args) {
  return call(Object(types::generic_alias), {cls, args.args[0]});
}

Object entry_name(const Object& self) { return as_entry(self)->name; }
Object entry_path(const Object& self) { return as_entry(self)->path; }

const NativeMethodDef kDirEntryMethods[] = {
    {"is_dir", entry_is_dir, kOwnArgs, kAnyArgs},
    {"is_file", entry_is_file, kOwnArgs, kAnyArgs},
    {"is_symlink", entry_is_symlink_method, 0, 0},
    {"stat", entry_stat_method, kOwnArgs, kAnyArgs},
    {"inode", entry_inode, 0, 0},
    {"__fspath__", entry_fspath, 0, 0},
    {"__class_getitem__", entry_class_getitem, 1, 1, MethodKind::Class},
};

const GetSetDef kDirEntryMembers[] = {
    {"name", entry_name, true},
    {"path", entry_path, true},
};

TypeObject* direntry_type() {
  static TypeObject* const t = [] {
    TypeObject* d = make_builtin_type("DirEntry", nullptr, "posix");
    d->tp_name = "posix.DirEntry";
    d->is_final_in_cpython = true;
    add_methods(d, kDirEntryMethods);
    add_getsets(d, kDirEntryMembers);
    return d;
  }();
  return t;
}

/// posix.ScandirIterator: the open folder, yielding a DirEntry per name but '.' and '..';
/// closed at exhaustion, by close() or by the with statement's exit.
struct ScandirIteratorObject final : HeapObject {
  explicit ScandirIteratorObject(TypeObject* t) : HeapObject(t) {}
  ~ScandirIteratorObject() override { close_dir(); }
  DIR* dir = nullptr;
  Path folder;

  void close_dir() {
    if (dir == nullptr) return;
    if (folder.is_fd) rewinddir(dir);
    closedir(dir);
    dir = nullptr;
  }
  Object iter() override { return Object(static_cast<HeapObject*>(this)); }
  bool next(Object& out) override;
};

ScandirIteratorObject* as_scandir(const Object& x) { return static_cast<ScandirIteratorObject*>(x.heap()); }

// DirEntry_from_posix_info: the entry's path joins the folder and the name ('./name' for
// scandir(), the name alone for an fd).
Object make_entry(const ScandirIteratorObject* it, std::string_view name, const struct dirent* d) {
  auto* e = new DirEntryObject(direntry_type());
  Object out(static_cast<HeapObject*>(e));
  e->name = path_result(name, it->folder.is_bytes);
  std::string joined(name);
  if (!it->folder.is_fd) {
    const std::string& f = it->folder.bytes;
    joined = f + (!f.empty() && f.back() != '/' ? "/" : "") + std::string(name);
  } else {
    e->dir_fd = it->folder.fd;
  }
  e->path = path_result(joined, it->folder.is_bytes);
  e->d_type = d->d_type;
  e->ino = d->d_ino;
  return out;
}

bool ScandirIteratorObject::next(Object& out) {
  while (dir != nullptr) {
    errno = 0;
    struct dirent* d = readdir(dir);
    if (d == nullptr) {
      int err = errno;
      close_dir();
      if (err != 0) raise_errno(err, folder.object);
      return false;
    }
    std::string_view n(d->d_name);
    if (n == "." || n == "..") continue;
    out = make_entry(this, n, d);
    return true;
  }
  return false;
}

Object scandir_close(const Object& self, const CallArgs&) {
  as_scandir(self)->close_dir();
  return kNone;
}
Object scandir_enter(const Object& self, const CallArgs&) { return self; }
Object scandir_exit(const Object& self, const CallArgs&) {
  as_scandir(self)->close_dir();
  return kFalse;
}

const NativeMethodDef kScandirMethods[] = {
    {"close", scandir_close, 0, 0},
    {"__enter__", scandir_enter, 0, 0},
    {"__exit__", scandir_exit, 0, kAnyArgs},
};

TypeObject* scandir_iterator_type() {
  static TypeObject* const t = [] {
    TypeObject* s = make_builtin_type("ScandirIterator", nullptr, "posix");
    s->tp_name = "posix.ScandirIterator";
    s->is_final_in_cpython = true;
    add_methods(s, kScandirMethods);
    add_slot_wrappers(s, "__iter__ __next__");
    return s;
  }();
  return t;
}

// os.scandir(path=None): an iterator of DirEntry over the folder ('.' when None), str or
// bytes as the path was given, or over an fd's folder (a dup, so the fd stays the caller's).
Object posix_scandir(const CallArgs& args) {
  Object a[1];
  parse_args(args, "scandir", {"path"}, 1, 0, a);
  auto* it = new ScandirIteratorObject(scandir_iterator_type());
  Object out(static_cast<HeapObject*>(it));
  if (a[0].is_unbound() || a[0].is_none()) {
    it->folder.bytes = ".";
    it->folder.object = str_from(".");
  } else {
    it->folder = path_arg("scandir", "path", a[0], true, true);
  }
  if (it->folder.is_fd) {
    int fd = dup(it->folder.fd);
    if (fd < 0) raise_errno(errno);
    it->dir = fdopendir(fd);
    if (it->dir == nullptr) close(fd);
  } else {
    it->dir = opendir(it->folder.c_str());
  }
  if (it->dir == nullptr) raise_errno(errno, it->folder.object);
  return out;
}

// ---- _path_normpath ------------------------------------------------------------------------

// _Py_normpath (Python/fileutils.c) for POSIX: the path with '.' segments, repeated slashes and
// a trailing slash dropped and 'x/..' absorbed, two leading slashes kept (POSIX leaves their
// meaning to the system), '' when nothing is left except a lone '.' (posixpath adds its
// `or "."`). It works in place, `p2` writing behind `p1` reading; `min_p2` is what '..'
// never absorbs.
std::string normpath(std::string_view in) {
  if (in.empty()) return std::string();
  std::string buf(in);
  buf.push_back('\0');
  char* path = buf.data();
  char* end = path + in.size();
  auto is_end = [&](const char* x) { return x == end; };
  auto is_sep = [&](const char* x) { return !is_end(x) && *x == '/'; };
  auto sep_or_end = [&](const char* x) { return is_end(x) || *x == '/'; };
  char* p1 = path;
  char* p2 = path;
  char* min_p2 = path;
  char last = '\0';
  if (p1[0] == '.' && is_sep(&p1[1])) {
    path = &path[2];
    while (is_sep(path)) ++path;
    p1 = p2 = min_p2 = path;
    last = '/';
  } else if (is_sep(&p1[0]) && is_sep(&p1[1]) && !is_sep(&p1[2])) {
    *p2++ = *p1++;
    *p2++ = *p1++;
    min_p2 = p2 - 1;
    last = '/';
  }
  for (; !is_end(p1); ++p1) {
    char c = *p1;
    if (last == '/') {
      if (c == '.') {
        bool sep_at_1 = sep_or_end(&p1[1]);
        bool sep_at_2 = !sep_at_1 && sep_or_end(&p1[2]);
        if (sep_at_2 && p1[1] == '.') {
          char* p3 = p2;
          while (p3 != min_p2 && *--p3 == '/') {
          }
          while (p3 != min_p2 && *(p3 - 1) != '/') --p3;
          if (p2 == min_p2 || (p3[0] == '.' && p3[1] == '.' && p3[2] == '/')) {
            *p2++ = '.';
            *p2++ = '.';
            last = '.';
          } else if (p3[0] == '/') {
            p2 = p3 + 1;
          } else {
            p2 = p3;
          }
          p1 += 1;
        } else if (!sep_at_1) {
          *p2++ = last = c;
        }
      } else if (c != '/') {
        *p2++ = last = c;
      }
    } else {
      *p2++ = last = c;
    }
  }
  if (p2 != min_p2) {
    while (--p2 != min_p2 && *p2 == '/') {
    }
    ++p2;
  }
  return std::string(path, p2);
}

// os._path_normpath(path): str only ("expected 'str', not 'bytes'").
Object posix_path_normpath(const CallArgs& args) {
  Object a[1];
  parse_args(args, "_path_normpath", {"path"}, 1, 1, a);
  if (!is_str(a[0])) type_error("expected 'str', not '" + type_name_text(a[0]) + "'");
  return str_from(normpath(str_view(a[0])));
}

// ---- the process ----------------------------------------------------------------------------

Object posix_getpid(const CallArgs&) { return Object::from_int(getpid()); }
Object posix_getppid(const CallArgs&) { return Object::from_int(getppid()); }
Object posix_getuid(const CallArgs&) { return Object::from_int(getuid()); }
Object posix_geteuid(const CallArgs&) { return Object::from_int(geteuid()); }
Object posix_getgid(const CallArgs&) { return Object::from_int(getgid()); }
Object posix_getegid(const CallArgs&) { return Object::from_int(getegid()); }

// os._exit(status): ends the process at once, without flushing or atexit functions.
Object posix_exit(const CallArgs& args) {
  Object a[1];
  parse_args(args, "_exit", {"status"}, 1, 1, a);
  _exit(int_arg(a[0]));
}

// os.urandom(size, /): `size` bytes from getrandom(2).
Object posix_urandom(const CallArgs& args) {
  check_positional(args, "urandom", 1, 1);
  std::int64_t size = ssize_value(args.args[0]);
  if (size < 0) value_error("negative argument not allowed");
  std::string out(static_cast<std::size_t>(size), '\0');
  for (std::size_t done = 0; done < out.size();) {
    ssize_t n = getrandom(out.data() + done, out.size() - done, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      raise_errno(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  return bytes_from(out);
}

// os.strerror(code, /).
Object posix_strerror(const CallArgs& args) {
  check_positional(args, "strerror", 1, 1);
  return str_from(std::strerror(int_arg(args.args[0])));
}

Object posix_fspath(const CallArgs& args) {
  Object a[1];
  parse_args(args, "fspath", {"path"}, 1, 1, a);
  return fspath_of(a[0]);
}

Object posix_cpu_count(const CallArgs&) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? kNone : Object::from_int(n);
}

Object posix_uname(const CallArgs&) {
  struct utsname u;
  if (uname(&u) != 0) raise_errno(errno);
  return struct_sequence_new(uname_result_type(), {str_from(u.sysname), str_from(u.nodename), str_from(u.release),
                                                   str_from(u.version), str_from(u.machine)});
}

// os.times(): the process times in seconds, from times(2) and the clock ticks.
Object posix_times(const CallArgs&) {
  struct tms t;
  clock_t elapsed = times(&t);
  if (elapsed == static_cast<clock_t>(-1)) raise_errno(errno);
  auto ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  auto secs = [&](clock_t c) { return Object::from_float(static_cast<double>(c) / ticks); };
  return struct_sequence_new(times_result_type(),
                             {secs(t.tms_utime), secs(t.tms_stime), secs(t.tms_cutime), secs(t.tms_cstime), secs(elapsed)});
}

// os.get_terminal_size(fd=STDOUT_FILENO, /): from TIOCGWINSZ; OSError when fd is no terminal.
Object posix_get_terminal_size(const CallArgs& args) {
  check_positional(args, "get_terminal_size", 0, 1);
  int fd = args.npos == 0 ? STDOUT_FILENO : int_arg(args.args[0]);
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) != 0) raise_errno(errno);
  return struct_sequence_new(terminal_size_type(), {Object::from_int(w.ws_col), Object::from_int(w.ws_row)});
}

// ---- the environment --------------------------------------------------------------------

// An environment variable's name or value as PyUnicode_FSConverter takes it (str or bytes or
// os.PathLike), without NUL.
std::string env_arg(const char* fname, const Object& x) {
  return path_arg(fname, "argument", x, false).bytes;
}

// os.putenv(name, value, /): ValueError for a name with '='; setenv's errors (EINVAL for '').
Object posix_putenv(const CallArgs& args) {
  check_positional(args, "putenv", 2, 2);
  std::string name = env_arg("putenv", args.args[0]), value = env_arg("putenv", args.args[1]);
  if (name.find('=') != std::string::npos) value_error("illegal environment variable name");
  if (setenv(name.c_str(), value.c_str(), 1) != 0) raise_errno(errno);
  return kNone;
}

// os.unsetenv(name, /): OSError EINVAL for a name with '=' or empty, as unsetenv(3).
Object posix_unsetenv(const CallArgs& args) {
  check_positional(args, "unsetenv", 1, 1);
  std::string name = env_arg("unsetenv", args.args[0]);
  if (unsetenv(name.c_str()) != 0) raise_errno(errno);
  return kNone;
}

// convertenv: the environment at start-up as a dict of bytes to bytes, the first of
// duplicate names winning.
Object environ_dict() {
  Object d = new_dict();
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string_view entry(*e);
    std::size_t eq = entry.find('=', 1);
    if (eq == std::string_view::npos) continue;
    Object key = bytes_from(entry.substr(0, eq));
    if (dict_get(d, key).is_unbound()) dict_set(d, key, bytes_from(entry.substr(eq + 1)));
  }
  return d;
}

const NativeFunctionDef kFunctions[] = {
    {"stat", posix_stat, kOwnArgs, kAnyArgs},
    {"lstat", posix_lstat, kOwnArgs, kAnyArgs},
    {"fstat", posix_fstat, kOwnArgs, kAnyArgs},
    {"access", posix_access, kOwnArgs, kAnyArgs},
    {"chdir", posix_chdir, kOwnArgs, kAnyArgs},
    {"getcwd", posix_getcwd, 0, 0},
    {"getcwdb", posix_getcwdb, 0, 0},
    {"listdir", posix_listdir, kOwnArgs, kAnyArgs},
    {"scandir", posix_scandir, kOwnArgs, kAnyArgs},
    {"mkdir", posix_mkdir, kOwnArgs, kAnyArgs},
    {"rmdir", posix_rmdir, kOwnArgs, kAnyArgs},
    {"unlink", posix_unlink, kOwnArgs, kAnyArgs},
    {"remove", posix_remove, kOwnArgs, kAnyArgs},
    {"rename", posix_rename, kOwnArgs, kAnyArgs},
    {"replace", posix_replace, kOwnArgs, kAnyArgs},
    {"readlink", posix_readlink, kOwnArgs, kAnyArgs},
    {"open", posix_open, kOwnArgs, kAnyArgs},
    {"close", posix_close, kOwnArgs, kAnyArgs},
    {"read", posix_read, kOwnArgs, kAnyArgs},
    {"write", posix_write, kOwnArgs, kAnyArgs},
    {"lseek", posix_lseek, kOwnArgs, kAnyArgs},
    {"fsync", posix_fsync, kOwnArgs, kAnyArgs},
    {"isatty", posix_isatty, kOwnArgs, kAnyArgs},
    {"umask", posix_umask, kOwnArgs, kAnyArgs},
    {"getpid", posix_getpid, 0, 0},
    {"getppid", posix_getppid, 0, 0},
    {"getuid", posix_getuid, 0, 0},
    {"geteuid", posix_geteuid, 0, 0},
    {"getgid", posix_getgid, 0, 0},
    {"getegid", posix_getegid, 0, 0},
    {"_exit", posix_exit, kOwnArgs, kAnyArgs},
    {"urandom", posix_urandom, kOwnArgs, kAnyArgs},
    {"strerror", posix_strerror, kOwnArgs, kAnyArgs},
    {"fspath", posix_fspath, kOwnArgs, kAnyArgs},
    {"_path_normpath", posix_path_normpath, kOwnArgs, kAnyArgs},
    {"cpu_count", posix_cpu_count, 0, 0},
    {"uname", posix_uname, 0, 0},
    {"times", posix_times, 0, 0},
    {"get_terminal_size", posix_get_terminal_size, kOwnArgs, kAnyArgs},
    {"putenv", posix_putenv, kOwnArgs, kAnyArgs},
    {"unsetenv", posix_unsetenv, kOwnArgs, kAnyArgs},
};

/// An integer constant of the module (Linux's values, as CPython 3.11 exports them).
struct PosixConstant {
  const char* name;
  long value;
};

const PosixConstant kConstants[] = {
    {"F_OK", F_OK},           {"R_OK", R_OK},           {"W_OK", W_OK},
    {"X_OK", X_OK},           {"O_RDONLY", O_RDONLY},   {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},       {"O_APPEND", O_APPEND},   {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},       {"O_TRUNC", O_TRUNC},     {"O_NONBLOCK", O_NONBLOCK},
    {"O_NDELAY", O_NDELAY},   {"O_SYNC", O_SYNC},       {"O_DSYNC", O_DSYNC},
    {"O_RSYNC", O_RSYNC},     {"O_NOCTTY", O_NOCTTY},   {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
    {"O_ASYNC", O_ASYNC},     {"O_DIRECT", O_DIRECT},   {"O_LARGEFILE", O_LARGEFILE},
    {"O_NOATIME", O_NOATIME}, {"O_PATH", O_PATH},       {"O_TMPFILE", O_TMPFILE},
    {"O_FSYNC", O_FSYNC},     {"SEEK_SET", SEEK_SET},   {"SEEK_CUR", SEEK_CUR},
    {"SEEK_END", SEEK_END},   {"SEEK_DATA", SEEK_DATA}, {"SEEK_HOLE", SEEK_HOLE},
    {"EX_OK", 0},
};

}  // namespace

namespace native {

Object make_posix_module() {
  Object m = new_module("posix");
  module_add_functions(m, kFunctions);
  for (const PosixConstant& c : kConstants) module_add(m, c.name, Object::from_int(c.value));
  module_add(m, "environ", environ_dict());
  module_add(m, "error", Object(exc::OSError));
  module_add(m, "stat_result", Object(stat_result_type()));
  module_add(m, "terminal_size", Object(terminal_size_type()));
  module_add(m, "times_result", Object(times_result_type()));
  module_add(m, "uname_result", Object(uname_result_type()));
  module_add(m, "DirEntry", Object(direntry_type()));
  // The HAVE_* of CPython's Linux build that name what this module's functions accept (an fd
  // for a path, dir_fd, follow_symlinks): os.py builds supports_fd and the others from them.
  std::vector<Object> have;
  for (const char* h : {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_LSTAT",
                        "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_UNLINKAT"}) {
    have.push_back(str_from(h));
  }
  module_add(m, "_have_functions", list_from_vector(std::move(have)));
  return m;
}

}  // namespace native

}  // namespace pyrt

void pystd_5posix::register_module() { pyrt::register_module("posix", pyrt::native::make_posix_module); }
