// The buffered standard streams, print() and input(). CPython block-buffers
// stdout when it is not a terminal; flushing it before every stderr write
// keeps `2>&1` interleavings in the order the program produced them.
#include "pyrt/object/print.h"

#include "pyrt/object/import.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

namespace {

struct StdoutBuffer {
  std::string data;
  bool tty = ::isatty(1) != 0;
};

StdoutBuffer& out_buffer() {
  static auto* b = new StdoutBuffer();  // never destroyed: flushed at exit
  return *b;
}

void write_fd(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

void write_stdout(std::string_view text) {
  StdoutBuffer& b = out_buffer();
  b.data += text;
  if (b.data.size() >= (1 << 16) || (b.tty && text.find('\n') != std::string_view::npos)) flush_stdout();
}

void flush_stdout() {
  StdoutBuffer& b = out_buffer();
  if (b.data.empty()) return;
  write_fd(1, b.data);
  b.data.clear();
}

void write_stderr(std::string_view text) {
  flush_stdout();
  write_fd(2, text);
}

namespace {

struct StdStream final : HeapObject {
  StdStream(TypeObject* t, int fd, const char* name) : HeapObject(t), fd(fd), name(name) {}
  int fd;
  const char* name;
  Object repr() override {
    return str_from(std::string("<_io.TextIOWrapper name='<") + name + ">' mode='w' encoding='utf-8'>");
  }
};

TypeObject* stream_type();

Object stream_write(const Object& self, const CallArgs& args) {
  check_nargs(args, "write", 1, 1);
  if (!is_str(args.args[0])) {
    bad_argument("write", 0, "str", args.args[0]);
  }
  auto* s = static_cast<StdStream*>(self.heap());
  if (s->fd == 1) write_stdout(str_view(args.args[0]));
  else write_stderr(str_view(args.args[0]));
  return Object::from_int(static_cast<StrObject*>(args.args[0].heap())->length);
}

Object stream_flush(const Object& self, const CallArgs& args) {
  check_nargs(args, "flush", 0, 0);
  if (static_cast<StdStream*>(self.heap())->fd == 1) flush_stdout();
  return kNone;
}

Object stream_isatty(const Object& self, const CallArgs& args) {
  check_nargs(args, "isatty", 0, 0);
  return Object::from_bool(::isatty(static_cast<StdStream*>(self.heap())->fd) != 0);
}

Object stream_fileno(const Object& self, const CallArgs& args) {
  check_nargs(args, "fileno", 0, 0);
  return Object::from_int(static_cast<StdStream*>(self.heap())->fd);
}

TypeObject* stream_type() {
  static TypeObject* t = nullptr;
  if (t == nullptr) {
    t = make_builtin_type("TextIOWrapper", nullptr, "_io");
    add_method(t, "write", stream_write);
    add_method(t, "flush", stream_flush);
    add_method(t, "isatty", stream_isatty);
    add_method(t, "fileno", stream_fileno);
  }
  return t;
}

Object& stream_slot(int fd) {
  static Object out, err;
  Object& slot = fd == 1 ? out : err;
  if (slot.is_unbound()) slot = make<StdStream>(stream_type(), fd, fd == 1 ? "stdout" : "stderr");
  return slot;
}

}  // namespace

Object stdout_object() { return stream_slot(1); }
Object stderr_object() { return stream_slot(2); }

Object print(const CallArgs& args) {
  Object a[4];
  for (std::size_t k = 0; k < args.nkw; ++k) {
    std::string_view key = str_view(args.kwnames[k]);
    int idx = key == "sep" ? 0 : key == "end" ? 1 : key == "file" ? 2 : key == "flush" ? 3 : -1;
    if (idx < 0) type_error("'" + std::string(key) + "' is an invalid keyword argument for print()");
    a[idx] = args.args[args.npos + k];
  }
  const Object& sep = a[0];
  const Object& end = a[1];
  if (!sep.is_unbound() && !sep.is_none() && !is_str(sep)) {
    type_error("sep must be None or a string, not " + type_name_text(sep));
  }
  if (!end.is_unbound() && !end.is_none() && !is_str(end)) {
    type_error("end must be None or a string, not " + type_name_text(end));
  }
  std::string_view sep_text = sep.is_unbound() || sep.is_none() ? std::string_view(" ") : str_view(sep);
  std::string_view end_text = end.is_unbound() || end.is_none() ? std::string_view("\n") : str_view(end);
  Object file = a[2];
  if (file.is_unbound() || file.is_none()) {
    // builtin_print_impl: sys.stdout as it is now (contextlib.redirect_stdout replaces it);
    // None prints nothing.
    static const Object sys_module = import_module("sys");
    static const Object stdout_name = intern("stdout");
    file = getattr_or_unbound(sys_module, stdout_name);
    if (file.is_unbound()) raise_error(exc::RuntimeError, "lost sys.stdout");
    if (file.is_none()) return kNone;
  }
  bool to_stdout = file.is(stream_slot(1));
  bool to_stderr = !to_stdout && file.is(stream_slot(2));
  if (to_stdout || to_stderr) {
    std::string text;
    for (std::size_t i = 0; i < args.npos; ++i) {
      if (i) text += sep_text;
      const Object& x = args.args[i];
      if (x.type() == types::str) text += str_view(x);  // exact: a subclass's __str__ prints
      else if (x.is_small_int()) text += std::to_string(x.as_int());
      else text += str_view(str(x));
    }
    text += end_text;
    if (to_stdout) {
      write_stdout(text);
      if (!a[3].is_unbound() && truthy(a[3])) flush_stdout();
    } else {
      write_stderr(text);
    }
    return kNone;
  }
  static const Object write_name = intern("write");
  static const Object flush_name = intern("flush");
  Object sep_obj = str_from(sep_text);
  for (std::size_t i = 0; i < args.npos; ++i) {
    if (i) call_method(file, write_name, {sep_obj});
    call_method(file, write_name, {str(args.args[i])});
  }
  call_method(file, write_name, {str_from(end_text)});
  if (!a[3].is_unbound() && truthy(a[3])) call_method(file, flush_name, {});
  return kNone;
}

Object input(const CallArgs& args) {
  check_nargs(args, "input", 0, 1);
  if (args.npos == 1) write_stdout(str_view(str(args.args[0])));
  flush_stdout();
  std::string line;
  if (!std::getline(std::cin, line)) raise_error(exc::EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return str_from(std::move(line));
}

}  // namespace pyrt
