// OSError and the subclasses its errno selects. Mirrors OSError_new,
// oserror_parse_args, oserror_init, OSError_init, OSError_str and the errno
// map of CPython 3.11's Objects/exceptions.c (POSIX: the 4th argument,
// winerror, is ignored).
#include <cerrno>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// A field never set reads as None.
Object field(const Object& value) { return value.is_unbound() ? kNone : value; }

// _PyExc_InitState's errnomap: the subclass OSError(errno, ...) makes.
TypeObject* subclass_for_errno(std::int64_t code) {
  switch (code) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return exc::BlockingIOError;
    case ECHILD: return exc::ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return exc::BrokenPipeError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EEXIST: return exc::FileExistsError;
    case ENOENT: return exc::FileNotFoundError;
    case EISDIR: return exc::IsADirectoryError;
    case ENOTDIR: return exc::NotADirectoryError;
    case EINTR: return exc::InterruptedError;
    case EACCES:
    case EPERM: return exc::PermissionError;
    case ESRCH: return exc::ProcessLookupError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return nullptr;
  }
}

// oserror_use_init: a subclass with its own __init__ (and OSError's __new__) parses the
// arguments when __init__ runs, not when the object is made.
bool uses_init(TypeObject* type) {
  Object init = type->lookup(detail::names::init);
  return !detail::is_slot_default(init);
}

// oserror_init: the fields from (errno, strerror[, filename[, winerror[, filename2]]]); a
// filename drops everything after strerror from args. BlockingIOError's third argument may
// be the count of characters written instead.
void init_fields(ExceptionObject* e, const CallArgs& args) {
  e->os = std::make_unique<OSErrorFields>();
  OSErrorFields& os = *e->os;
  std::vector<Object> a(args.args, args.args + args.npos);
  e->args = tuple_from_vector(a);
  if (a.size() < 2 || a.size() > 5) return;
  os.myerrno = a[0];
  os.strerror = a[1];
  if (a.size() < 3 || a[2].is_none()) return;
  std::int64_t written = 0;
  if (e->type == exc::BlockingIOError && int_to_int64(a[2], written)) {
    os.written = written;
    return;
  }
  os.filename = a[2];
  if (a.size() == 5 && !a[4].is_none()) os.filename2 = a[4];
  e->args = tuple_of({a[0], a[1]});
}

}  // namespace

Object detail::os_error_new(TypeObject* type, const CallArgs& args) {
  if (uses_init(type)) {
    Object obj = make<ExceptionObject>(type, tuple_of({}));
    static_cast<ExceptionObject*>(obj.heap())->os = std::make_unique<OSErrorFields>();
    return obj;
  }
  if (args.nkw != 0) type_error(type->name + "() takes no keyword arguments");
  std::int64_t code = 0;
  if (type == exc::OSError && args.npos >= 2 && args.npos <= 5 && args.args[0].is_small_int()) {
    code = args.args[0].as_int();
    if (TypeObject* sub = subclass_for_errno(code)) type = sub;
  }
  Object obj = make<ExceptionObject>(type, tuple_of({}));
  init_fields(static_cast<ExceptionObject*>(obj.heap()), args);
  return obj;
}

// OSError.__init__: parses here only for a subclass whose own __init__ called it.
Object detail::os_error_init(const CallArgs& args) {
  if (args.npos < 1) type_error("descriptor '__init__' of 'OSError' object needs an argument");
  ExceptionObject* e = as_exception(args.args[0]);
  if (e == nullptr || !e->type->is_subtype(exc::OSError)) {
    type_error("descriptor '__init__' requires a 'OSError' object but received a '" +
               type_name_text(args.args[0]) + "'");
  }
  if (!uses_init(e->type)) return kNone;
  if (args.nkw != 0) type_error(e->type->name + "() takes no keyword arguments");
  init_fields(e, CallArgs{args.args + 1, args.npos - 1, 0, nullptr});
  return kNone;
}

// A field never set, unlike one set to None, leaves str() alone.
Object detail::os_error_str(const OSErrorFields& os) {
  if (!os.filename.is_unbound()) {
    std::string head = "[Errno " + str_text(str(field(os.myerrno))) + "] " + str_text(str(field(os.strerror))) +
                       ": " + repr_text(os.filename);
    if (!os.filename2.is_unbound()) head += " -> " + repr_text(os.filename2);
    return str_from(head);
  }
  if (!os.myerrno.is_unbound() && !os.strerror.is_unbound()) {
    return str_from("[Errno " + str_text(str(os.myerrno)) + "] " + str_text(str(os.strerror)));
  }
  return Object();
}

Object detail::os_error_getattr(const OSErrorFields& os, const Object& name) {
  std::string_view n = str_view(name);
  if (n == "errno") return field(os.myerrno);
  if (n == "strerror") return field(os.strerror);
  if (n == "filename") return field(os.filename);
  if (n == "filename2") return field(os.filename2);
  if (n == "characters_written") {
    if (os.written < 0) raise_error(exc::AttributeError, "characters_written");
    return Object::from_int(os.written);
  }
  return Object();
}

bool detail::os_error_setattr(OSErrorFields& os, const Object& name, const Object& value) {
  std::string_view n = str_view(name);
  if (n == "errno") os.myerrno = value;
  else if (n == "strerror") os.strerror = value;
  else if (n == "filename") os.filename = value;
  else if (n == "filename2") os.filename2 = value;
  else return false;
  return true;
}

}  // namespace pyrt
