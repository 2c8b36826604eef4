// The types and shared helpers of the native module `_io`, one file per type (io_base.cpp, ...).
// Mirrors the state CPython 3.11's Modules/_io/_iomodule.h shares between its files.
#pragma once

#include "pyrt/object/object.h"
#include "pyrt/object/type.h"

namespace pyrt::detail {

/// _io._IOBase, _io._RawIOBase, _io._BufferedIOBase, _io._TextIOBase (io_base.cpp): their
/// instances, and those of Python subclasses, are plain instances with a __dict__, as CPython's
/// iobase objects are; every default method works through the object's own attributes.
TypeObject* iobase_type();
TypeObject* rawiobase_type();
TypeObject* bufferediobase_type();
TypeObject* textiobase_type();

/// _io.StringIO (string_io.cpp).
TypeObject* string_io_type();

/// _io.BytesIO (bytes_io.cpp).
TypeObject* bytes_io_type();

/// _io.FileIO (file_io.cpp).
TypeObject* file_io_type();
/// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (buffered_io.cpp).
TypeObject* buffered_reader_type();
TypeObject* buffered_writer_type();
TypeObject* buffered_random_type();
TypeObject* buffered_rwpair_type();
/// _io.TextIOWrapper (text_io.cpp).
TypeObject* text_io_wrapper_type();
/// _io.IncrementalNewlineDecoder (newline_decoder.cpp).
TypeObject* newline_decoder_type();

/// PyObject_GetBuffer(x, PyBUF_WRITABLE) as readinto's "w*" takes it: the bytes of a bytearray
/// or of a writable, contiguous memoryview. TypeError "<fname> argument must be read-write
/// bytes-like object, not bytes" for anything else.
void writable_buffer(const Object& x, const char* fname, char*& data, std::size_t& size);

/// io.UnsupportedOperation, a class deriving from OSError and ValueError (made as _iomodule.c
/// makes it, by calling type).
TypeObject* unsupported_operation_type();

/// Raises io.UnsupportedOperation(message) (iobase_unsupported).
[[noreturn]] void raise_unsupported(const char* message);
/// Raises ValueError "I/O operation on closed file.".
[[noreturn]] void raise_closed_file();
/// _PyIOBase_check_closed: raises ValueError "I/O operation on closed file." when `self.closed`
/// is true.
void check_closed(const Object& self);

/// _IOBase.__iter__ (self, once checked open) and __next__ (self.readline() until an empty
/// line): the iteration of the native classes that keep _IOBase's.
Object iobase_iter(const Object& self);
bool iobase_next(const Object& self, Object& out);

/// What the dealloc() of an _io object runs first, once (`finalized` records it), as
/// iobase_finalize: self.close() unless self.closed, after setting self._finalizing = True;
/// errors are dropped. Returns false when close() resurrected the object, which must then stay.
bool finalize_io_object(HeapObject* self, bool& finalized);

/// The dict item of a StringIO's or BytesIO's __setstate__ state (`ordinal` names it in the
/// TypeError: "third item of state should be a dict, got a int"): merged into the object's
/// __dict__, or made it; None leaves it alone.
void restore_state_dict(const Object& self, const Object& dict, const char* ordinal);

/// _Py_convert_optional_to_ssize_t for the size or hint argument args[0] of read, readline,
/// truncate, ...: `absent` when missing or None, else its __index__; TypeError "argument should
/// be integer or None, not 'str'".
std::int64_t optional_size(const CallArgs& args, std::int64_t absent = -1);

/// A class of _io: `name` under `base` in module _io (tp_name "_io.NAME"), made by `native_new`,
/// with `init` as its __init__ when given; the caller adds its methods and getsets.
TypeObject* make_io_class(const char* name, TypeObject* base, NativeNew native_new,
                          Object (*init)(const CallArgs& args) = nullptr);

/// What the native _io objects share (FileIO, the buffered classes, TextIOWrapper, StringIO,
/// BytesIO): a __dict__ made on first use, read and written as an Instance's, and _IOBase's
/// iteration by readline() unless the class has its own.
struct IOObject : HeapObject {
  explicit IOObject(TypeObject* type) : HeapObject(type) {}
  Object dict;
  bool finalized = false;  ///< finalize_io_object has run

  Object* instance_dict() override { return &dict; }
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;
  Object iter() override;
  bool next(Object& out) override;
};

/// __getstate__ of FileIO, the buffered classes and TextIOWrapper: TypeError "cannot pickle
/// '_io.FileIO' object", as their C types refuse.
Object refuse_getstate(const Object& self, const CallArgs& args);

/// io.DEFAULT_BUFFER_SIZE.
inline constexpr std::int64_t kDefaultBufferSize = 8192;

}  // namespace pyrt::detail
