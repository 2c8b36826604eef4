// The abstract bases of `_io`: _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase with their
// default methods, and io.UnsupportedOperation. Mirrors CPython 3.11's Modules/_io/iobase.c,
// bufferedio.c (_BufferedIOBase) and textio.c (_TextIOBase): every default works through the
// object's own attributes (self.closed, self.read, self.readline, ...), so Python subclasses
// override any of them, and the closed state is the instance attribute __IOBase_closed.
#include <algorithm>
#include <cstring>
#include <string>

#include "../object/internal.h"
#include "io_types.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/instance.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/memoryview.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

namespace {

Object attr_name(std::string_view text) { return intern(text); }

bool is_bytes(const Object& x) { return x.type()->is_subtype(types::bytes); }
const std::string& bytes_data(const Object& x) { return static_cast<BytesObject*>(x.heap())->data; }

// iobase_is_closed: the instance attribute __IOBase_closed exists (whatever its value).
bool iobase_is_closed(const Object& self) {
  static const Object closed_flag = attr_name("__IOBase_closed");
  return !getattr_or_unbound(self, closed_flag).is_unbound();
}


// --- _IOBase ---------------------------------------------------------------------------------

Object m_seek(const Object&, const CallArgs&) { detail::raise_unsupported("seek"); }
Object m_truncate(const Object&, const CallArgs&) { detail::raise_unsupported("truncate"); }
Object m_fileno(const Object&, const CallArgs&) { detail::raise_unsupported("fileno"); }

// iobase_tell: self.seek(0, 1).
Object m_tell(const Object& self, const CallArgs&) {
  return call_method(self, attr_name("seek"), {Object::from_int(0), Object::from_int(1)});
}

Object m_false(const Object&, const CallArgs&) { return kFalse; }

// iobase_flush: only checks that the object is not closed.
Object m_flush(const Object& self, const CallArgs&) {
  if (iobase_is_closed(self)) detail::raise_closed_file();
  return kNone;
}

// iobase_close: flushes once, then marks the object closed even when flush raised.
Object m_close(const Object& self, const CallArgs&) {
  if (iobase_is_closed(self)) return kNone;
  static const Object closed_flag = attr_name("__IOBase_closed");
  try {
    call_method(self, attr_name("flush"), {});
  } catch (PyException&) {
    setattr(self, closed_flag, kTrue);
    throw;
  }
  setattr(self, closed_flag, kTrue);
  return kNone;
}

Object get_closed(const Object& self) { return Object::from_bool(iobase_is_closed(self)); }

Object m_check_closed(const Object& self, const CallArgs&) {
  detail::check_closed(self);
  return kNone;
}

// _PyIOBase_check_seekable and friends: self.seekable() must return True itself.
Object check_ability(const Object& self, const char* method, const char* message) {
  Object r = call_method(self, attr_name(method), {});
  if (!r.is(kTrue)) detail::raise_unsupported(message);
  return r;
}
Object m_check_seekable(const Object& self, const CallArgs&) {
  return check_ability(self, "seekable", "File or stream is not seekable.");
}
Object m_check_readable(const Object& self, const CallArgs&) {
  return check_ability(self, "readable", "File or stream is not readable.");
}
Object m_check_writable(const Object& self, const CallArgs&) {
  return check_ability(self, "writable", "File or stream is not writable.");
}

Object m_isatty(const Object& self, const CallArgs&) {
  detail::check_closed(self);
  return kFalse;
}

Object m_enter(const Object& self, const CallArgs&) {
  detail::check_closed(self);
  return self;
}

Object m_exit(const Object& self, const CallArgs&) { return call_method(self, attr_name("close"), {}); }

Object m_iter(const Object& self, const CallArgs&) { return detail::iobase_iter(self); }

Object m_next(const Object& self, const CallArgs&) {
  Object line;
  if (!detail::iobase_next(self, line)) raise(new_exception_args(exc::StopIteration, {}));
  return line;
}

// How many bytes readline may take from `peeked` (up to and including the first newline,
// at most `room` when room >= 0).
std::size_t readahead_length(const std::string& peeked, std::int64_t room) {
  std::size_t limit = peeked.size();
  if (room >= 0 && static_cast<std::size_t>(room) < limit) limit = static_cast<std::size_t>(room);
  std::size_t n = 0;
  while (n < limit) {
    if (peeked[n++] == '\n') break;
  }
  return n;
}

// _io__IOBase_readline_impl: reads through self.read (one byte at a time, or as far as the
// next newline self.peek shows) until a newline, the end of the stream or `limit` bytes.
Object m_readline(const Object& self, const CallArgs& args) {
  std::int64_t limit = detail::optional_size(args);
  Object peek = getattr_or_unbound(self, attr_name("peek"));
  std::string buffer;
  while (limit < 0 || static_cast<std::int64_t>(buffer.size()) < limit) {
    std::int64_t nreadahead = 1;
    if (!peek.is_unbound()) {
      Object ahead = call(peek, {Object::from_int(1)});
      if (!is_bytes(ahead)) {
        raise_error(exc::OSError, "peek() should have returned a bytes object, not '" + type_name_text(ahead) + "'");
      }
      const std::string& data = bytes_data(ahead);
      if (!data.empty()) {
        std::int64_t room = limit < 0 ? -1 : limit - static_cast<std::int64_t>(buffer.size());
        nreadahead = static_cast<std::int64_t>(readahead_length(data, room));
      }
    }
    Object b = call_method(self, attr_name("read"), {Object::from_int(nreadahead)});
    if (!is_bytes(b)) {
      raise_error(exc::OSError, "read() should have returned a bytes object, not '" + type_name_text(b) + "'");
    }
    const std::string& got = bytes_data(b);
    if (got.empty()) break;
    buffer += got;
    if (buffer.back() == '\n') break;
  }
  return bytes_from(buffer);
}

// _io__IOBase_readlines_impl: every line (list(self)) or, with a positive hint, lines until
// their total length exceeds it.
Object m_readlines(const Object& self, const CallArgs& args) {
  std::int64_t hint = detail::optional_size(args);
  Object result = list_of({});
  Object it = iter(self);
  Object line;
  std::int64_t length = 0;
  while (next(it, line)) {
    list_append(result, line);
    if (hint <= 0) continue;
    length += len(line);
    if (length > hint) break;
  }
  return result;
}

// _io__IOBase_writelines: self.write(line) for each item.
Object m_writelines(const Object& self, const CallArgs& args) {
  detail::check_closed(self);
  Object it = iter(args.args[0]);
  Object line;
  static const Object write = attr_name("write");
  while (next(it, line)) call_method(self, write, {line});
  return kNone;
}

/// An instance of _IOBase or of a Python subclass: a plain instance with a __dict__, closed
/// before it is deallocated (iobase_finalize).
struct IOBaseInstance final : Instance {
  explicit IOBaseInstance(TypeObject* type) : Instance(type) {}
  bool finalized = false;

  void dealloc() override {
    if (detail::finalize_io_object(this, finalized)) Instance::dealloc();
  }
};

// object.__new__ for these classes; the arguments are left to __init__, which _IOBase does not
// define (so they are ignored, as in CPython).
Object iobase_new(TypeObject* type, const CallArgs&) {
  if (type->is_abstract) return new_instance(type);  // raises CPython's TypeError
  return make<IOBaseInstance>(type);
}

const NativeMethodDef iobase_methods[] = {
    {"seek", m_seek, kOwnArgs, kOwnArgs},
    {"tell", m_tell, 0, 0},
    {"truncate", m_truncate, kOwnArgs, kOwnArgs},
    {"flush", m_flush, 0, 0},
    {"close", m_close, 0, 0},
    {"seekable", m_false, 0, 0},
    {"readable", m_false, 0, 0},
    {"writable", m_false, 0, 0},
    {"_checkClosed", m_check_closed, kOwnArgs, kOwnArgs},
    {"_checkSeekable", m_check_seekable, kOwnArgs, kOwnArgs},
    {"_checkReadable", m_check_readable, kOwnArgs, kOwnArgs},
    {"_checkWritable", m_check_writable, kOwnArgs, kOwnArgs},
    {"fileno", m_fileno, 0, 0},
    {"isatty", m_isatty, 0, 0},
    {"__enter__", m_enter, 0, 0},
    {"__exit__", m_exit, kOwnArgs, kOwnArgs},
    {"__iter__", m_iter, 0, 0},
    {"__next__", m_next, 0, 0},
    {"readline", m_readline, 0, 1},
    {"readlines", m_readlines, 0, 1},
    {"writelines", m_writelines, 1, 1},
};

const GetSetDef iobase_getsets[] = {{"closed", get_closed}};

// --- _RawIOBase ------------------------------------------------------------------------------

// _io__RawIOBase_read_impl: self.readall() for a negative size, else self.readinto on a fresh
// bytearray of `size` bytes, cut to the count it returns (None passes through).
Object m_raw_read(const Object& self, const CallArgs& args) {
  std::int64_t size = args.npos == 0 ? -1 : ssize_value(args.args[0]);
  if (size < 0) return call_method(self, attr_name("readall"), {});
  Object b = bytearray_from(std::string(static_cast<std::size_t>(size), '\0'));
  Object n = call_method(self, attr_name("readinto"), {b});
  if (n.is_none()) return kNone;
  Object count = Object::from_int(ssize_value(n));
  return bytes_from(static_cast<ByteArrayObject*>(getitem(b, make_slice(Object(), count, Object())).heap())->data);
}

// _io__RawIOBase_readall_impl: self.read(DEFAULT_BUFFER_SIZE) until it returns b"" (or None,
// which is the result when nothing was read before).
Object m_raw_readall(const Object& self, const CallArgs&) {
  std::string all;
  bool got_any = false;
  static const Object read = attr_name("read");
  for (;;) {
    Object data = call_method(self, read, {Object::from_int(detail::kDefaultBufferSize)});
    if (data.is_none()) {
      if (!got_any) return kNone;
      break;
    }
    if (!is_bytes(data)) detail::type_error("read() should return bytes");
    if (bytes_data(data).empty()) break;
    all += bytes_data(data);
    got_any = true;
  }
  return bytes_from(all);
}

Object m_not_implemented(const Object&, const CallArgs&) { raise(new_exception_args(exc::NotImplementedError, {})); }

const NativeMethodDef rawiobase_methods[] = {
    {"read", m_raw_read, 0, 1},
    {"readall", m_raw_readall, 0, 0},
    {"readinto", m_not_implemented, kOwnArgs, kOwnArgs},
    {"write", m_not_implemented, kOwnArgs, kOwnArgs},
};

// --- _BufferedIOBase -------------------------------------------------------------------------

Object m_unsupported_read(const Object&, const CallArgs&) { detail::raise_unsupported("read"); }
Object m_unsupported_read1(const Object&, const CallArgs&) { detail::raise_unsupported("read1"); }
Object m_unsupported_write(const Object&, const CallArgs&) { detail::raise_unsupported("write"); }
Object m_unsupported_detach(const Object&, const CallArgs&) { detail::raise_unsupported("detach"); }
Object m_unsupported_readline(const Object&, const CallArgs&) { detail::raise_unsupported("readline"); }

// _bufferediobase_readinto_generic: data = self.read(len(b)) (or read1), copied into the start
// of the writable buffer b; returns its length.
Object readinto_generic(const Object& self, const Object& buffer, const char* method) {
  char* target;
  std::size_t size;
  detail::writable_buffer(buffer, "readinto()", target, size);
  Object data = call_method(self, attr_name(method), {Object::from_int(static_cast<std::int64_t>(size))});
  if (!is_bytes(data)) detail::type_error("read() should return bytes");
  const std::string& got = bytes_data(data);
  if (got.size() > size) {
    detail::value_error("read() returned too much data: " + std::to_string(size) + " bytes requested, " +
                        std::to_string(got.size()) + " returned");
  }
  // The read may have resized a bytearray or released a view: ask for the memory again.
  detail::writable_buffer(buffer, "readinto()", target, size);
  std::memcpy(target, got.data(), std::min(size, got.size()));
  return Object::from_int(static_cast<std::int64_t>(got.size()));
}

Object m_readinto(const Object& self, const CallArgs& args) { return readinto_generic(self, args.args[0], "read"); }
Object m_readinto1(const Object& self, const CallArgs& args) { return readinto_generic(self, args.args[0], "read1"); }

const NativeMethodDef bufferediobase_methods[] = {
    {"detach", m_unsupported_detach, 0, 0},
    {"read", m_unsupported_read, kOwnArgs, kOwnArgs},
    {"read1", m_unsupported_read1, kOwnArgs, kOwnArgs},
    {"readinto", m_readinto, 1, 1},
    {"readinto1", m_readinto1, 1, 1},
    {"write", m_unsupported_write, kOwnArgs, kOwnArgs},
};

// --- _TextIOBase -----------------------------------------------------------------------------

Object get_none(const Object&) { return kNone; }

const NativeMethodDef textiobase_methods[] = {
    {"detach", m_unsupported_detach, 0, 0},
    {"read", m_unsupported_read, kOwnArgs, kOwnArgs},
    {"readline", m_unsupported_readline, kOwnArgs, kOwnArgs},
    {"write", m_unsupported_write, kOwnArgs, kOwnArgs},
};

const GetSetDef textiobase_getsets[] = {{"encoding", get_none}, {"newlines", get_none}, {"errors", get_none}};

TypeObject* make_io_type(const char* name, TypeObject* base) { return detail::make_io_class(name, base, iobase_new); }

}  // namespace

[[noreturn]] void detail::raise_unsupported(const char* message) {
  raise(new_exception_args(unsupported_operation_type(), {str_from(message)}));
}

void detail::writable_buffer(const Object& x, const char* fname, char*& data, std::size_t& size) {
  if (x.type()->is_subtype(types::bytearray)) {
    std::string& bytes = static_cast<ByteArrayObject*>(x.heap())->data;
    data = bytes.data();
    size = bytes.size();
    return;
  }
  if (is_memoryview(x)) {
    auto* view = static_cast<MemoryViewObject*>(x.heap());
    view->check_released();
    if (!view->readonly) {
      if (!view->is_contiguous()) raise_error(exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
      data = view->length == 0 ? nullptr : view->item(0);
      size = static_cast<std::size_t>(view->length * view->itemsize);
      return;
    }
  }
  type_error(std::string(fname) + " argument must be read-write bytes-like object, not " + type_name_text(x));
}

Object detail::iobase_iter(const Object& self) {
  check_closed(self);
  return self;
}

// iobase_iternext: self.readline() until it returns an empty line.
bool detail::iobase_next(const Object& self, Object& out) {
  static const Object readline = attr_name("readline");
  out = call_method(self, readline, {});
  return len(out) > 0;
}

[[noreturn]] void detail::raise_closed_file() { value_error("I/O operation on closed file."); }

void detail::check_closed(const Object& self) {
  static const Object closed = attr_name("closed");
  Object c = getattr_or_unbound(self, closed);
  if (!c.is_unbound() && truthy(c)) raise_closed_file();
}

// iobase_finalize: `_finalizing` tells close() it runs from the finalizer; what the attribute
// reads or close() raise is dropped, as CPython reports it only in development mode.
bool detail::finalize_io_object(HeapObject* self, bool& finalized) {
  if (finalized) return true;
  finalized = true;
  ++self->refcnt;  // held by hand, so that the Object below never deallocates again
  try {
    Object obj(self);
    static const Object closed = attr_name("closed");
    if (!truthy(getattr(obj, closed))) {
      try {
        setattr(obj, attr_name("_finalizing"), kTrue);
      } catch (PyException&) {
      }
      call_method(obj, attr_name("close"), {});
    }
  } catch (PyException&) {
  }
  return --self->refcnt == 0;
}

TypeObject* detail::unsupported_operation_type() {
  static TypeObject* const t = [] {
    Object ns = new_dict();
    dict_set(ns, names::module, str_from("io"));
    Object name = str_from("UnsupportedOperation");
    return make_class(name, name, tuple_of({Object(exc::OSError), Object(exc::ValueError)}), ns);
  }();
  return t;
}

TypeObject* detail::iobase_type() {
  static TypeObject* const t = [] {
    TypeObject* io = make_io_type("_IOBase", nullptr);
    add_methods(io, iobase_methods);
    add_getsets(io, iobase_getsets);
    return io;
  }();
  return t;
}

TypeObject* detail::rawiobase_type() {
  static TypeObject* const t = [] {
    TypeObject* raw = make_io_type("_RawIOBase", iobase_type());
    add_methods(raw, rawiobase_methods);
    return raw;
  }();
  return t;
}

TypeObject* detail::bufferediobase_type() {
  static TypeObject* const t = [] {
    TypeObject* buffered = make_io_type("_BufferedIOBase", iobase_type());
    add_methods(buffered, bufferediobase_methods);
    return buffered;
  }();
  return t;
}

TypeObject* detail::textiobase_type() {
  static TypeObject* const t = [] {
    TypeObject* text = make_io_type("_TextIOBase", iobase_type());
    add_methods(text, textiobase_methods);
    add_getsets(text, textiobase_getsets);
    return text;
  }();
  return t;
}

void detail::restore_state_dict(const Object& self, const Object& dict, const char* ordinal) {
  if (dict.is_none()) return;
  if (!dict.type()->is_subtype(types::dict)) {
    type_error(std::string(ordinal) + " item of state should be a dict, got a " + type_name_text(dict));
  }
  Object* d = self.heap()->instance_dict();
  if (d == nullptr) return;
  if (d->is_unbound()) *d = dict;
  else dict_update_from(*d, dict);
}

std::int64_t detail::optional_size(const CallArgs& args, std::int64_t absent) {
  if (args.npos == 0 || args.args[0].is_none()) return absent;
  const Object& x = args.args[0];
  static const Object index_name = intern("__index__");
  if (!is_int(x) && lookup_special(x, index_name).is_unbound()) {
    detail::type_error("argument should be integer or None, not '" + type_name_text(x) + "'");
  }
  return ssize_value(x);
}

TypeObject* detail::make_io_class(const char* name, TypeObject* base, NativeNew native_new,
                                  Object (*init)(const CallArgs& args)) {
  TypeObject* t = make_builtin_type(name, base, "_io", native_new, true);
  t->tp_name = std::string("_io.") + name;
  if (init != nullptr) add_slot_default(t, "__init__", init);
  return t;
}

namespace {
Object heap_object_getattr(HeapObject* self, const Object& name) { return self->HeapObject::getattr(name); }
}  // namespace

Object detail::IOObject::getattr(const Object& name) { return instance_getattr(this, dict, name, heap_object_getattr); }

void detail::IOObject::setattr(const Object& name, const Object& value) {
  instance_setattr(this, dict, name, value, nullptr);
}

Object detail::IOObject::iter() { return iobase_iter(Object(static_cast<HeapObject*>(this))); }

bool detail::IOObject::next(Object& out) { return iobase_next(Object(static_cast<HeapObject*>(this)), out); }

Object detail::refuse_getstate(const Object& self, const CallArgs&) {
  type_error("cannot pickle '" + self.type()->message_name() + "' object");
}

}  // namespace pyrt
