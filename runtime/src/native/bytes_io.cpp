// _io.BytesIO: an in-memory binary stream. Mirrors CPython 3.11's Modules/_io/bytesio.c: zero
// padding when writing past the end, getbuffer()'s views locking the size ("Existing exports
// of data: object cannot be re-sized"), pickling through __getstate__/__setstate__, and its
// error texts. The bytes live in a bytearray, whose export count is the views' lock.
#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "io_types.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
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

/// A BytesIO, or the BytesIO part of an instance of a Python subclass. `buf` is a bytearray
/// whose first `size` bytes are the contents (CPython's string_size, which __init__ and
/// __setstate__ reset even when views forbid changing the memory); unbound once closed. `pos`
/// may lie beyond the end.
struct BytesIOObject : detail::IOObject {
  explicit BytesIOObject(TypeObject* type) : IOObject(type), buf(bytearray_from("")) {}

  Object buf;
  std::size_t size = 0;
  std::size_t pos = 0;

  std::string& data() const { return static_cast<ByteArrayObject*>(buf.heap())->data; }
  bool closed() const { return buf.is_unbound(); }

  Object iter() override { return Object(static_cast<HeapObject*>(this)); }
  bool next(Object& out) override;
  // As StringIO: only a Python subclass's instance is finalized (closed) first.
  void dealloc() override;

  std::size_t available() const { return pos < size ? size - pos : 0; }
  std::string_view contents() const { return std::string_view(data()).substr(0, size); }
  std::size_t write(std::string_view bytes);
  std::string readline(std::int64_t limit);
};

TypeObject* bytesio_type();

BytesIOObject* as_bytesio(const Object& x) { return static_cast<BytesIOObject*>(x.heap()); }

void BytesIOObject::dealloc() {
  if (type != bytesio_type() && !detail::finalize_io_object(this, finalized)) return;
  HeapObject::dealloc();
}

// CHECK_CLOSED: ValueError "I/O operation on closed file." (with the period _IOBase uses).
BytesIOObject* open_bytesio(const Object& self) {
  BytesIOObject* b = as_bytesio(self);
  if (b->closed()) detail::raise_closed_file();
  return b;
}

// CHECK_EXPORTS: the size is locked while views from getbuffer() live.
void check_exports(const BytesIOObject* b) {
  if (static_cast<ByteArrayObject*>(b->buf.heap())->exports > 0) {
    raise_error(exc::BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

// PyObject_GetBuffer(b, PyBUF_CONTIG_RO) for write and the initial value.
std::string bytes_of(const Object& b) {
  std::string out;
  if (!bytes_like_copy(b, out)) detail::type_error("a bytes-like object is required, not '" + type_name_text(b) + "'");
  return out;
}

// write_bytes after its checks: over the contents at pos, NUL-padded from the end to pos.
std::size_t BytesIOObject::write(std::string_view bytes) {
  if (bytes.empty()) return 0;
  std::string& d = data();
  std::size_t end = pos + bytes.size();
  if (end > d.size()) d.resize(end);
  if (pos > size) std::fill(d.begin() + static_cast<std::ptrdiff_t>(size), d.begin() + static_cast<std::ptrdiff_t>(pos), '\0');
  std::memcpy(d.data() + pos, bytes.data(), bytes.size());
  pos = end;
  size = std::max(size, end);
  return bytes.size();
}

// Checks for a write (closed, then exports), then the bytes.
std::size_t checked_write(BytesIOObject* b, const Object& bytes) {
  if (b->closed()) detail::raise_closed_file();
  check_exports(b);
  return b->write(bytes_of(bytes));
}

// scan_eol and read_bytes: through the first b"\n" within `limit` bytes (all when negative).
std::string BytesIOObject::readline(std::int64_t limit) {
  std::size_t n = available();
  if (limit >= 0 && static_cast<std::size_t>(limit) < n) n = static_cast<std::size_t>(limit);
  std::string_view rest = contents().substr(std::min(pos, size), n);
  std::size_t nl = rest.find('\n');
  if (nl != std::string_view::npos) n = nl + 1;
  std::string out(rest.substr(0, n));
  pos += n;
  return out;
}

// bytesio_iternext: the next line of the contents, even in a subclass that overrides readline
// (unlike StringIO).
bool BytesIOObject::next(Object& out) {
  open_bytesio(Object(static_cast<HeapObject*>(this)));
  std::string line = readline(-1);
  if (line.empty()) return false;
  out = bytes_from(line);
  return true;
}


// _io_BytesIO___init___impl: BytesIO(initial_bytes=b''). Run again, it empties the contents
// before refusing while views exist; a closed object reopens only with exact bytes (CPython
// then adopts them; other values go through write, which refuses).
void init_bytesio(BytesIOObject* b, const CallArgs& args) {
  Object a[1];
  parse_args(args, "BytesIO", {"initial_bytes"}, 1, 0, a);
  b->size = 0;
  b->pos = 0;
  if (!b->closed()) check_exports(b);
  const Object& value = a[0];
  if (value.is_unbound() || value.is_none()) return;
  if (value.type() == types::bytes) {
    b->buf = bytearray_from(static_cast<BytesObject*>(value.heap())->data);
    b->size = static_cast<BytesObject*>(value.heap())->data.size();
    return;
  }
  checked_write(b, value);
  b->pos = 0;
}

Object bytesio_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(bytesio_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.BytesIO' object");
  }
  init_bytesio(as_bytesio(args.args[0]), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

// BytesIO itself is filled here; a subclass starts empty and open, then runs its __init__.
Object bytesio_new(TypeObject* type, const CallArgs& args) {
  if (type != bytesio_type()) return detail::new_native_subclass<BytesIOObject>(type);
  auto* b = new BytesIOObject(type);
  Object out(static_cast<HeapObject*>(b));
  init_bytesio(b, args);
  return out;
}

Object m_getvalue(const Object& self, const CallArgs&) { return bytes_from(open_bytesio(self)->contents()); }

// bytesio_getbuffer: a writable view of the contents that locks their size while it lives.
// The memory is cut to the contents first unless earlier views still pin it.
Object m_getbuffer(const Object& self, const CallArgs&) {
  BytesIOObject* b = open_bytesio(self);
  if (static_cast<ByteArrayObject*>(b->buf.heap())->exports == 0) b->data().resize(b->size);
  return memoryview_from(b->buf);
}

Object m_true(const Object& self, const CallArgs&) {
  open_bytesio(self);
  return kTrue;
}
Object m_false(const Object& self, const CallArgs&) {
  open_bytesio(self);
  return kFalse;
}
Object m_flush(const Object& self, const CallArgs&) {
  open_bytesio(self);
  return kNone;
}

Object m_tell(const Object& self, const CallArgs&) {
  return Object::from_int(static_cast<std::int64_t>(open_bytesio(self)->pos));
}

// _io_BytesIO_read_impl (and read1): at most `size` bytes from pos (all when negative).
Object m_read(const Object& self, const CallArgs& args) {
  std::int64_t size = detail::optional_size(args, -1);
  BytesIOObject* b = open_bytesio(self);
  std::size_t n = b->available();
  if (size >= 0 && static_cast<std::size_t>(size) < n) n = static_cast<std::size_t>(size);
  Object out = bytes_from(b->contents().substr(std::min(b->pos, b->size), n));
  b->pos += n;
  return out;
}

Object m_readline(const Object& self, const CallArgs& args) {
  std::int64_t limit = detail::optional_size(args, -1);
  return bytes_from(open_bytesio(self)->readline(limit));
}

// _io_BytesIO_readlines_impl: lines until their total length reaches a positive hint.
Object m_readlines(const Object& self, const CallArgs& args) {
  std::int64_t hint = -1;
  if (args.npos > 0 && !args.args[0].is_none()) {
    if (!is_int(args.args[0])) {
      detail::type_error("integer argument expected, got '" + type_name_text(args.args[0]) + "'");
    }
    hint = ssize_value(args.args[0]);
  }
  BytesIOObject* b = open_bytesio(self);
  Object result = list_of({});
  std::int64_t total = 0;
  for (;;) {
    std::string line = b->readline(-1);
    if (line.empty()) break;
    total += static_cast<std::int64_t>(line.size());
    list_append(result, bytes_from(line));
    if (hint > 0 && total >= hint) break;
  }
  return result;
}

// _io_BytesIO_readinto_impl: copies what remains (at most the buffer's size) into it.
Object m_readinto(const Object& self, const CallArgs& args) {
  char* target;
  std::size_t size;
  detail::writable_buffer(args.args[0], "readinto()", target, size);
  BytesIOObject* b = open_bytesio(self);
  std::size_t n = std::min(size, b->available());
  // memmove: the target may be a view of these very bytes.
  if (n > 0) std::memmove(target, b->data().data() + b->pos, n);
  b->pos += n;
  return Object::from_int(static_cast<std::int64_t>(n));
}

Object m_write(const Object& self, const CallArgs& args) {
  return Object::from_int(static_cast<std::int64_t>(checked_write(as_bytesio(self), args.args[0])));
}

// _io_BytesIO_writelines: write() for each item.
Object m_writelines(const Object& self, const CallArgs& args) {
  open_bytesio(self);
  Object it = iter(args.args[0]);
  Object item;
  while (next(it, item)) checked_write(as_bytesio(self), item);
  return kNone;
}

// _io_BytesIO_seek_impl(pos: Py_ssize_t, whence: int = 0): a position before the start
// becomes 0.
Object m_seek(const Object& self, const CallArgs& args) {
  std::int64_t pos = ssize_value(args.args[0]);
  std::int64_t whence = args.npos > 1 ? index_value(args.args[1]) : 0;
  BytesIOObject* b = open_bytesio(self);
  if (pos < 0 && whence == 0) detail::value_error("negative seek value " + std::to_string(pos));
  if (whence == 1) {
    pos += static_cast<std::int64_t>(b->pos);
  } else if (whence == 2) {
    pos += static_cast<std::int64_t>(b->size);
  } else if (whence != 0) {
    detail::value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (pos < 0) pos = 0;
  b->pos = static_cast<std::size_t>(pos);
  return Object::from_int(pos);
}

// _io_BytesIO_truncate_impl: cuts the contents at `size` (the position when absent or None),
// leaving the position where it is.
Object m_truncate(const Object& self, const CallArgs& args) {
  bool absent = args.npos == 0 || args.args[0].is_none();
  std::int64_t size = detail::optional_size(args, 0);
  BytesIOObject* b = open_bytesio(self);
  check_exports(b);
  if (absent) size = static_cast<std::int64_t>(b->pos);
  if (size < 0) detail::value_error("negative size value " + std::to_string(size));
  if (static_cast<std::size_t>(size) < b->size) {
    b->size = static_cast<std::size_t>(size);
    b->data().resize(b->size);
  }
  return Object::from_int(size);
}

// _io_BytesIO_close_impl: refused while views exist.
Object m_close(const Object& self, const CallArgs&) {
  BytesIOObject* b = as_bytesio(self);
  if (!b->closed()) check_exports(b);
  b->buf = Object();
  return kNone;
}

Object get_closed(const Object& self) { return Object::from_bool(as_bytesio(self)->closed()); }

// bytesio_getstate: (getvalue(), pos, copy of __dict__ or None).
Object m_getstate(const Object& self, const CallArgs&) {
  Object value = m_getvalue(self, CallArgs{});
  Object* d = self.heap()->instance_dict();
  Object dict = kNone;
  if (d != nullptr && !d->is_unbound()) {
    dict = new_dict();
    dict_update_from(dict, *d);
  }
  return tuple_of({value, Object::from_int(static_cast<std::int64_t>(as_bytesio(self)->pos)), dict});
}

// bytesio_setstate: the contents written afresh, then the position and the attributes.
Object m_setstate(const Object& self, const CallArgs& args) {
  BytesIOObject* b = as_bytesio(self);
  const Object& state = args.args[0];
  if (!state.type()->is_subtype(types::tuple) || tuple_items(state).size() < 3) {
    detail::type_error(self.type()->message_name() + ".__setstate__ argument should be 3-tuple, got " +
                       type_name_text(state));
  }
  const std::vector<Object>& items = tuple_items(state);
  b->size = 0;
  b->pos = 0;
  checked_write(b, items[0]);
  if (!is_int(items[1])) {
    detail::type_error("second item of state must be an integer, not " + type_name_text(items[1]));
  }
  std::int64_t pos = ssize_value(items[1]);
  if (pos < 0) detail::value_error("position value cannot be negative");
  b->pos = static_cast<std::size_t>(pos);
  detail::restore_state_dict(self, items[2], "third");
  return kNone;
}

const NativeMethodDef bytesio_methods[] = {
    {"readable", m_true, 0, 0},
    {"seekable", m_true, 0, 0},
    {"writable", m_true, 0, 0},
    {"close", m_close, 0, 0},
    {"flush", m_flush, 0, 0},
    {"isatty", m_false, 0, 0},
    {"tell", m_tell, 0, 0},
    {"write", m_write, 1, 1},
    {"writelines", m_writelines, 1, 1},
    {"read1", m_read, 0, 1},
    {"readinto", m_readinto, 1, 1},
    {"readline", m_readline, 0, 1},
    {"readlines", m_readlines, 0, 1},
    {"read", m_read, 0, 1},
    {"getbuffer", m_getbuffer, 0, 0},
    {"getvalue", m_getvalue, 0, 0},
    {"seek", m_seek, 1, 2},
    {"truncate", m_truncate, 0, 1},
    {"__getstate__", m_getstate, 0, 0},
    {"__setstate__", m_setstate, 1, 1},
};

const GetSetDef bytesio_getsets[] = {{"closed", get_closed}};

TypeObject* bytesio_type() {
  static TypeObject* const t = [] {
    TypeObject* b = detail::make_io_class("BytesIO", detail::bufferediobase_type(), bytesio_new, bytesio_init);
    add_slot_wrappers(b, "__iter__ __next__");
    add_methods(b, bytesio_methods);
    add_getsets(b, bytesio_getsets);
    return b;
  }();
  return t;
}

}  // namespace

TypeObject* detail::bytes_io_type() { return bytesio_type(); }

}  // namespace pyrt
