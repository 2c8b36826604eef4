// _io.StringIO: an in-memory text stream over a buffer of code points. Mirrors CPython 3.11's
// Modules/_io/stringio.c: the newline argument (universal reading and translation through an
// IncrementalNewlineDecoder's state, "\r" and "\r\n" written out), zero padding when writing
// past the end, pickling through __getstate__/__setstate__, and its error texts ("I/O
// operation on closed file", without the period _IOBase's message has).
#include <algorithm>
#include <string>
#include <utility>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "io_newlines.h"
#include "io_types.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

namespace {

using detail::CodePoints;

/// A StringIO, or the StringIO part of an instance of a Python subclass. `buffer` holds the
/// text (its size is CPython's string_size); `pos` may lie beyond it, and a write there pads
/// with NULs first.
struct StringIOObject : detail::IOObject {
  explicit StringIOObject(TypeObject* type) : IOObject(type) {}

  CodePoints buffer;
  std::size_t pos = 0;
  bool ok = false;  ///< __init__ has run
  bool closed = false;
  bool has_decoder = false;  ///< newline None or "": reads are universal
  detail::NewlineDecoderState decoder;
  detail::LineEnding ending;
  CodePoints writenl;        ///< "\r" or "\r\n" that "\n" becomes on write, else empty
  Object readnl = kNone;     ///< the newline argument (None for None)

  Object iter() override { return Object(static_cast<HeapObject*>(this)); }
  bool next(Object& out) override;
  // stringio_dealloc finalizes nothing; a Python subclass's instance is closed first by
  // subtype_dealloc's tp_finalize (iobase_finalize), which may call a close() it defines.
  void dealloc() override;

  void write_text(const Object& text);
  CodePoints readline(std::int64_t limit);
};

TypeObject* stringio_type();

StringIOObject* as_stringio(const Object& x) { return static_cast<StringIOObject*>(x.heap()); }

void StringIOObject::dealloc() {
  if (type != stringio_type() && !detail::finalize_io_object(this, finalized)) return;
  HeapObject::dealloc();
}

// CHECK_INITIALIZED and CHECK_CLOSED.
StringIOObject* initialized(const Object& self) {
  StringIOObject* s = as_stringio(self);
  if (!s->ok) detail::value_error("I/O operation on uninitialized object");
  return s;
}
void check_open(const StringIOObject* s) {
  if (s->closed) detail::value_error("I/O operation on closed file");
}
StringIOObject* usable(const Object& self) {
  StringIOObject* s = initialized(self);
  check_open(s);
  return s;
}

// write_str: the text goes through the newline decoder (always final) and the write
// translation, then over the buffer at pos.
void StringIOObject::write_text(const Object& text) {
  CodePoints decoded = detail::code_points(text);
  if (has_decoder) decoded = decoder.decode(std::move(decoded), true);
  if (!writenl.empty()) {
    CodePoints translated;
    for (char32_t c : decoded) {
      if (c == U'\n') translated += writenl;
      else translated.push_back(c);
    }
    decoded = std::move(translated);
  }
  if (decoded.empty()) return;
  if (pos > buffer.size()) buffer.resize(pos, U'\0');
  std::size_t end = pos + decoded.size();
  if (end > buffer.size()) buffer.resize(end);
  std::copy(decoded.begin(), decoded.end(), buffer.begin() + static_cast<std::ptrdiff_t>(pos));
  pos = end;
}

// _stringio_readline: up to and including the first line ending, at most `limit` code points
// when limit >= 0; the rest of the buffer when no line ends.
CodePoints StringIOObject::readline(std::int64_t limit) {
  if (pos >= buffer.size()) return {};
  std::size_t available = buffer.size() - pos;
  if (limit >= 0 && static_cast<std::size_t>(limit) < available) available = static_cast<std::size_t>(limit);
  std::u32string_view rest(buffer.data() + pos, available);
  std::size_t consumed = 0;
  std::size_t n = detail::find_line_ending(ending, rest, consumed);
  if (n == std::u32string_view::npos) n = available;
  pos += n;
  return CodePoints(rest.substr(0, n));
}

// stringio_iternext: a subclass's own readline() is used (and must return a str).
bool StringIOObject::next(Object& out) {
  Object self(static_cast<HeapObject*>(this));
  usable(self);
  if (type == stringio_type()) {
    CodePoints line = readline(-1);
    if (line.empty()) return false;
    out = detail::text_of(line);
    return true;
  }
  static const Object readline_name = intern("readline");
  Object line = call_method(self, readline_name, {});
  if (!is_str(line)) {
    raise_error(exc::OSError, "readline() should have returned a str object, not '" + type_name_text(line) + "'");
  }
  if (pyrt::len(line) == 0) return false;
  out = line;
  return true;
}


// _io_StringIO___init___impl: StringIO(initial_value='', newline='\n'). Checks the newline
// first, then the initial value; runs again on an existing object, starting it afresh.
void init_stringio(StringIOObject* s, const CallArgs& args) {
  Object a[2];
  parse_args(args, "StringIO", {"initial_value", "newline"}, 2, 0, a);
  const Object& value = a[0];
  Object newline = a[1].is_unbound() ? str_from("\n") : a[1];
  if (!newline.is_none() && !is_str(newline)) {
    detail::type_error("newline must be str or None, not " + type_name_text(newline));
  }
  if (!newline.is_none()) {
    std::string_view nl = str_view(newline);
    if (!nl.empty() && nl != "\n" && nl != "\r" && nl != "\r\n") {
      detail::value_error("illegal newline value: " + repr_text(newline));
    }
  }
  if (!value.is_unbound() && !value.is_none() && !is_str(value)) {
    detail::type_error("initial_value must be str or None, not " + type_name_text(value));
  }
  s->ok = false;
  s->buffer.clear();
  s->pos = 0;
  s->closed = false;
  s->readnl = newline;
  bool universal = newline.is_none() || str_view(newline).empty();
  s->ending = detail::LineEnding{newline.is_none(), universal, universal ? CodePoints() : detail::code_points(newline)};
  s->writenl = !newline.is_none() && str_view(newline).starts_with('\r') ? detail::code_points(newline) : CodePoints();
  s->has_decoder = universal;
  s->decoder = detail::NewlineDecoderState{newline.is_none()};
  if (!value.is_unbound() && !value.is_none()) {
    s->write_text(value);
    s->pos = 0;
  }
  s->ok = true;
}

CallArgs after_self(const CallArgs& args) { return CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}; }

Object stringio_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(stringio_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.StringIO' object");
  }
  init_stringio(as_stringio(args.args[0]), after_self(args));
  return kNone;
}

// StringIO itself is filled here; a subclass by its __init__ (StringIO.__init__ unless it
// overrides it), as type_call runs tp_init.
Object stringio_new(TypeObject* type, const CallArgs& args) {
  if (type != stringio_type()) return detail::new_native_subclass<StringIOObject>(type);
  auto* s = new StringIOObject(type);
  Object out(static_cast<HeapObject*>(s));
  init_stringio(s, args);
  return out;
}

Object m_getvalue(const Object& self, const CallArgs&) { return detail::text_of(usable(self)->buffer); }

// _io_StringIO_read_impl: at most `size` code points from pos (all when negative).
Object m_read(const Object& self, const CallArgs& args) {
  std::int64_t size = detail::optional_size(args, -1);
  StringIOObject* s = usable(self);
  if (s->pos >= s->buffer.size()) return str_from("");
  std::size_t n = s->buffer.size() - s->pos;
  if (size >= 0 && static_cast<std::size_t>(size) < n) n = static_cast<std::size_t>(size);
  Object out = detail::text_of(std::u32string_view(s->buffer).substr(s->pos, n));
  s->pos += n;
  return out;
}

Object m_readline(const Object& self, const CallArgs& args) {
  std::int64_t limit = detail::optional_size(args, -1);
  return detail::text_of(usable(self)->readline(limit));
}

// _io_StringIO_write: returns the length of the text as given, before any translation.
Object m_write(const Object& self, const CallArgs& args) {
  StringIOObject* s = initialized(self);
  const Object& text = args.args[0];
  if (!is_str(text)) detail::type_error("string argument expected, got '" + type_name_text(text) + "'");
  check_open(s);
  std::int64_t n = len(text);
  if (n > 0) s->write_text(text);
  return Object::from_int(n);
}

Object m_tell(const Object& self, const CallArgs&) {
  return Object::from_int(static_cast<std::int64_t>(usable(self)->pos));
}

// _io_StringIO_seek_impl(pos: Py_ssize_t, whence: int = 0).
Object m_seek(const Object& self, const CallArgs& args) {
  std::int64_t pos = ssize_value(args.args[0]);
  std::int64_t whence = args.npos > 1 ? index_value(args.args[1]) : 0;
  StringIOObject* s = usable(self);
  if (whence != 0 && whence != 1 && whence != 2) {
    detail::value_error("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (pos < 0 && whence == 0) detail::value_error("Negative seek position " + std::to_string(pos));
  if (whence != 0 && pos != 0) raise_error(exc::OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = static_cast<std::int64_t>(s->pos);
  else if (whence == 2) pos = static_cast<std::int64_t>(s->buffer.size());
  s->pos = static_cast<std::size_t>(pos);
  return Object::from_int(pos);
}

// _io_StringIO_truncate_impl: cuts the text at `pos` (the position when absent or None),
// leaving the position where it is.
Object m_truncate(const Object& self, const CallArgs& args) {
  std::int64_t size = detail::optional_size(args, -2);
  StringIOObject* s = usable(self);
  if (size == -2 && (args.npos == 0 || args.args[0].is_none())) size = static_cast<std::int64_t>(s->pos);
  if (size < 0) detail::value_error("Negative size value " + std::to_string(size));
  if (static_cast<std::size_t>(size) < s->buffer.size()) s->buffer.resize(static_cast<std::size_t>(size));
  return Object::from_int(size);
}

// stringio_close: no flush, no initialization check; the buffer is released.
Object m_close(const Object& self, const CallArgs&) {
  StringIOObject* s = as_stringio(self);
  s->closed = true;
  CodePoints().swap(s->buffer);
  return kNone;
}

Object m_true(const Object& self, const CallArgs&) {
  usable(self);
  return kTrue;
}

Object get_closed(const Object& self) { return Object::from_bool(initialized(self)->closed); }
Object get_line_buffering(const Object& self) {
  usable(self);
  return kFalse;
}
Object get_newlines(const Object& self) {
  StringIOObject* s = usable(self);
  return s->has_decoder ? s->decoder.newlines() : kNone;
}

// stringio_getstate: (getvalue(), newline argument, pos, copy of __dict__ or None).
Object m_getstate(const Object& self, const CallArgs&) {
  Object value = m_getvalue(self, CallArgs{});
  StringIOObject* s = as_stringio(self);
  Object* d = self.heap()->instance_dict();
  Object dict = kNone;
  if (d != nullptr && !d->is_unbound()) {
    dict = new_dict();
    dict_update_from(dict, *d);
  }
  return tuple_of({value, s->readnl, Object::from_int(static_cast<std::int64_t>(s->pos)), dict});
}

// stringio_setstate: __init__(state[0], state[1]), then the buffer exactly as given (already
// translated once), the position and the instance attributes.
Object m_setstate(const Object& self, const CallArgs& args) {
  StringIOObject* s = as_stringio(self);
  check_open(s);
  const Object& state = args.args[0];
  if (!state.type()->is_subtype(types::tuple) || tuple_items(state).size() < 4) {
    detail::type_error(self.type()->message_name() + ".__setstate__ argument should be 4-tuple, got " +
                       type_name_text(state));
  }
  const std::vector<Object>& items = tuple_items(state);
  Object init_args[2] = {items[0], items[1]};
  init_stringio(s, CallArgs{init_args, 2, 0, nullptr});
  s->buffer = is_str(items[0]) ? detail::code_points(items[0]) : CodePoints();
  if (!is_int(items[2])) detail::type_error("third item of state must be an integer, got " + type_name_text(items[2]));
  std::int64_t pos = ssize_value(items[2]);
  if (pos < 0) detail::value_error("position value cannot be negative");
  s->pos = static_cast<std::size_t>(pos);
  detail::restore_state_dict(self, items[3], "fourth");
  return kNone;
}

const NativeMethodDef stringio_methods[] = {
    {"close", m_close, 0, 0},
    {"getvalue", m_getvalue, 0, 0},
    {"read", m_read, 0, 1},
    {"readline", m_readline, 0, 1},
    {"tell", m_tell, 0, 0},
    {"truncate", m_truncate, 0, 1},
    {"seek", m_seek, 1, 2},
    {"write", m_write, 1, 1},
    {"seekable", m_true, 0, 0},
    {"readable", m_true, 0, 0},
    {"writable", m_true, 0, 0},
    {"__getstate__", m_getstate, 0, 0},
    {"__setstate__", m_setstate, 1, 1},
};

const GetSetDef stringio_getsets[] = {
    {"closed", get_closed},
    {"newlines", get_newlines},
    {"line_buffering", get_line_buffering},
};

TypeObject* stringio_type() {
  static TypeObject* const t = [] {
    TypeObject* s = detail::make_io_class("StringIO", detail::textiobase_type(), stringio_new, stringio_init);
    add_slot_wrappers(s, "__iter__ __next__");
    add_methods(s, stringio_methods);
    add_getsets(s, stringio_getsets);
    return s;
  }();
  return t;
}

}  // namespace

TypeObject* detail::string_io_type() { return stringio_type(); }

}  // namespace pyrt
