// The native module `pwd` (Modules/pwdmodule.c of CPython 3.11): the password database as
// struct_passwd struct sequences, from getpwuid_r, getpwnam_r and getpwent.
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/structseq.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TypeObject* struct_passwd_type() {
  static TypeObject* const t = new_struct_sequence_type(
      {"pwd.struct_passwd",
       {{"pw_name"}, {"pw_passwd"}, {"pw_uid"}, {"pw_gid"}, {"pw_gecos"}, {"pw_dir"}, {"pw_shell"}},
       7});
  return t;
}

// mkpwent: a NULL text field is None.
Object text(const char* s) { return s == nullptr ? kNone : str_from(s); }

Object passwd_entry(const struct passwd& p) {
  return struct_sequence_new(struct_passwd_type(),
                             {text(p.pw_name), text(p.pw_passwd), Object::from_int(p.pw_uid),
                              Object::from_int(p.pw_gid), text(p.pw_gecos), text(p.pw_dir), text(p.pw_shell)});
}

// The buffer size getpw*_r want (sysconf's hint, 1024 without one), doubled on ERANGE.
std::size_t initial_buffer_size() {
  long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
  return hint > 0 ? static_cast<std::size_t>(hint) : 1024;
}

// pwd.getpwuid(uid, /): KeyError "getpwuid(): uid not found: 5", without the number for one
// outside uid_t ("uid should be integer, not str" for a non-int).
Object pwd_getpwuid(const CallArgs& args) {
  check_positional(args, "getpwuid", 1, 1);
  const Object& uid = args.args[0];
  if (!is_int(uid)) detail::type_error("uid should be integer, not " + type_name_text(uid));
  std::int64_t v = 0;
  if (!int_to_int64(uid, v) || v < 0 || v > static_cast<std::int64_t>(UINT32_MAX) - 1) {
    raise(new_exception_args(exc::KeyError, {str_from("getpwuid(): uid not found")}));
  }
  std::vector<char> buf(initial_buffer_size());
  struct passwd entry;
  struct passwd* found = nullptr;
  int rc;
  while ((rc = getpwuid_r(static_cast<uid_t>(v), &entry, buf.data(), buf.size(), &found)) == ERANGE) {
    buf.resize(buf.size() * 2);
  }
  if (found == nullptr) {
    raise(new_exception_args(exc::KeyError, {str_from("getpwuid(): uid not found: " + std::to_string(v))}));
  }
  return passwd_entry(entry);
}

// pwd.getpwnam(name, /): KeyError "getpwnam(): name not found: 'x'".
Object pwd_getpwnam(const CallArgs& args) {
  check_positional(args, "getpwnam", 1, 1);
  const Object& name = args.args[0];
  if (!is_str(name)) bad_argument("getpwnam", 0, "str", name);
  std::string n(str_view(name));
  if (n.find('\0') != std::string::npos) detail::value_error("embedded null byte");
  std::vector<char> buf(initial_buffer_size());
  struct passwd entry;
  struct passwd* found = nullptr;
  while (getpwnam_r(n.c_str(), &entry, buf.data(), buf.size(), &found) == ERANGE) buf.resize(buf.size() * 2);
  if (found == nullptr) {
    raise(new_exception_args(exc::KeyError, {str_from("getpwnam(): name not found: " + repr_text(name))}));
  }
  return passwd_entry(entry);
}

// pwd.getpwall(): every entry, in the database's order.
Object pwd_getpwall(const CallArgs&) {
  std::vector<Object> entries;
  setpwent();
  while (struct passwd* p = getpwent()) entries.push_back(passwd_entry(*p));
  endpwent();
  return list_from_vector(std::move(entries));
}

const NativeFunctionDef kFunctions[] = {
    {"getpwuid", pwd_getpwuid, kOwnArgs, kAnyArgs},
    {"getpwnam", pwd_getpwnam, kOwnArgs, kAnyArgs},
    {"getpwall", pwd_getpwall, 0, 0},
};

}  // namespace

namespace native {

Object make_pwd_module() {
  Object m = new_module("pwd");
  module_add_functions(m, kFunctions);
  module_add(m, "struct_passwd", Object(struct_passwd_type()));
  return m;
}

}  // namespace native

}  // namespace pyrt

void pystd_3pwd::register_module() { pyrt::register_module("pwd", pyrt::native::make_pwd_module); }
