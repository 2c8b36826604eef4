// builtins.open, which is _io.open (Modules/_io/_iomodule.c's _io_open_impl), in a file of its
// own: every program links the builtin, and only those importing io link the rest of _io.
#include <cstdint>
#include <string>

#include "../object/internal.h"
#include "io_types.h"
#include "native.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// The mode letters of _io_open_impl.
struct OpenMode {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  std::string raw;  ///< the mode FileIO gets: "x", "r", "w" or "a", then "+" if updating
};

// _io_open_impl's mode parsing and validation (ValueError "invalid mode: 'rr'", "can't have
// text and binary mode at once", "must have exactly one of create/read/write/append mode").
OpenMode parse_open_mode(std::string_view mode) {
  OpenMode m;
  for (std::size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    bool* flag = c == 'x' ? &m.creating : c == 'r' ? &m.reading : c == 'w' ? &m.writing : c == 'a' ? &m.appending
                 : c == '+' ? &m.updating : c == 't' ? &m.text : c == 'b' ? &m.binary : nullptr;
    if (flag == nullptr || mode.find(c, i + 1) != std::string_view::npos) {
      detail::value_error("invalid mode: '" + std::string(mode) + "'");
    }
    *flag = true;
  }
  if (m.creating) m.raw += 'x';
  if (m.reading) m.raw += 'r';
  if (m.writing) m.raw += 'w';
  if (m.appending) m.raw += 'a';
  if (m.updating) m.raw += '+';
  if (m.text && m.binary) detail::value_error("can't have text and binary mode at once");
  if (m.creating + m.reading + m.writing + m.appending > 1) {
    detail::value_error("must have exactly one of create/read/write/append mode");
  }
  return m;
}

// Argument Clinic's `str(accept={str, NoneType})` for open()'s arguments.
Object optional_text(const Object& x, const char* argname) {
  if (x.is_unbound() || x.is_none()) return kNone;
  if (!is_str(x)) detail::type_error(std::string("open() argument '") + argname + "' must be str or None, not " + type_name_text(x));
  return x;
}

// The stream open() returns, closed when wrapping it fails (its error is what propagates).
template <typename F>
Object closing_on_error(const Object& stream, F wrap) {
  try {
    return wrap();
  } catch (PyException&) {
    try {
      call_method(stream, intern("close"), {});
    } catch (PyException&) {
    }
    throw;
  }
}

// PyErr_WarnEx(PyExc_RuntimeWarning, message, 1), through _warnings.warn.
void runtime_warning(const char* message) {
  Object warn = getattr(import_module("_warnings"), intern("warn"));
  call(warn, {str_from(message), Object(exc::RuntimeWarning), Object::from_int(1)});
}

// _io_open_impl(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
// closefd=True, opener=None): a FileIO, wrapped in a BufferedReader, BufferedWriter or
// BufferedRandom unless unbuffered, wrapped in a TextIOWrapper in text mode (whose `mode`
// attribute is then the mode given).
Object io_open(const CallArgs& args) {
  Object a[8];
  parse_args(args, "open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 8, 1, a);
  // A file that is neither a descriptor nor a path gets FileIO's TypeError, which is the one
  // PyOS_FSPath would raise here ("expected str, bytes or os.PathLike object, not list").
  const Object& file = a[0];
  if (file.type() == types::bool_) runtime_warning("bool is used as a file descriptor");
  Object mode_obj = a[1].is_unbound() ? str_from("r") : a[1];
  if (!is_str(mode_obj)) detail::type_error("open() argument 'mode' must be str, not " + type_name_text(mode_obj));
  std::int64_t buffering = a[2].is_unbound() ? -1 : index_value(a[2]);
  Object encoding = optional_text(a[3], "encoding");
  Object errors = optional_text(a[4], "errors");
  Object newline = optional_text(a[5], "newline");
  Object closefd = a[6].is_unbound() ? kTrue : Object::from_bool(index_value(a[6]) != 0);
  Object opener = a[7].is_unbound() ? kNone : a[7];
  OpenMode m = parse_open_mode(str_view(mode_obj));
  if (m.binary && !encoding.is_none()) detail::value_error("binary mode doesn't take an encoding argument");
  if (m.binary && !errors.is_none()) detail::value_error("binary mode doesn't take an errors argument");
  if (m.binary && !newline.is_none()) detail::value_error("binary mode doesn't take a newline argument");
  if (m.binary && buffering == 1) {
    runtime_warning("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  Object raw = call(Object(detail::file_io_type()), {file, str_from(m.raw), closefd, opener});
  return closing_on_error(raw, [&]() -> Object {
    bool line_buffering = false;
    if (buffering == 1 || (buffering < 0 && truthy(call_method(raw, intern("isatty"), {})))) {
      buffering = -1;
      line_buffering = true;
    }
    if (buffering < 0) buffering = ssize_value(getattr(raw, intern("_blksize")));
    if (buffering < 0) detail::value_error("invalid buffering size");
    if (buffering == 0) {
      if (!m.binary) detail::value_error("can't have unbuffered text I/O");
      return raw;
    }
    TypeObject* buffered = m.updating ? detail::buffered_random_type()
                         : m.creating || m.writing || m.appending ? detail::buffered_writer_type()
                         : detail::buffered_reader_type();
    Object buffer = call(Object(buffered), {raw, Object::from_int(buffering)});
    if (m.binary) return buffer;
    return closing_on_error(buffer, [&] {
      Object wrapper = call(Object(detail::text_io_wrapper_type()),
                            {buffer, encoding, errors, newline, Object::from_bool(line_buffering)});
      return closing_on_error(wrapper, [&] {
        setattr(wrapper, intern("mode"), mode_obj);
        return wrapper;
      });
    });
  });
}

}  // namespace

Object native::io_open_function() {
  static const Object open = [] {
    Object f = make_builtin(NativeFunctionDef{"open", io_open, kOwnArgs, kOwnArgs}, intern("io"));
    ++f.heap()->refcnt;  // immortal, as a builtin
    return f;
  }();
  return open;
}

}  // namespace pyrt
