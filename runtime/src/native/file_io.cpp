// _io.FileIO: raw, unbuffered binary I/O on an operating-system file descriptor. Mirrors
// CPython 3.11's Modules/_io/fileio.c: its mode parsing and messages, OSError subclasses from
// errno with the file name, closefd and opener, the directory check, repr, and the close that
// runs _RawIOBase.close (flush) before closing the descriptor.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

/// A FileIO, or the FileIO part of an instance of a Python subclass: `fd` is -1 once closed.
struct FileIOObject : detail::IOObject {
  explicit FileIOObject(TypeObject* type) : IOObject(type) {}
  ~FileIOObject() override {
    if (fd >= 0 && closefd) ::close(fd);
  }

  int fd = -1;
  bool created = false, readable = false, writable = false, appending = false;
  bool closefd = true;
  int seekable = -1;  ///< -1 until asked
  std::int64_t blksize = 0;

  Object repr() override;
  // fileio_dealloc runs iobase_finalize for FileIO itself too: close() before the memory goes.
  void dealloc() override {
    if (detail::finalize_io_object(this, finalized)) HeapObject::dealloc();
  }
};

TypeObject* fileio_type();

FileIOObject* as_fileio(const Object& x) { return static_cast<FileIOObject*>(x.heap()); }

// PyErr_SetFromErrnoWithFilenameObject: OSError(errno, strerror[, filename]), which picks the
// subclass (FileNotFoundError, ...).
[[noreturn]] void raise_errno(int err, const Object& filename = Object()) {
  Object code = Object::from_int(err);
  Object text = str_from(std::strerror(err));
  raise(filename.is_unbound() ? call(Object(exc::OSError), {code, text}) : call(Object(exc::OSError), {code, text, filename}));
}

// mode_string.
const char* mode_string(const FileIOObject* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

// fileio_repr: "<_io.FileIO name='x' mode='rb' closefd=True>", fd=N when there is no name.
Object FileIOObject::repr() {
  const std::string& tname = type->message_name();
  if (fd < 0) return str_from("<" + tname + " [closed]>");
  std::string tail = std::string(" mode='") + mode_string(this) + "' closefd=" + (closefd ? "True" : "False") + ">";
  Object self(static_cast<HeapObject*>(this));
  static const Object name_attr = intern("name");
  Object name = getattr_or_unbound(self, name_attr);
  if (name.is_unbound()) return str_from("<" + tname + " fd=" + std::to_string(fd) + tail);
  detail::ReprGuard guard(this);
  if (!guard.entered) raise_error(exc::RuntimeError, "reentrant call inside " + tname + ".__repr__");
  return str_from("<" + tname + " name=" + repr_text(name) + tail);
}

// err_closed and err_mode.
FileIOObject* open_fileio(const Object& self) {
  FileIOObject* f = as_fileio(self);
  if (f->fd < 0) detail::value_error("I/O operation on closed file");
  return f;
}
FileIOObject* readable_fileio(const Object& self) {
  FileIOObject* f = open_fileio(self);
  if (!f->readable) detail::raise_unsupported("File not open for reading");
  return f;
}
FileIOObject* writable_fileio(const Object& self) {
  FileIOObject* f = open_fileio(self);
  if (!f->writable) detail::raise_unsupported("File not open for writing");
  return f;
}

// PyUnicode_FSConverter: str (encoded as UTF-8, surrogateescape's bytes kept) or bytes, or
// what __fspath__ returns; ValueError "embedded null byte".
std::string fs_path(const Object& file) {
  Object path = file;
  if (!is_str(path) && !path.type()->is_subtype(types::bytes)) {
    static const Object fspath = intern("__fspath__");
    Object f = lookup_special(path, fspath);
    if (f.is_unbound()) {
      detail::type_error("expected str, bytes or os.PathLike object, not " + type_name_text(path));
    }
    path = call(f, {});
    if (!is_str(path) && !path.type()->is_subtype(types::bytes)) {
      detail::type_error("expected " + type_name_text(file) + ".__fspath__() to return str or bytes, not " +
                         type_name_text(path));
    }
  }
  std::string out(is_str(path) ? str_view(path) : std::string_view(static_cast<BytesObject*>(path.heap())->data));
  if (out.find('\0') != std::string::npos) detail::value_error("embedded null byte");
  return out;
}

// The mode loop of _io_FileIO___init___impl: the open(2) flags.
int parse_mode(FileIOObject* f, const Object& mode_obj) {
  std::string_view mode = str_view(mode_obj);
  bool rwa = false, plus = false;
  int flags = 0;
  auto bad_mode = [] {
    detail::value_error("Must have exactly one of create/read/write/append mode and at most one plus");
  };
  for (char c : mode) {
    switch (c) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (rwa) bad_mode();
        rwa = true;
        if (c == 'r') {
          f->readable = true;
          break;
        }
        f->writable = true;
        if (c == 'x') f->created = true, flags |= O_EXCL | O_CREAT;
        if (c == 'w') flags |= O_CREAT | O_TRUNC;
        if (c == 'a') f->appending = true, flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) bad_mode();
        f->readable = f->writable = plus = true;
        break;
      default:
        detail::value_error("invalid mode: " + std::string(mode));
    }
  }
  if (!rwa) bad_mode();
  flags |= f->readable && f->writable ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
  return flags | O_CLOEXEC;
}

// _io_FileIO___init___impl(file, mode='r', closefd=True, opener=None).
void init_fileio(FileIOObject* f, const CallArgs& args) {
  Object a[4];
  parse_args(args, "FileIO", {"file", "mode", "closefd", "opener"}, 4, 1, a);
  if (f->fd >= 0) {
    if (f->closefd) ::close(f->fd);
    f->fd = -1;
  }
  const Object& file = a[0];
  int fd = -1;
  std::string path;
  bool by_fd = is_int(file);
  if (by_fd) {
    std::int64_t n = ssize_value(file);
    if (n < 0) detail::value_error("negative file descriptor");
    fd = static_cast<int>(n);
  } else {
    path = fs_path(file);
  }
  Object mode = a[1].is_unbound() ? str_from("r") : a[1];
  if (!is_str(mode)) detail::type_error("FileIO() argument 'mode' must be str, not " + type_name_text(mode));
  f->created = f->readable = f->writable = f->appending = false;
  f->seekable = -1;
  int flags = parse_mode(f, mode);
  bool closefd = a[2].is_unbound() || truthy(a[2]);
  if (by_fd) {
    f->closefd = closefd;
  } else {
    f->closefd = true;
    if (!closefd) detail::value_error("Cannot use closefd=False with file name");
    if (a[3].is_unbound() || a[3].is_none()) {
      do fd = ::open(path.c_str(), flags, 0666);
      while (fd < 0 && errno == EINTR);
      if (fd < 0) raise_errno(errno, file);
    } else {
      Object r = call(a[3], {file, Object::from_int(flags)});
      if (!is_int(r)) detail::type_error("expected integer from opener");
      std::int64_t n = ssize_value(r);
      if (n < 0) detail::value_error("opener returned " + std::to_string(n));
      fd = static_cast<int>(n);
    }
  }
  f->fd = fd;
  struct stat st;
  if (::fstat(fd, &st) < 0) {
    int err = errno;
    if (!by_fd) ::close(fd);
    f->fd = -1;
    raise_errno(err);
  }
  if (S_ISDIR(st.st_mode)) {
    if (!by_fd) ::close(fd);
    f->fd = -1;
    raise_errno(EISDIR, file);
  }
  f->blksize = st.st_blksize > 1 ? st.st_blksize : detail::kDefaultBufferSize;
  static const Object name_attr = intern("name");
  setattr(Object(static_cast<HeapObject*>(f)), name_attr, file);
  // Seek to the end at once, so that tell() says where writes go (fileio_init).
  if (f->appending && ::lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) raise_errno(errno);
}

Object fileio_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(fileio_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.FileIO' object");
  }
  init_fileio(as_fileio(args.args[0]), CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames});
  return kNone;
}

Object fileio_new(TypeObject* type, const CallArgs& args) {
  if (type != fileio_type()) return detail::new_native_subclass<FileIOObject>(type);
  auto* f = new FileIOObject(type);
  Object out(static_cast<HeapObject*>(f));
  init_fileio(f, args);
  return out;
}

// read(2) retried on EINTR; -1 with errno EAGAIN for a non-blocking descriptor with no data.
ssize_t read_some(int fd, char* buf, std::size_t n) {
  ssize_t r;
  do r = ::read(fd, buf, n);
  while (r < 0 && errno == EINTR);
  return r;
}

// _io_FileIO_readall_impl: everything up to the end; None when nothing could be read without
// blocking.
Object m_readall(const Object& self, const CallArgs&) {
  FileIOObject* f = open_fileio(self);
  std::string out;
  char chunk[detail::kDefaultBufferSize];
  for (;;) {
    ssize_t n = read_some(f->fd, chunk, sizeof chunk);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EAGAIN && out.empty()) return kNone;
      if (errno == EAGAIN) break;
      raise_errno(errno);
    }
    out.append(chunk, static_cast<std::size_t>(n));
  }
  return bytes_from(out);
}


Object m_read(const Object& self, const CallArgs& args) {
  std::int64_t size = detail::optional_size(args, -1);
  FileIOObject* f = readable_fileio(self);
  if (size < 0) return m_readall(self, CallArgs{});
  std::string buf(static_cast<std::size_t>(size), '\0');
  ssize_t n = read_some(f->fd, buf.data(), buf.size());
  if (n < 0) {
    if (errno == EAGAIN) return kNone;
    raise_errno(errno);
  }
  buf.resize(static_cast<std::size_t>(n));
  return bytes_from(buf);
}

Object m_readinto(const Object& self, const CallArgs& args) {
  char* target;
  std::size_t size;
  detail::writable_buffer(args.args[0], "readinto()", target, size);
  FileIOObject* f = readable_fileio(self);
  ssize_t n = read_some(f->fd, target, size);
  if (n < 0) {
    if (errno == EAGAIN) return kNone;
    raise_errno(errno);
  }
  return Object::from_int(n);
}

Object m_write(const Object& self, const CallArgs& args) {
  FileIOObject* f = writable_fileio(self);
  std::string data;
  if (!bytes_like_copy(args.args[0], data)) {
    detail::type_error("a bytes-like object is required, not '" + type_name_text(args.args[0]) + "'");
  }
  ssize_t n;
  do n = ::write(f->fd, data.data(), data.size());
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    if (errno == EAGAIN) return kNone;
    raise_errno(errno);
  }
  return Object::from_int(n);
}

// portable_lseek: pos must be an int ("an integer is required" otherwise).
Object seek_to(FileIOObject* f, const Object& pos, int whence) {
  if (!is_int(pos)) detail::type_error("an integer is required");
  off_t r = ::lseek(f->fd, static_cast<off_t>(ssize_value(pos)), whence);
  if (r < 0) raise_errno(errno);
  f->seekable = 1;
  return Object::from_int(static_cast<std::int64_t>(r));
}

Object m_seek(const Object& self, const CallArgs& args) {
  FileIOObject* f = open_fileio(self);
  int whence = args.npos > 1 ? static_cast<int>(index_value(args.args[1])) : SEEK_SET;
  return seek_to(f, args.args[0], whence);
}

Object m_tell(const Object& self, const CallArgs&) { return seek_to(open_fileio(self), Object::from_int(0), SEEK_CUR); }

// _io_FileIO_truncate_impl: to `size`, or to the position when absent or None.
Object m_truncate(const Object& self, const CallArgs& args) {
  FileIOObject* f = writable_fileio(self);
  Object size = args.npos == 0 || args.args[0].is_none() ? seek_to(f, Object::from_int(0), SEEK_CUR) : args.args[0];
  if (!is_int(size)) detail::type_error("an integer is required");
  if (::ftruncate(f->fd, static_cast<off_t>(ssize_value(size))) < 0) raise_errno(errno);
  return size;
}

Object m_seekable(const Object& self, const CallArgs&) {
  FileIOObject* f = open_fileio(self);
  if (f->seekable < 0) f->seekable = ::lseek(f->fd, 0, SEEK_CUR) < 0 ? 0 : 1;
  return Object::from_bool(f->seekable == 1);
}
Object m_readable(const Object& self, const CallArgs&) { return Object::from_bool(open_fileio(self)->readable); }
Object m_writable(const Object& self, const CallArgs&) { return Object::from_bool(open_fileio(self)->writable); }
Object m_fileno(const Object& self, const CallArgs&) { return Object::from_int(open_fileio(self)->fd); }
Object m_isatty(const Object& self, const CallArgs&) { return Object::from_bool(::isatty(open_fileio(self)->fd) == 1); }

// _io_FileIO_close_impl: _RawIOBase.close(self) (flush, then closed), then the descriptor,
// whose error (if any) follows the flush's.
Object m_close(const Object& self, const CallArgs&) {
  static const Object close_name = intern("close");
  Object base_close = detail::rawiobase_type()->lookup(close_name);
  FileIOObject* f = as_fileio(self);
  auto close_fd = [f] {
    int fd = f->fd;
    f->fd = -1;
    if (f->closefd && fd >= 0 && ::close(fd) < 0) raise_errno(errno);
  };
  try {
    call(base_close, {self});
  } catch (PyException&) {
    if (f->closefd) {
      try {
        close_fd();
      } catch (PyException&) {
      }
    } else {
      f->fd = -1;
    }
    throw;
  }
  if (!f->closefd) {
    f->fd = -1;
    return kNone;
  }
  close_fd();
  return kNone;
}

Object get_closed(const Object& self) { return Object::from_bool(as_fileio(self)->fd < 0); }
Object get_closefd(const Object& self) { return Object::from_bool(as_fileio(self)->closefd); }
Object get_mode(const Object& self) { return str_from(mode_string(as_fileio(self))); }
Object get_blksize(const Object& self) { return Object::from_int(as_fileio(self)->blksize); }

const NativeMethodDef fileio_methods[] = {
    {"read", m_read, 0, 1},
    {"readall", m_readall, 0, 0},
    {"readinto", m_readinto, 1, 1},
    {"write", m_write, 1, 1},
    {"seek", m_seek, 1, 2},
    {"tell", m_tell, 0, 0},
    {"truncate", m_truncate, 0, 1},
    {"close", m_close, 0, 0},
    {"seekable", m_seekable, 0, 0},
    {"readable", m_readable, 0, 0},
    {"writable", m_writable, 0, 0},
    {"fileno", m_fileno, 0, 0},
    {"isatty", m_isatty, 0, 0},
    {"__getstate__", detail::refuse_getstate, 0, 0},
};

const GetSetDef fileio_getsets[] = {
    {"closed", get_closed},
    {"closefd", get_closefd},
    {"mode", get_mode},
    {"_blksize", get_blksize, true},
};

TypeObject* fileio_type() {
  static TypeObject* const t = [] {
    TypeObject* f = detail::make_io_class("FileIO", detail::rawiobase_type(), fileio_new, fileio_init);
    add_methods(f, fileio_methods);
    add_getsets(f, fileio_getsets);
    return f;
  }();
  return t;
}

}  // namespace

TypeObject* detail::file_io_type() { return fileio_type(); }

}  // namespace pyrt
