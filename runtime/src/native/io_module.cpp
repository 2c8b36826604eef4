// The native module `_io` (Modules/_io/_iomodule.c): the I/O class hierarchy io.py re-exports,
// io.UnsupportedOperation and DEFAULT_BUFFER_SIZE.
#include <string>

#include "../object/internal.h"
#include "io_types.h"
#include "native.h"
#include "pyrt/object/import.h"
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

// _io_open_code_impl: open(path, "rb").
Object io_open_code(const CallArgs& args) {
  Object a[1];
  parse_args(args, "open_code", {"path"}, 1, 1, a);
  if (!is_str(a[0])) detail::type_error("open_code() argument 'path' must be str, not " + type_name_text(a[0]));
  return call(native::io_open_function(), {a[0], str_from("rb")});
}

const NativeFunctionDef io_functions[] = {
    {"text_encoding", io_text_encoding, kOwnArgs, kOwnArgs},
    {"open_code", io_open_code, kOwnArgs, kOwnArgs},
};

}  // namespace

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

void pystd_3_io::register_module() { pyrt::register_module("_io", pyrt::native::make_io_module); }
