// The native module `_stat` (Modules/_stat.c of CPython 3.11), which stat.py (translated from
// CPython's Lib) imports over its pure-Python definitions: the S_IS* tests, S_IMODE, S_IFMT and
// filemode with _PyLong_AsMode_t's errors, and the constants of Linux's <sys/stat.h>.
#include <sys/stat.h>

#include <cstdint>
#include <string>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/module.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// _PyLong_AsMode_t: an int (no __index__) that fits mode_t, 32 unsigned bits on Linux.
std::uint32_t mode_argument(const Object& x) {
  if (!is_int(x)) detail::type_error("an integer is required");
  if (int_sign(x) < 0) raise_error(exc::OverflowError, "can't convert negative value to unsigned int");
  std::int64_t v;
  if (!int_to_int64(x, v)) {
    if (int_compare(x, int_from_digits("18446744073709551615")) > 0) {
      raise_error(exc::OverflowError, "Python int too large to convert to C unsigned long");
    }
    raise_error(exc::OverflowError, "mode out of range");
  }
  if (v > UINT32_MAX) raise_error(exc::OverflowError, "mode out of range");
  return static_cast<std::uint32_t>(v);
}

template <std::uint32_t kType>
Object is_type(const CallArgs& args) {
  return Object::from_bool((mode_argument(args.args[0]) & S_IFMT) == kType);
}

// S_ISDOOR, S_ISPORT and S_ISWHT: Solaris' and BSD's file types, never true on Linux.
Object never(const CallArgs& args) {
  mode_argument(args.args[0]);
  return Object::from_bool(false);
}

Object s_imode(const CallArgs& args) { return Object::from_int(mode_argument(args.args[0]) & 07777); }
Object s_ifmt(const CallArgs& args) { return Object::from_int(mode_argument(args.args[0]) & S_IFMT); }

// filetype: the ls letter of the file type, '?' for an unknown one.
char file_type_letter(std::uint32_t mode) {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return '-';
    case S_IFDIR:
      return 'd';
    case S_IFLNK:
      return 'l';
    case S_IFBLK:
      return 'b';
    case S_IFCHR:
      return 'c';
    case S_IFIFO:
      return 'p';
    case S_IFSOCK:
      return 's';
    default:
      return '?';
  }
}

// fileperm's letter for an execute bit, with its set-id or sticky bit (`special`).
char exec_letter(std::uint32_t mode, std::uint32_t exec, std::uint32_t special, char set, char set_no_exec) {
  if ((mode & special) != 0) return (mode & exec) != 0 ? set : set_no_exec;
  return (mode & exec) != 0 ? 'x' : '-';
}

// stat_filemode: "-rwxr-xr-x" as ls -l shows it.
Object filemode(const CallArgs& args) {
  std::uint32_t mode = mode_argument(args.args[0]);
  std::string out(1, file_type_letter(mode));
  out += (mode & S_IRUSR) != 0 ? 'r' : '-';
  out += (mode & S_IWUSR) != 0 ? 'w' : '-';
  out += exec_letter(mode, S_IXUSR, S_ISUID, 's', 'S');
  out += (mode & S_IRGRP) != 0 ? 'r' : '-';
  out += (mode & S_IWGRP) != 0 ? 'w' : '-';
  out += exec_letter(mode, S_IXGRP, S_ISGID, 's', 'S');
  out += (mode & S_IROTH) != 0 ? 'r' : '-';
  out += (mode & S_IWOTH) != 0 ? 'w' : '-';
  out += exec_letter(mode, S_IXOTH, S_ISVTX, 't', 'T');
  return str_from(out);
}

/// A constant of the module (the values CPython 3.11 has on Linux).
struct StatConstant {
  const char* name;
  std::int64_t value;
};

constexpr StatConstant kConstants[] = {
    {"SF_APPEND", 262144},
    {"SF_ARCHIVED", 65536},
    {"SF_IMMUTABLE", 131072},
    {"SF_NOUNLINK", 1048576},
    {"SF_SNAPSHOT", 2097152},
    {"ST_ATIME", 7},
    {"ST_CTIME", 9},
    {"ST_DEV", 2},
    {"ST_GID", 5},
    {"ST_INO", 1},
    {"ST_MODE", 0},
    {"ST_MTIME", 8},
    {"ST_NLINK", 3},
    {"ST_SIZE", 6},
    {"ST_UID", 4},
    {"S_ENFMT", 1024},
    {"S_IEXEC", 64},
    {"S_IFBLK", 24576},
    {"S_IFCHR", 8192},
    {"S_IFDIR", 16384},
    {"S_IFDOOR", 0},
    {"S_IFIFO", 4096},
    {"S_IFLNK", 40960},
    {"S_IFPORT", 0},
    {"S_IFREG", 32768},
    {"S_IFSOCK", 49152},
    {"S_IFWHT", 0},
    {"S_IREAD", 256},
    {"S_IRGRP", 32},
    {"S_IROTH", 4},
    {"S_IRUSR", 256},
    {"S_IRWXG", 56},
    {"S_IRWXO", 7},
    {"S_IRWXU", 448},
    {"S_ISGID", 1024},
    {"S_ISUID", 2048},
    {"S_ISVTX", 512},
    {"S_IWGRP", 16},
    {"S_IWOTH", 2},
    {"S_IWRITE", 128},
    {"S_IWUSR", 128},
    {"S_IXGRP", 8},
    {"S_IXOTH", 1},
    {"S_IXUSR", 64},
    {"UF_APPEND", 4},
    {"UF_COMPRESSED", 32},
    {"UF_HIDDEN", 32768},
    {"UF_IMMUTABLE", 2},
    {"UF_NODUMP", 1},
    {"UF_NOUNLINK", 16},
    {"UF_OPAQUE", 8},
};

}  // namespace

Object native::make_stat_module() {
  Object m = new_module("_stat",
    "S_IFMT_: file type bits\n"
    "S_IFDIR: directory\n"
    "S_IFCHR: character device\n"
    "S_IFBLK: block device\n"
    "S_IFREG: regular file\n"
    "S_IFIFO: fifo (named pipe)\n"
    "S_IFLNK: symbolic link\n"
    "S_IFSOCK: socket file\n"
    "S_IFDOOR: door\n"
    "S_IFPORT: event port\n"
    "S_IFWHT: whiteout\n"
    "\n"
    "S_ISUID: set UID bit\n"
    "S_ISGID: set GID bit\n"
    "S_ENFMT: file locking enforcement\n"
    "S_ISVTX: sticky bit\n"
    "S_IREAD: Unix V7 synonym for S_IRUSR\n"
    "S_IWRITE: Unix V7 synonym for S_IWUSR\n"
    "S_IEXEC: Unix V7 synonym for S_IXUSR\n"
    "S_IRWXU: mask for owner permissions\n"
    "S_IRUSR: read by owner\n"
    "S_IWUSR: write by owner\n"
    "S_IXUSR: execute by owner\n"
    "S_IRWXG: mask for group permissions\n"
    "S_IRGRP: read by group\n"
    "S_IWGRP: write by group\n"
    "S_IXGRP: execute by group\n"
    "S_IRWXO: mask for others (not in group) permissions\n"
    "S_IROTH: read by others\n"
    "S_IWOTH: write by others\n"
    "S_IXOTH: execute by others\n"
    "\n"
    "UF_NODUMP: do not dump file\n"
    "UF_IMMUTABLE: file may not be changed\n"
    "UF_APPEND: file may only be appended to\n"
    "UF_OPAQUE: directory is opaque when viewed through a union stack\n"
    "UF_NOUNLINK: file may not be renamed or deleted\n"
    "UF_COMPRESSED: OS X: file is hfs-compressed\n"
    "UF_HIDDEN: OS X: file should not be displayed\n"
    "SF_ARCHIVED: file may be archived\n"
    "SF_IMMUTABLE: file may not be changed\n"
    "SF_APPEND: file may only be appended to\n"
    "SF_NOUNLINK: file may not be renamed or deleted\n"
    "SF_SNAPSHOT: file is a snapshot file\n"
    "\n"
    "ST_MODE\n"
    "ST_INO\n"
    "ST_DEV\n"
    "ST_NLINK\n"
    "ST_UID\n"
    "ST_GID\n"
    "ST_SIZE\n"
    "ST_ATIME\n"
    "ST_MTIME\n"
    "ST_CTIME\n"
    "\n"
    "FILE_ATTRIBUTE_*: Windows file attribute constants\n"
    "                   (only present on Windows)\n");
  static const NativeFunctionDef functions[] = {
      {"S_ISDIR", is_type<S_IFDIR>, 1, 1},
      {"S_ISCHR", is_type<S_IFCHR>, 1, 1},
      {"S_ISBLK", is_type<S_IFBLK>, 1, 1},
      {"S_ISREG", is_type<S_IFREG>, 1, 1},
      {"S_ISFIFO", is_type<S_IFIFO>, 1, 1},
      {"S_ISLNK", is_type<S_IFLNK>, 1, 1},
      {"S_ISSOCK", is_type<S_IFSOCK>, 1, 1},
      {"S_ISDOOR", never, 1, 1},
      {"S_ISPORT", never, 1, 1},
      {"S_ISWHT", never, 1, 1},
      {"S_IMODE", s_imode, 1, 1},
      {"S_IFMT", s_ifmt, 1, 1},
      {"filemode", filemode, 1, 1},
  };
  module_add_functions(m, functions);
  for (const StatConstant& c : kConstants) module_add(m, c.name, Object::from_int(c.value));
  return m;
}

}  // namespace pyrt

void pystd_5_stat::register_module() { pyrt::register_module("_stat", pyrt::native::make_stat_module); }
