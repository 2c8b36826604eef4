// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: buffered binary I/O
// over a raw stream. Mirrors CPython 3.11's Modules/_io/bufferedio.c: reads ahead by
// buffer_size bytes from the raw stream, holds writes until buffer_size bytes or a flush, keeps
// tell() the logical position, delegates name, mode, closed, fileno and isatty to the raw
// stream, and words its errors as CPython does ("read of closed file", "raw stream has been
// detached", ...).
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "io_types.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

Object attr_name(std::string_view text) { return intern(text); }

bool is_bytes(const Object& x) { return x.type()->is_subtype(types::bytes); }
const std::string& bytes_data(const Object& x) { return static_cast<BytesObject*>(x.heap())->data; }

/// A buffered stream, or the buffered part of an instance of a Python subclass. `rbuf[rpos:]`
/// is read ahead of the logical position (the raw stream stands after it); `wbuf` is written
/// but not yet given to the raw stream (which stands before it). At most one of them holds
/// bytes at a time.
struct BufferedObject : detail::IOObject {
  explicit BufferedObject(TypeObject* type) : IOObject(type) {}

  Object raw;  ///< unbound until __init__ has run, and after detach()
  bool ok = false, detached = false;
  bool readable = false, writable = false;
  std::int64_t buffer_size = detail::kDefaultBufferSize;
  std::string rbuf;
  std::size_t rpos = 0;
  std::string wbuf;

  Object repr() override;
  bool next(Object& out) override;
  void dealloc() override {
    if (detail::finalize_io_object(this, finalized)) HeapObject::dealloc();
  }

  std::size_t readahead() const { return rbuf.size() - rpos; }
};

BufferedObject* as_buffered(const Object& x) { return static_cast<BufferedObject*>(x.heap()); }

// CHECK_INITIALIZED.
BufferedObject* initialized(const Object& self) {
  BufferedObject* b = as_buffered(self);
  if (!b->ok) {
    detail::value_error(b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
  }
  return b;
}

// IS_CLOSED: the raw stream's `closed`.
bool raw_closed(const BufferedObject* b) {
  static const Object closed = attr_name("closed");
  return truthy(getattr(b->raw, closed));
}

// CHECK_CLOSED(self, message), which lets a reader hand out what it has read ahead.
BufferedObject* open_buffered(const Object& self, const char* message) {
  BufferedObject* b = initialized(self);
  if (raw_closed(b) && b->readahead() == 0) detail::value_error(message);
  return b;
}

// _buffered_raw_tell.
std::int64_t raw_tell(BufferedObject* b) {
  std::int64_t n = ssize_value(call_method(b->raw, attr_name("tell"), {}));
  if (n < 0) raise_error(exc::OSError, "Raw stream returned invalid position " + std::to_string(n));
  return n;
}

// _buffered_raw_seek.
std::int64_t raw_seek(BufferedObject* b, std::int64_t target, int whence) {
  Object r = call_method(b->raw, attr_name("seek"), {Object::from_int(target), Object::from_int(whence)});
  std::int64_t n = ssize_value(r);
  if (n < 0) raise_error(exc::OSError, "Raw stream returned invalid position " + std::to_string(n));
  return n;
}

// _bufferedwriter_flush_unlocked: hands the pending writes to raw.write until all are taken.
void flush_writes(BufferedObject* b) {
  static const Object write = attr_name("write");
  while (!b->wbuf.empty()) {
    Object n = call_method(b->raw, write, {bytes_from(b->wbuf)});
    if (n.is_none()) {
      raise(call(Object(exc::BlockingIOError),
                 {Object::from_int(EAGAIN), str_from("write could not complete without blocking"), Object::from_int(0)}));
    }
    std::int64_t written = ssize_value(n);
    if (written < 0 || written > static_cast<std::int64_t>(b->wbuf.size())) {
      raise_error(exc::OSError, "raw write() returned invalid length " + std::to_string(written) + " (should have been between 0 and " +
                                    std::to_string(b->wbuf.size()) + ")");
    }
    b->wbuf.erase(0, static_cast<std::size_t>(written));
  }
}

// The raw stream goes back to the logical position, forgetting what was read ahead
// (_bufferedreader_reset_buf after the rewind of buffered_flush_and_rewind_unlocked).
void drop_readahead(BufferedObject* b) {
  std::size_t ahead = b->readahead();
  b->rbuf.clear();
  b->rpos = 0;
  if (ahead > 0) raw_seek(b, -static_cast<std::int64_t>(ahead), SEEK_CUR);
}

// One raw.read(n): its bytes, empty at the end of the stream; `none` tells that it returned
// None (no data without blocking).
std::string raw_read(BufferedObject* b, std::int64_t n, bool& none) {
  Object data = call_method(b->raw, attr_name("read"), {Object::from_int(n)});
  none = data.is_none();
  if (none) return {};
  if (!is_bytes(data)) detail::type_error("read() should return bytes");
  if (static_cast<std::int64_t>(bytes_data(data).size()) > n) {
    raise_error(exc::OSError, "raw read() returned invalid length " + std::to_string(bytes_data(data).size()) +
                                  " (should have been between 0 and " + std::to_string(n) + ")");
  }
  return bytes_data(data);
}

// _bufferedreader_fill_buffer: one raw read of buffer_size bytes into an empty read buffer;
// false at the end of the stream (or when nothing came without blocking).
bool fill_buffer(BufferedObject* b) {
  flush_writes(b);
  bool none = false;
  b->rbuf = raw_read(b, b->buffer_size, none);
  b->rpos = 0;
  return !b->rbuf.empty();
}

std::string take(BufferedObject* b, std::size_t n) {
  n = std::min(n, b->readahead());
  std::string out = b->rbuf.substr(b->rpos, n);
  b->rpos += n;
  if (b->rpos == b->rbuf.size()) {
    b->rbuf.clear();
    b->rpos = 0;
  }
  return out;
}


// --- construction ----------------------------------------------------------------------------

enum class Kind { Reader, Writer, Random };

TypeObject* reader_type();
TypeObject* writer_type();
TypeObject* random_type();

// _io_BufferedReader___init___impl and its writer and random twins: (raw, buffer_size).
void init_buffered(BufferedObject* b, Kind kind, const CallArgs& args) {
  const char* fname = kind == Kind::Reader ? "BufferedReader" : kind == Kind::Writer ? "BufferedWriter" : "BufferedRandom";
  Object a[2];
  parse_args(args, fname, {"raw", "buffer_size"}, 2, 1, a);
  b->ok = false;
  b->detached = false;
  if (kind == Kind::Random) call_method(a[0], attr_name("_checkSeekable"), {});
  if (kind != Kind::Writer) call_method(a[0], attr_name("_checkReadable"), {});
  if (kind != Kind::Reader) call_method(a[0], attr_name("_checkWritable"), {});
  std::int64_t size = a[1].is_unbound() ? detail::kDefaultBufferSize : ssize_value(a[1]);
  if (size <= 0) detail::value_error("buffer size must be strictly positive");
  b->raw = a[0];
  b->buffer_size = size;
  b->readable = kind != Kind::Writer;
  b->writable = kind != Kind::Reader;
  b->rbuf.clear();
  b->rpos = 0;
  b->wbuf.clear();
  b->ok = true;
}

CallArgs after_self(const CallArgs& args) { return CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}; }

template <Kind K>
TypeObject* type_of() {
  return K == Kind::Reader ? reader_type() : K == Kind::Writer ? writer_type() : random_type();
}

template <Kind K>
Object buffered_init(const CallArgs& args) {
  TypeObject* t = type_of<K>();
  if (args.npos == 0 || !args.args[0].type()->is_subtype(t)) {
    detail::type_error("descriptor '__init__' requires a '" + t->tp_name + "' object");
  }
  init_buffered(as_buffered(args.args[0]), K, after_self(args));
  return kNone;
}

template <Kind K>
Object buffered_new(TypeObject* type, const CallArgs& args) {
  if (type != type_of<K>()) return detail::new_native_subclass<BufferedObject>(type);
  auto* b = new BufferedObject(type);
  Object out(static_cast<HeapObject*>(b));
  init_buffered(b, K, args);
  return out;
}

// buffered_repr: "<_io.BufferedReader name='x'>", without the name when reading it fails
// with ValueError or AttributeError.
Object BufferedObject::repr() {
  const std::string& tname = type->message_name();
  Object self(static_cast<HeapObject*>(this));
  Object name;
  try {
    name = getattr_or_unbound(self, attr_name("name"));
  } catch (PyException& e) {
    if (!e.value.type()->is_subtype(exc::ValueError)) throw;
  }
  if (name.is_unbound()) return str_from("<" + tname + ">");
  detail::ReprGuard guard(this);
  if (!guard.entered) raise_error(exc::RuntimeError, "reentrant call inside " + tname + ".__repr__");
  return str_from("<" + tname + " name=" + repr_text(name) + ">");
}

// --- reading ---------------------------------------------------------------------------------

// _bufferedreader_read_all: what was read ahead, then raw.readall() (or raw.read() until the
// end); None when nothing came and the raw stream returned None.
Object read_all(BufferedObject* b) {
  flush_writes(b);
  std::string out = take(b, b->readahead());
  static const Object readall = attr_name("readall");
  Object f = getattr_or_unbound(b->raw, readall);
  if (!f.is_unbound()) {
    Object rest = call(f, {});
    if (rest.is_none()) return out.empty() ? kNone : bytes_from(out);
    if (!is_bytes(rest)) detail::type_error("readall() should return bytes");
    return bytes_from(out + bytes_data(rest));
  }
  for (;;) {
    bool none = false;
    std::string chunk = raw_read(b, b->buffer_size, none);
    if (none) return out.empty() ? kNone : bytes_from(out);
    if (chunk.empty()) return bytes_from(out);
    out += chunk;
  }
}

// _bufferedreader_read_generic: n bytes, fewer only at the end of the stream: what was read
// ahead, then whole blocks of buffer_size bytes read directly, then the rest through the
// buffer.
Object read_exactly(BufferedObject* b, std::size_t n) {
  std::string out = take(b, n);
  if (out.size() == n) return bytes_from(out);
  if (b->writable) flush_writes(b);
  b->rbuf.clear();
  b->rpos = 0;
  auto block = static_cast<std::size_t>(b->buffer_size);
  while (out.size() < n) {
    std::size_t whole = (n - out.size()) / block * block;
    if (whole == 0) break;
    bool none = false;
    std::string got = raw_read(b, static_cast<std::int64_t>(whole), none);
    if (got.empty()) return none && out.empty() ? kNone : bytes_from(out);
    out += got;
  }
  while (out.size() < n) {
    if (!fill_buffer(b)) break;
    out += take(b, n - out.size());
  }
  return bytes_from(out);
}

Object m_read(const Object& self, const CallArgs& args) {
  std::int64_t n = detail::optional_size(args, -1);
  if (n < -1) detail::value_error("read length must be non-negative or -1");
  BufferedObject* b = open_buffered(self, "read of closed file");
  if (n == -1) return read_all(b);
  return read_exactly(b, static_cast<std::size_t>(n));
}

// _io__Buffered_read1_impl: what was read ahead, else one raw read of `n` bytes.
Object m_read1(const Object& self, const CallArgs& args) {
  std::int64_t n = args.npos == 0 ? -1 : index_value(args.args[0]);
  BufferedObject* b = open_buffered(self, "read of closed file");
  if (n < 0) n = b->buffer_size;
  if (n == 0) return bytes_from("");
  if (b->readahead() > 0) return bytes_from(take(b, static_cast<std::size_t>(n)));
  b->rbuf.clear();
  b->rpos = 0;
  bool none = false;
  return bytes_from(raw_read(b, n, none));
}

// _io__Buffered_peek_impl: the bytes read ahead (one raw read when there are none), without
// moving the position.
Object m_peek(const Object& self, const CallArgs& args) {
  if (args.npos > 0) index_value(args.args[0]);  // the size is checked, then ignored
  BufferedObject* b = open_buffered(self, "peek of closed file");
  if (b->readahead() == 0) fill_buffer(b);
  return bytes_from(b->rbuf.substr(b->rpos));
}

// _buffered_readinto_generic: what was read ahead, then (after any pending writes) raw reads
// straight into the buffer while more than buffer_size bytes are missing, else through the
// read buffer; readinto1 stops after one raw read, or before one when it has bytes already.
Object readinto(const Object& self, const Object& buffer, bool once) {
  char* target;
  std::size_t size;
  detail::writable_buffer(buffer, once ? "readinto1()" : "readinto()", target, size);
  BufferedObject* b = open_buffered(self, "readinto of closed file");
  std::string data = take(b, size);
  if (data.size() < size) {
    if (b->writable) {
      flush_writes(b);
      drop_readahead(b);
    }
    b->rbuf.clear();
    b->rpos = 0;
    while (data.size() < size) {
      std::size_t remaining = size - data.size();
      bool none = false;
      std::string got;
      if (remaining > static_cast<std::size_t>(b->buffer_size)) {
        got = raw_read(b, static_cast<std::int64_t>(remaining), none);
      } else if (!(once && !data.empty())) {
        if (fill_buffer(b)) {
          data += take(b, remaining);
          continue;
        }
      }
      if (got.empty()) break;
      data += got;
      if (once) break;
    }
  }
  std::memcpy(target, data.data(), data.size());
  return Object::from_int(static_cast<std::int64_t>(data.size()));
}

Object m_readinto(const Object& self, const CallArgs& args) { return readinto(self, args.args[0], false); }
Object m_readinto1(const Object& self, const CallArgs& args) { return readinto(self, args.args[0], true); }

// _buffered_readline: up to and including the first b"\n", at most `limit` bytes when
// limit >= 0.
std::string readline(BufferedObject* b, std::int64_t limit) {
  std::string out;
  for (;;) {
    std::size_t room = limit < 0 ? std::string::npos : static_cast<std::size_t>(limit) - out.size();
    if (room == 0) break;
    if (b->readahead() == 0 && !fill_buffer(b)) break;
    std::size_t end = b->rbuf.find('\n', b->rpos);
    std::size_t n = end == std::string::npos ? b->readahead() : end + 1 - b->rpos;
    out += take(b, std::min(n, room));
    if (!out.empty() && out.back() == '\n') break;
  }
  return out;
}

Object m_readline(const Object& self, const CallArgs& args) {
  std::int64_t limit = detail::optional_size(args, -1);
  return bytes_from(readline(open_buffered(self, "readline of closed file"), limit));
}

// buffered_iternext: readline() until it returns b"".
bool BufferedObject::next(Object& out) {
  Object self(static_cast<HeapObject*>(this));
  if (type != reader_type() && type != random_type()) return detail::iobase_next(self, out);
  std::string line = readline(open_buffered(self, "readline of closed file"), -1);
  if (line.empty()) return false;
  out = bytes_from(line);
  return true;
}

// --- writing ---------------------------------------------------------------------------------

// _io__Buffered_write_impl (bufferedwriter_write): kept in the buffer when it fits there;
// otherwise the buffer goes out, then the data too while more than buffer_size bytes are
// left, and the rest is kept. Returns the number of bytes given.
Object m_write(const Object& self, const CallArgs& args) {
  BufferedObject* b = initialized(self);
  std::string data;
  if (!bytes_like_copy(args.args[0], data)) {
    detail::type_error("a bytes-like object is required, not '" + type_name_text(args.args[0]) + "'");
  }
  if (raw_closed(b)) detail::value_error("write to closed file");
  drop_readahead(b);
  auto size = static_cast<std::size_t>(b->buffer_size);
  if (b->wbuf.size() + data.size() <= size) {
    b->wbuf += data;
    return Object::from_int(static_cast<std::int64_t>(data.size()));
  }
  flush_writes(b);
  std::size_t written = 0;
  static const Object write = attr_name("write");
  while (data.size() - written > size) {
    Object n = call_method(b->raw, write, {bytes_from(data.substr(written))});
    if (n.is_none()) break;
    written += static_cast<std::size_t>(ssize_value(n));
  }
  b->wbuf = data.substr(written);
  return Object::from_int(static_cast<std::int64_t>(data.size()));
}

// buffered_simple_flush, a reader's flush: raw.flush().
Object m_reader_flush(const Object& self, const CallArgs&) { return call_method(initialized(self)->raw, attr_name("flush"), {}); }

// buffered_flush: the pending writes go out, then the raw stream comes back to the logical
// position (buffered_flush_and_rewind_unlocked).
Object m_flush(const Object& self, const CallArgs&) {
  BufferedObject* b = initialized(self);
  if (raw_closed(b)) detail::value_error("flush of closed file");
  flush_writes(b);
  if (b->readable) drop_readahead(b);
  return kNone;
}

// --- positioning -----------------------------------------------------------------------------

Object m_tell(const Object& self, const CallArgs&) {
  BufferedObject* b = initialized(self);
  std::int64_t pos = raw_tell(b) - static_cast<std::int64_t>(b->readahead()) + static_cast<std::int64_t>(b->wbuf.size());
  return Object::from_int(std::max<std::int64_t>(pos, 0));
}

// _io__Buffered_seek_impl(target, whence=0): a seek within what was read ahead moves only
// the buffer's position; any other flushes, then seeks the raw stream.
Object m_seek(const Object& self, const CallArgs& args) {
  std::int64_t whence = args.npos > 1 ? index_value(args.args[1]) : 0;
  if (whence < 0 || whence > 2) detail::value_error("whence value " + std::to_string(whence) + " unsupported");
  BufferedObject* b = open_buffered(self, "seek of closed file");
  call_method(b->raw, attr_name("_checkSeekable"), {kTrue});
  const Object& target_obj = args.args[0];
  if (!is_int(target_obj) && lookup_special(target_obj, attr_name("__index__")).is_unbound()) {
    detail::type_error("'" + type_name_text(target_obj) + "' object cannot be interpreted as an integer");
  }
  std::int64_t target = ssize_value(target_obj);
  if (whence != 2 && b->readahead() > 0) {
    std::int64_t current = raw_tell(b);
    std::int64_t start = current - static_cast<std::int64_t>(b->rbuf.size());
    std::int64_t logical = start + static_cast<std::int64_t>(b->rpos);
    std::int64_t absolute = whence == 0 ? target : logical + target;
    if (absolute >= start && absolute <= current) {
      b->rpos = static_cast<std::size_t>(absolute - start);
      return Object::from_int(absolute);
    }
  }
  flush_writes(b);
  if (whence == 1) target -= static_cast<std::int64_t>(b->readahead());
  b->rbuf.clear();
  b->rpos = 0;
  return Object::from_int(raw_seek(b, target, static_cast<int>(whence)));
}

// _io__Buffered_truncate_impl: flushes, truncates the raw stream, then keeps the raw
// position where it is; a reader has no truncate (UnsupportedOperation "truncate").
Object m_truncate(const Object& self, const CallArgs& args) {
  BufferedObject* b = open_buffered(self, "truncate of closed file");
  if (!b->writable) detail::raise_unsupported("truncate");
  flush_writes(b);
  drop_readahead(b);
  Object pos = args.npos == 0 ? kNone : args.args[0];
  Object r = call_method(b->raw, attr_name("truncate"), {pos});
  raw_seek(b, 0, SEEK_CUR);
  return r;
}

// --- closing and delegation ------------------------------------------------------------------

// buffered_close: flush(), then raw.close(); the flush's error wins, raw.close()'s as its
// context.
Object m_close(const Object& self, const CallArgs&) {
  BufferedObject* b = initialized(self);
  if (raw_closed(b)) return kNone;
  static const Object flush = attr_name("flush"), close = attr_name("close");
  try {
    call_method(self, flush, {});
  } catch (PyException&) {
    b->rbuf.clear();
    b->rpos = 0;
    try {
      call_method(b->raw, close, {});
    } catch (PyException&) {
    }
    throw;
  }
  b->rbuf.clear();
  b->rpos = 0;
  call_method(b->raw, close, {});
  return kNone;
}

// buffered_detach: flush(), then the raw stream is handed out and the object is unusable.
Object m_detach(const Object& self, const CallArgs&) {
  BufferedObject* b = initialized(self);
  call_method(self, attr_name("flush"), {});
  Object raw = b->raw;
  b->raw = Object();
  b->ok = false;
  b->detached = true;
  return raw;
}

Object delegate(const Object& self, const char* method) { return call_method(initialized(self)->raw, attr_name(method), {}); }

Object m_fileno(const Object& self, const CallArgs&) { return delegate(self, "fileno"); }
Object m_isatty(const Object& self, const CallArgs&) { return delegate(self, "isatty"); }
Object m_seekable(const Object& self, const CallArgs&) { return delegate(self, "seekable"); }
Object m_readable(const Object& self, const CallArgs&) { return delegate(self, "readable"); }
Object m_writable(const Object& self, const CallArgs&) { return delegate(self, "writable"); }

Object get_raw(const Object& self) {
  BufferedObject* b = as_buffered(self);
  return b->raw.is_unbound() ? kNone : b->raw;
}
Object get_closed(const Object& self) { return getattr(initialized(self)->raw, attr_name("closed")); }
Object get_name(const Object& self) { return getattr(initialized(self)->raw, attr_name("name")); }
Object get_mode(const Object& self) { return getattr(initialized(self)->raw, attr_name("mode")); }

const NativeMethodDef common_methods[] = {
    {"detach", m_detach, 0, 0},
    {"close", m_close, 0, 0},
    {"seekable", m_seekable, 0, 0},
    {"readable", m_readable, 0, 0},
    {"writable", m_writable, 0, 0},
    {"fileno", m_fileno, 0, 0},
    {"isatty", m_isatty, 0, 0},
    {"seek", m_seek, 1, 2},
    {"tell", m_tell, 0, 0},
    {"truncate", m_truncate, 0, 1},
    {"__getstate__", detail::refuse_getstate, 0, 0},
};

const NativeMethodDef reader_methods[] = {
    {"read", m_read, 0, 1},
    {"peek", m_peek, 0, 1},
    {"read1", m_read1, 0, 1},
    {"readinto", m_readinto, 1, 1},
    {"readinto1", m_readinto1, 1, 1},
    {"readline", m_readline, 0, 1},
};

const NativeMethodDef writer_methods[] = {
    {"write", m_write, 1, 1},
    {"flush", m_flush, 0, 0},
};

const NativeMethodDef reader_flush[] = {
    {"flush", m_reader_flush, 0, 0},
};

const GetSetDef buffered_getsets[] = {
    {"raw", get_raw, true},
    {"closed", get_closed},
    {"name", get_name},
    {"mode", get_mode},
};

template <Kind K>
TypeObject* make_buffered_type(const char* name) {
  TypeObject* t = detail::make_io_class(name, detail::bufferediobase_type(), buffered_new<K>, buffered_init<K>);
  add_methods(t, common_methods);
  if (K != Kind::Writer) {
    add_methods(t, reader_methods);
    add_slot_wrappers(t, "__next__");
  }
  if (K != Kind::Reader) add_methods(t, writer_methods);
  else add_methods(t, reader_flush);
  add_getsets(t, buffered_getsets);
  return t;
}

TypeObject* reader_type() {
  static TypeObject* const t = make_buffered_type<Kind::Reader>("BufferedReader");
  return t;
}
TypeObject* writer_type() {
  static TypeObject* const t = make_buffered_type<Kind::Writer>("BufferedWriter");
  return t;
}
TypeObject* random_type() {
  static TypeObject* const t = make_buffered_type<Kind::Random>("BufferedRandom");
  return t;
}

// --- BufferedRWPair --------------------------------------------------------------------------

/// A BufferedRWPair: a BufferedReader and a BufferedWriter over two raw streams.
struct RWPairObject : detail::IOObject {
  explicit RWPairObject(TypeObject* type) : IOObject(type) {}
  Object reader, writer;  ///< unbound until __init__ has run

};

TypeObject* rwpair_type();

RWPairObject* as_pair(const Object& self) {
  auto* p = static_cast<RWPairObject*>(self.heap());
  if (p->reader.is_unbound()) detail::value_error("I/O operation on uninitialized object");
  return p;
}

// _io_BufferedRWPair___init___impl(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE).
void init_pair(RWPairObject* p, const CallArgs& args) {
  check_no_kwargs(args, "BufferedRWPair");
  check_positional(args, "BufferedRWPair", 2, 3);
  call_method(args.args[0], attr_name("_checkReadable"), {});
  call_method(args.args[1], attr_name("_checkWritable"), {});
  Object size = args.npos > 2 ? args.args[2] : Object::from_int(detail::kDefaultBufferSize);
  p->reader = call(Object(reader_type()), {args.args[0], size});
  p->writer = call(Object(writer_type()), {args.args[1], size});
}

Object pair_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(rwpair_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.BufferedRWPair' object");
  }
  init_pair(static_cast<RWPairObject*>(args.args[0].heap()), after_self(args));
  return kNone;
}

Object pair_new(TypeObject* type, const CallArgs& args) {
  if (type != rwpair_type()) return detail::new_native_subclass<RWPairObject>(type);
  auto* p = new RWPairObject(type);
  Object out(static_cast<HeapObject*>(p));
  init_pair(p, args);
  return out;
}

// _forward_call: the same method of the reader or the writer, with the same arguments.
Object forward(const Object& target, const char* method, const CallArgs& args) {
  if (args.npos == 0) return call_method(target, attr_name(method), {});
  return call_method(target, attr_name(method), {args.args[0]});
}

Object p_read(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "read", args); }
Object p_peek(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "peek", args); }
Object p_read1(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "read1", args); }
Object p_readinto(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "readinto", args); }
Object p_readinto1(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "readinto1", args); }
Object p_readline(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "readline", args); }
Object p_readable(const Object& self, const CallArgs& args) { return forward(as_pair(self)->reader, "readable", args); }
Object p_write(const Object& self, const CallArgs& args) { return forward(as_pair(self)->writer, "write", args); }
Object p_flush(const Object& self, const CallArgs& args) { return forward(as_pair(self)->writer, "flush", args); }
Object p_writable(const Object& self, const CallArgs& args) { return forward(as_pair(self)->writer, "writable", args); }

// bufferedrwpair_close: the writer first, then the reader, the writer's error winning.
Object p_close(const Object& self, const CallArgs&) {
  RWPairObject* p = as_pair(self);
  static const Object close = attr_name("close");
  try {
    call_method(p->writer, close, {});
  } catch (PyException&) {
    try {
      call_method(p->reader, close, {});
    } catch (PyException&) {
    }
    throw;
  }
  return call_method(p->reader, close, {});
}

// bufferedrwpair_isatty: either side's.
Object p_isatty(const Object& self, const CallArgs&) {
  RWPairObject* p = as_pair(self);
  static const Object isatty = attr_name("isatty");
  Object r = call_method(p->writer, isatty, {});
  if (truthy(r)) return r;
  return call_method(p->reader, isatty, {});
}

Object p_closed(const Object& self) { return getattr(as_pair(self)->writer, attr_name("closed")); }

const NativeMethodDef pair_methods[] = {
    {"read", p_read, 0, 1},       {"peek", p_peek, 0, 1},         {"read1", p_read1, 0, 1},
    {"readinto", p_readinto, 1, 1}, {"readinto1", p_readinto1, 1, 1}, {"readline", p_readline, 0, 1},
    {"write", p_write, 1, 1},     {"flush", p_flush, 0, 0},       {"readable", p_readable, 0, 0},
    {"writable", p_writable, 0, 0}, {"close", p_close, 0, 0},     {"isatty", p_isatty, 0, 0},
};

const GetSetDef pair_getsets[] = {{"closed", p_closed}};

TypeObject* rwpair_type() {
  static TypeObject* const t = [] {
    TypeObject* p = detail::make_io_class("BufferedRWPair", detail::bufferediobase_type(), pair_new, pair_init);
    add_methods(p, pair_methods);
    add_getsets(p, pair_getsets);
    return p;
  }();
  return t;
}

}  // namespace

TypeObject* detail::buffered_reader_type() { return reader_type(); }
TypeObject* detail::buffered_writer_type() { return writer_type(); }
TypeObject* detail::buffered_random_type() { return random_type(); }
TypeObject* detail::buffered_rwpair_type() { return rwpair_type(); }

}  // namespace pyrt
