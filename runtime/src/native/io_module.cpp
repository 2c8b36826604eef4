// The native module `_io` (Modules/_io/_iomodule.c): the I/O class hierarchy io.py re-exports,
// io.UnsupportedOperation and DEFAULT_BUFFER_SIZE.
#include <string>

#include "../object/internal.h"
#include "io_types.h"
#include "native.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/module.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// _io.text_encoding(encoding, stacklevel=2, /): "locale" for None, as CPython says outside
// UTF-8 mode (the EncodingWarning it may emit is off by default).
Object io_text_encoding(const CallArgs& args) {
  check_no_kwargs(args, "io.text_encoding");
  check_positional(args, "text_encoding", 1, 2);
  if (args.npos > 1) index_value(args.args[1]);
  return args.args[0].is_none() ? str_from("locale") : args.args[0];
}

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

// _io_open_code_impl: open(path, "rb").
Object io_open_code(const CallArgs& args) {
  Object a[1];
  parse_args(args, "open_code", {"path"}, 1, 1, a);
  if (!is_str(a[0])) detail::type_error("open_code() argument 'path' must be str, not " + type_name_text(a[0]));
  Object open_args[2] = {a[0], str_from("rb")};
  return io_open(CallArgs{open_args, 2, 0, nullptr});
}

const NativeFunctionDef io_functions[] = {
    {"text_encoding", io_text_encoding, kOwnArgs, kOwnArgs},
    {"open_code", io_open_code, kOwnArgs, kOwnArgs},
};

}  // namespace

Object native::io_open_function() {
  static const Object open = [] {
    Object f = make_builtin(NativeFunctionDef{"open", io_open, kOwnArgs, kOwnArgs}, intern("io"));
    ++f.heap()->refcnt;  // immortal, as a builtin
    return f;
  }();
  return open;
}

Object native::make_io_module() {
  static const char* const doc =
    "The io module provides the Python interfaces to stream handling. The\n"
    "builtin open function is defined in this module.\n"
    "\n"
    "At the top of the I/O hierarchy is the abstract base class IOBase. It\n"
    "defines the basic interface to a stream. Note, however, that there is no\n"
    "separation between reading and writing to streams; implementations are\n"
    "allowed to raise an OSError if they do not support a given operation.\n"
    "\n"
    "Extending IOBase is RawIOBase which deals simply with the reading and\n"
    "writing of raw bytes to a stream. FileIO subclasses RawIOBase to provide\n"
    "an interface to OS files.\n"
    "\n"
    "BufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\n"
    "subclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\n"
    "streams that are readable, writable, and both respectively.\n"
    "BufferedRandom provides a buffered interface to random access\n"
    "streams. BytesIO is a simple stream of in-memory bytes.\n"
    "\n"
    "Another IOBase subclass, TextIOBase, deals with the encoding and decoding\n"
    "of streams into text. TextIOWrapper, which extends it, is a buffered text\n"
    "interface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\n"
    "is an in-memory stream for text.\n"
    "\n"
    "Argument names are not part of the specification, and only the arguments\n"
    "of open() are intended to be used as keyword arguments.\n"
    "\n"
    "data:\n"
    "\n"
    "DEFAULT_BUFFER_SIZE\n"
    "\n"
    "   An int containing the default buffer size used by the module's buffered\n"
    "   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n"
    "   possible.\n";
  Object m = new_module("_io", doc);
  module_add(m, "DEFAULT_BUFFER_SIZE", Object::from_int(detail::kDefaultBufferSize));
  module_add(m, "UnsupportedOperation", Object(detail::unsupported_operation_type()));
  module_add(m, "_IOBase", Object(detail::iobase_type()));
  module_add(m, "_RawIOBase", Object(detail::rawiobase_type()));
  module_add(m, "_BufferedIOBase", Object(detail::bufferediobase_type()));
  module_add(m, "_TextIOBase", Object(detail::textiobase_type()));
  module_add(m, "StringIO", Object(detail::string_io_type()));
  module_add(m, "BytesIO", Object(detail::bytes_io_type()));
  module_add(m, "FileIO", Object(detail::file_io_type()));
  module_add(m, "IncrementalNewlineDecoder", Object(detail::newline_decoder_type()));
  module_add(m, "BufferedReader", Object(detail::buffered_reader_type()));
  module_add(m, "BufferedWriter", Object(detail::buffered_writer_type()));
  module_add(m, "BufferedRandom", Object(detail::buffered_random_type()));
  module_add(m, "BufferedRWPair", Object(detail::buffered_rwpair_type()));
  module_add(m, "TextIOWrapper", Object(detail::text_io_wrapper_type()));
  module_add(m, "BlockingIOError", Object(exc::BlockingIOError));
  module_add(m, "open", io_open_function());
  // Their __module__ is "io": _iomodule.c names its module "io" in its PyModuleDef.
  for (const NativeFunctionDef& f : io_functions) module_add(m, f.name, make_builtin(f, intern("io")));
  return m;
}

}  // namespace pyrt
