// _io.TextIOWrapper: a text stream over a buffered binary stream. Mirrors CPython 3.11's
// Modules/_io/textio.c: decoding in chunks read by read1 (utf-8, utf-8-sig, ascii and latin-1,
// with the error handlers of str.encode and bytes.decode), universal newlines on read and the
// newline translation on write, the opaque tell() cookie (start position, decoder flags, bytes
// to feed, characters to skip, need_eof) and its seek, reconfigure, detach and the errors'
// texts ("I/O operation on closed file.", "underlying buffer has been detached", ...).
#include <algorithm>
#include <string>
#include <utility>

#include "../object/internal.h"
#include "../object/native_subclass.h"
#include "io_newlines.h"
#include "io_types.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/codecs.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

using detail::CodePoints;

Object attr_name(std::string_view text) { return intern(text); }

const std::string& bytes_data(const Object& x) { return static_cast<BytesObject*>(x.heap())->data; }

/// The codecs TextIOWrapper decodes and encodes itself; any other name is a LookupError.
enum class Codec { Utf8, Utf8Sig, Ascii, Latin1 };

const char* const kBom = "\xEF\xBB\xBF";

// codecs.lookup(encoding) restricted to the codecs above: "utf-8-sig" (utf_8_sig once
// normalized) or one codec_name knows. LookupError "unknown encoding: X" otherwise.
Codec lookup_codec(std::string_view encoding) {
  std::string normalized;
  for (char c : encoding) normalized += c == '-' || c == ' ' ? '_' : static_cast<char>(c | (c >= 'A' && c <= 'Z' ? 32 : 0));
  if (normalized == "utf_8_sig") return Codec::Utf8Sig;
  const char* name = codec_name(encoding);
  std::string_view n = name ? name : "";
  if (n == "utf-8") return Codec::Utf8;
  if (n == "ascii") return Codec::Ascii;
  if (n == "latin-1") return Codec::Latin1;
  raise_error(exc::LookupError, "unknown encoding: " + std::string(encoding));
}

const char* base_codec_name(Codec c) {
  switch (c) {
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    default: return "utf-8";
  }
}

// How many bytes at the end of `data` begin a UTF-8 sequence that more input may complete
// (what the incremental utf-8 decoder keeps for the next call).
std::size_t incomplete_utf8_tail(const std::string& data) {
  std::size_t size = data.size();
  for (std::size_t back = 1; back <= 3 && back <= size; ++back) {
    auto lead = static_cast<unsigned char>(data[size - back]);
    if ((lead & 0xC0) == 0x80) continue;
    std::size_t need = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      auto second = static_cast<unsigned char>(data[size - back + 1]);
      if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
          (lead == 0xF4 && second > 0x8F)) {
        return 0;
      }
    }
    return back;
  }
  return 0;
}

/// The incremental decoder TextIOWrapper keeps: the codec's held-back bytes (an incomplete
/// UTF-8 sequence, or a partial BOM), utf-8-sig's "BOM not yet seen", and the universal
/// newline state when the newline argument asks for it.
struct TextDecoder {
  Codec codec = Codec::Utf8;
  Object errors;
  bool universal = false;
  std::string pending;
  bool first = true;  ///< utf-8-sig: the BOM may still come
  detail::NewlineDecoderState newline;

  // The decoder's getstate() as TextIOWrapper reads it: (held-back bytes, flags), the flags
  // being utf-8-sig's `first` shifted left once by the newline decoder, the pending "\r" in
  // its low bit.
  int flags() const {
    int f = codec == Codec::Utf8Sig && first ? 1 : 0;
    if (!universal) return f;
    return f << 1 | (newline.pendingcr ? 1 : 0);
  }
  void set_state(int flags) {
    pending.clear();
    if (universal) {
      newline.pendingcr = (flags & 1) != 0;
      flags >>= 1;
    }
    first = codec == Codec::Utf8Sig && (flags & 1) != 0;
  }
  void reset() {
    pending.clear();
    first = true;
    newline.pendingcr = false;
    newline.seennl = 0;
  }

  CodePoints decode(const std::string& input, bool final);
};

CodePoints TextDecoder::decode(const std::string& input, bool final) {
  std::string data = pending + input;
  pending.clear();
  if (codec == Codec::Utf8Sig && first) {
    if (data.size() < 3 && std::string_view(kBom).starts_with(data) && !final) {
      pending = data;
      return {};
    }
    if (data.starts_with(kBom)) data.erase(0, 3);
    first = false;
  }
  if (!final && (codec == Codec::Utf8 || codec == Codec::Utf8Sig)) {
    std::size_t tail = incomplete_utf8_tail(data);
    pending = data.substr(data.size() - tail);
    data.resize(data.size() - tail);
  }
  CodePoints text;
  if (!data.empty()) text = detail::code_points(bytes_decode(bytes_from(data), str_from(base_codec_name(codec)), errors));
  if (universal) text = newline.decode(std::move(text), final);
  return text;
}

/// The tell() cookie: the fields of textio.c's cookie_type, packed into one int as
/// textiowrapper_build_cookie lays them out in memory (start_pos in 64 bits, then 32 bits
/// each for dec_flags, bytes_to_feed and chars_to_skip, then need_eof).
struct Cookie {
  std::int64_t start_pos = 0;
  int dec_flags = 0;
  std::int64_t bytes_to_feed = 0;
  std::int64_t chars_to_skip = 0;
  bool need_eof = false;
};

Object build_cookie(const Cookie& c) {
  auto field = [](std::int64_t v, int shift) {
    return binary_op(BinaryOp::LShift, Object::from_int(v), Object::from_int(shift));
  };
  Object out = Object::from_int(c.start_pos);
  out = binary_op(BinaryOp::BitOr, out, field(c.dec_flags, 64));
  out = binary_op(BinaryOp::BitOr, out, field(c.bytes_to_feed, 96));
  out = binary_op(BinaryOp::BitOr, out, field(c.chars_to_skip, 128));
  return binary_op(BinaryOp::BitOr, out, field(c.need_eof ? 1 : 0, 160));
}

Cookie parse_cookie(const Object& value) {
  Object v = call(Object(types::int_), {value});
  auto take = [&v](int bits) {
    Object mask = binary_op(BinaryOp::Sub, binary_op(BinaryOp::LShift, Object::from_int(1), Object::from_int(bits)),
                            Object::from_int(1));
    Object low = binary_op(BinaryOp::BitAnd, v, mask);
    v = binary_op(BinaryOp::RShift, v, Object::from_int(bits));
    return ssize_value(low);
  };
  Cookie c;
  c.start_pos = take(64);
  c.dec_flags = static_cast<int>(take(32));
  c.bytes_to_feed = take(32);
  c.chars_to_skip = take(32);
  c.need_eof = take(8) != 0;
  return c;
}

/// A TextIOWrapper, or the part of an instance of a Python subclass that it is.
/// `decoded[used:]` are the decoded characters not yet handed out; the snapshot is the decoder
/// flags and the bytes fed to it since, from which tell() rebuilds the position.
struct TextIOObject : detail::IOObject {
  explicit TextIOObject(TypeObject* type) : IOObject(type) {}

  Object buffer;  ///< unbound until __init__ has run, and after detach()
  bool ok = false, detached = false;
  Object encoding, errors;
  Codec codec = Codec::Utf8;
  bool readuniversal = false, readtranslate = false;
  detail::LineEnding ending;
  CodePoints writenl;  ///< what "\n" becomes on write; empty: left alone
  bool line_buffering = false, write_through = false;
  bool readable = false, writable = false;
  TextDecoder decoder;
  bool bom_pending = false;  ///< utf-8-sig: the next write starts with a BOM
  std::string pending_bytes;  ///< encoded writes not yet given to the buffer
  bool has_decoded = false;
  CodePoints decoded;
  std::size_t used = 0;
  bool has_snapshot = false;
  int snapshot_flags = 0;
  std::string snapshot_input;
  bool seekable = false, telling = false, has_read1 = false;
  std::int64_t chunk_size = detail::kDefaultBufferSize;
  double b2cratio = 0.0;  ///< bytes per character of the last chunk decoded

  Object repr() override;
  bool next(Object& out) override;
  void dealloc() override {
    if (detail::finalize_io_object(this, finalized)) HeapObject::dealloc();
  }

  void clear_decoded() {
    decoded.clear();
    used = 0;
    has_decoded = false;
  }
};

TypeObject* textio_type();

TextIOObject* as_textio(const Object& x) { return static_cast<TextIOObject*>(x.heap()); }

// CHECK_ATTACHED.
TextIOObject* attached(const Object& self) {
  TextIOObject* t = as_textio(self);
  if (!t->ok) detail::value_error(t->detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
  return t;
}

// CHECK_CLOSED: the buffer's `closed`.
TextIOObject* open_textio(const Object& self) {
  TextIOObject* t = attached(self);
  static const Object closed = attr_name("closed");
  if (truthy(getattr(t->buffer, closed))) detail::raise_closed_file();
  return t;
}


// --- configuration ---------------------------------------------------------------------------

// validate_newline: None, "", "\n", "\r" or "\r\n" (the message quotes nothing).
void validate_newline(const Object& newline) {
  if (newline.is_none()) return;
  std::string_view nl = str_view(newline);
  if (!nl.empty() && nl != "\n" && nl != "\r" && nl != "\r\n") {
    detail::value_error("illegal newline value: " + std::string(nl));
  }
}

// set_newline: how reads split and translate lines and what "\n" becomes on write.
void set_newline(TextIOObject* t, const Object& newline) {
  bool none = newline.is_none();
  std::string_view nl = none ? std::string_view() : str_view(newline);
  t->readuniversal = none || nl.empty();
  t->readtranslate = none;
  t->ending = detail::LineEnding{t->readtranslate, t->readuniversal && !t->readtranslate,
                                 t->readuniversal ? CodePoints() : detail::code_points(newline)};
  bool writetranslate = none || !nl.empty();
  t->writenl = writetranslate && !none && nl != "\n" ? detail::code_points(newline) : CodePoints();
}

// _textiowrapper_set_decoder and _set_encoder for the codec, then the utf-8-sig encoder's
// BOM, left out when the stream does not stand at its start (_textiowrapper_fix_encoder_state).
void set_codec(TextIOObject* t, Codec codec) {
  t->codec = codec;
  t->decoder = TextDecoder{codec, t->errors, t->readuniversal, {}, true, {t->readtranslate, false, 0}};
  t->bom_pending = false;
  if (codec != Codec::Utf8Sig || !t->writable) return;
  t->bom_pending = true;
  if (t->seekable) {
    Object pos = call_method(t->buffer, attr_name("tell"), {});
    if (!compare_bool(CmpOp::Eq, pos, Object::from_int(0))) t->bom_pending = false;
  }
}

// The encoding argument: None and "locale" mean the locale's, UTF-8 here.
Object resolve_encoding(const Object& encoding) {
  if (encoding.is_none() || str_view(encoding) == "locale") return str_from("UTF-8");
  return encoding;
}

// A `str or None` argument of Argument Clinic.
void check_str_or_none(const Object& x, const char* fname, const char* argname) {
  if (x.is_unbound() || x.is_none() || is_str(x)) return;
  detail::type_error(std::string(fname) + "() argument '" + argname + "' must be str or None, not " + type_name_text(x));
}

// _io_TextIOWrapper___init___impl(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False).
void init_textio(TextIOObject* t, const CallArgs& args) {
  Object a[6];
  parse_args(args, "TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 6, 1, a);
  t->ok = false;
  t->detached = false;
  check_str_or_none(a[1], "TextIOWrapper", "encoding");
  check_str_or_none(a[3], "TextIOWrapper", "newline");
  Object errors = a[2].is_unbound() || a[2].is_none() ? str_from("strict") : a[2];
  if (!is_str(errors)) {
    detail::type_error("TextIOWrapper() argument 'errors' must be str or None, not " + type_name_text(errors));
  }
  Object newline = a[3].is_unbound() ? kNone : a[3];
  validate_newline(newline);
  Object encoding = resolve_encoding(a[1].is_unbound() ? kNone : a[1]);
  Codec codec = lookup_codec(str_view(encoding));
  const Object& buffer = a[0];
  t->buffer = buffer;
  t->encoding = encoding;
  t->errors = errors;
  t->line_buffering = !a[4].is_unbound() && truthy(a[4]);
  t->write_through = !a[5].is_unbound() && truthy(a[5]);
  set_newline(t, newline);
  t->clear_decoded();
  t->has_snapshot = false;
  t->seekable = t->telling = truthy(call_method(buffer, attr_name("seekable"), {}));
  t->has_read1 = !getattr_or_unbound(buffer, attr_name("read1")).is_unbound();
  t->readable = truthy(call_method(buffer, attr_name("readable"), {}));
  t->writable = truthy(call_method(buffer, attr_name("writable"), {}));
  set_codec(t, codec);
  t->ok = true;
}

CallArgs after_self(const CallArgs& args) { return CallArgs{args.args + 1, args.npos - 1, args.nkw, args.kwnames}; }

Object textio_init(const CallArgs& args) {
  if (args.npos == 0 || !args.args[0].type()->is_subtype(textio_type())) {
    detail::type_error("descriptor '__init__' requires a '_io.TextIOWrapper' object");
  }
  init_textio(as_textio(args.args[0]), after_self(args));
  return kNone;
}

Object textio_new(TypeObject* type, const CallArgs& args) {
  if (type != textio_type()) return detail::new_native_subclass<TextIOObject>(type);
  auto* t = new TextIOObject(type);
  Object out(static_cast<HeapObject*>(t));
  init_textio(t, args);
  return out;
}

// textiowrapper_repr: "<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>", name and mode
// left out when reading them fails with ValueError or AttributeError.
Object TextIOObject::repr() {
  Object self(static_cast<HeapObject*>(this));
  detail::ReprGuard guard(this);
  if (!guard.entered) raise_error(exc::RuntimeError, "reentrant call inside " + type->message_name() + ".__repr__");
  std::string out = "<" + type->message_name();
  for (const char* attr : {"name", "mode"}) {
    Object value;
    try {
      value = getattr_or_unbound(self, attr_name(attr));
    } catch (PyException& e) {
      if (!e.value.type()->is_subtype(exc::ValueError)) throw;
    }
    if (!value.is_unbound()) out += std::string(" ") + attr + "=" + repr_text(value);
  }
  return str_from(out + " encoding=" + repr_text(encoding) + ">");
}

// --- reading ---------------------------------------------------------------------------------

// _textiowrapper_writeflush: the encoded writes kept so far go to buffer.write in one call.
void write_flush(TextIOObject* t) {
  if (t->pending_bytes.empty()) return;
  Object data = bytes_from(t->pending_bytes);
  t->pending_bytes.clear();
  call_method(t->buffer, attr_name("write"), {data});
}

// textiowrapper_read_chunk: one read1 (or read) of at least chunk_size bytes, decoded into
// the decoded characters; the snapshot records the decoder's flags and the bytes fed. False
// at the end of the stream.
bool read_chunk(TextIOObject* t, std::int64_t size_hint) {
  if (!t->readable) detail::raise_unsupported("not readable");
  int flags = t->decoder.flags();
  std::string held = t->decoder.pending;
  if (size_hint > 0) size_hint = static_cast<std::int64_t>(std::max(t->b2cratio, 1.0) * static_cast<double>(size_hint));
  std::int64_t size = std::max(t->chunk_size, size_hint);
  Object chunk = call_method(t->buffer, attr_name(t->has_read1 ? "read1" : "read"), {Object::from_int(size)});
  std::string input;
  if (!bytes_like_copy(chunk, input)) {
    detail::type_error(std::string("underlying ") + (t->has_read1 ? "read1" : "read") +
                       "() should have returned a bytes-like object, not '" + type_name_text(chunk) + "'");
  }
  bool eof = input.empty();
  t->decoded = t->decoder.decode(input, eof);
  t->used = 0;
  t->has_decoded = true;
  t->b2cratio = t->decoded.empty() ? 0.0 : static_cast<double>(input.size()) / static_cast<double>(t->decoded.size());
  if (!t->decoded.empty()) eof = false;
  if (t->telling) {
    t->has_snapshot = true;
    t->snapshot_flags = flags;
    t->snapshot_input = held + input;
  }
  return !eof;
}

CodePoints take_decoded(TextIOObject* t, std::size_t n) {
  n = std::min(n, t->decoded.size() - t->used);
  CodePoints out = t->decoded.substr(t->used, n);
  t->used += n;
  return out;
}

// _io_TextIOWrapper_read_impl: everything (buffer.read() decoded as final) or `n` characters.
Object m_read(const Object& self, const CallArgs& args) {
  TextIOObject* t = attached(self);
  std::int64_t n = detail::optional_size(args);
  open_textio(self);
  if (!t->readable) detail::raise_unsupported("not readable");
  write_flush(t);
  if (n < 0) {
    Object data = call_method(t->buffer, attr_name("read"), {});
    std::string input;
    if (!data.is_none() && !bytes_like_copy(data, input)) {
      detail::type_error("underlying read() should have returned a bytes object, not '" + type_name_text(data) + "'");
    }
    CodePoints out = take_decoded(t, t->decoded.size());
    out += t->decoder.decode(input, true);
    t->clear_decoded();
    t->has_snapshot = false;
    return detail::text_of(out);
  }
  CodePoints out = take_decoded(t, static_cast<std::size_t>(n));
  while (out.size() < static_cast<std::size_t>(n)) {
    if (!read_chunk(t, n - static_cast<std::int64_t>(out.size()))) break;
    out += take_decoded(t, static_cast<std::size_t>(n) - out.size());
  }
  return detail::text_of(out);
}

// _textiowrapper_readline: up to and including the first line ending the newline mode
// knows, at most `limit` characters when limit >= 0.
CodePoints readline(TextIOObject* t, std::int64_t limit) {
  if (!t->readable) detail::raise_unsupported("not readable");
  write_flush(t);
  CodePoints line;
  std::size_t search_from = 0;
  for (;;) {
    bool eof = false;
    while (t->used >= t->decoded.size()) {
      if (!read_chunk(t, 0)) {
        eof = true;
        break;
      }
    }
    if (eof) {
      t->has_snapshot = false;
      return line;
    }
    std::size_t base = line.size();
    line.append(t->decoded, t->used, std::u32string::npos);
    std::size_t consumed = 0;
    std::size_t found = detail::find_line_ending(t->ending, std::u32string_view(line).substr(search_from), consumed);
    std::size_t end;
    if (found != std::u32string_view::npos) {
      end = search_from + found;
    } else if (limit >= 0 && line.size() >= static_cast<std::size_t>(limit)) {
      end = static_cast<std::size_t>(limit);
    } else {
      search_from += consumed;
      t->used = t->decoded.size();
      continue;
    }
    if (limit >= 0 && end > static_cast<std::size_t>(limit)) end = static_cast<std::size_t>(limit);
    t->used += end - base;
    line.resize(end);
    return line;
  }
}

Object m_readline(const Object& self, const CallArgs& args) {
  attached(self);
  std::int64_t limit = args.npos == 0 ? -1 : index_value(args.args[0]);
  return detail::text_of(readline(open_textio(self), limit));
}

// textiowrapper_iternext: readline() until it returns "", with tell() disabled meanwhile.
bool TextIOObject::next(Object& out) {
  Object self(static_cast<HeapObject*>(this));
  attached(self);
  telling = false;
  if (type == textio_type()) {
    CodePoints line = readline(open_textio(self), -1);
    if (!line.empty()) {
      out = detail::text_of(line);
      return true;
    }
  } else {
    Object line = call_method(self, attr_name("readline"), {});
    if (!is_str(line)) {
      raise_error(exc::OSError, "readline() should have returned a str object, not '" + type_name_text(line) + "'");
    }
    if (pyrt::len(line) > 0) {
      out = line;
      return true;
    }
  }
  has_snapshot = false;
  telling = seekable;
  return false;
}

// --- writing ---------------------------------------------------------------------------------

// _io_TextIOWrapper_write_impl: translated and encoded, then kept until chunk_size bytes are
// (or line buffering or write_through asks for them), which go to the buffer in one write;
// line buffering flushes the buffer too. Returns the length of the text as given.
Object m_write(const Object& self, const CallArgs& args) {
  const Object& text = args.args[0];
  if (!is_str(text)) detail::type_error("write() argument must be str, not " + type_name_text(text));
  TextIOObject* t = open_textio(self);
  if (!t->writable) detail::raise_unsupported("not writable");
  CodePoints chars = detail::code_points(text);
  bool haslf = chars.find(U'\n') != CodePoints::npos;
  bool needflush = t->line_buffering && (haslf || chars.find(U'\r') != CodePoints::npos);
  Object out = text;
  if (haslf && !t->writenl.empty()) {
    CodePoints translated;
    for (char32_t c : chars) {
      if (c == U'\n') translated += t->writenl;
      else translated.push_back(c);
    }
    out = detail::text_of(translated);
  }
  Object encoded = str_encode(out, str_from(base_codec_name(t->codec)), t->errors);
  std::string bytes = bytes_data(encoded);
  if (t->bom_pending) bytes.insert(0, kBom);
  t->bom_pending = false;
  if (static_cast<std::int64_t>(t->pending_bytes.size() + bytes.size()) > t->chunk_size) write_flush(t);
  t->pending_bytes += bytes;
  if (static_cast<std::int64_t>(t->pending_bytes.size()) >= t->chunk_size || needflush || t->write_through) {
    write_flush(t);
  }
  if (needflush) call_method(t->buffer, attr_name("flush"), {});
  t->clear_decoded();
  t->has_snapshot = false;
  t->decoder.reset();
  return Object::from_int(static_cast<std::int64_t>(chars.size()));
}

// _io_TextIOWrapper_flush_impl.
Object m_flush(const Object& self, const CallArgs&) {
  TextIOObject* t = open_textio(self);
  t->telling = t->seekable;
  write_flush(t);
  return call_method(t->buffer, attr_name("flush"), {});
}

// --- positioning -----------------------------------------------------------------------------

// _io_TextIOWrapper_tell_impl: the buffer's position when nothing is decoded ahead, else the
// last point before it where the decoder held no bytes, with what to feed and skip from there.
Object m_tell(const Object& self, const CallArgs&) {
  TextIOObject* t = open_textio(self);
  if (!t->seekable) detail::raise_unsupported("underlying stream is not seekable");
  if (!t->telling) raise_error(exc::OSError, "telling position disabled by next() call");
  call_method(self, attr_name("flush"), {});
  Object pos = call_method(t->buffer, attr_name("tell"), {});
  if (!t->readable || !t->has_snapshot) return pos;
  Cookie cookie;
  cookie.start_pos = ssize_value(pos) - static_cast<std::int64_t>(t->snapshot_input.size());
  cookie.dec_flags = t->snapshot_flags;
  cookie.chars_to_skip = static_cast<std::int64_t>(t->used);
  if (cookie.chars_to_skip == 0) return build_cookie(cookie);
  TextDecoder probe = t->decoder;
  const std::string& input = t->snapshot_input;
  // A guess from the bytes-per-character ratio first, backing off until the decoder holds no
  // bytes there and has produced no more characters than were used.
  auto skip_bytes = static_cast<std::int64_t>(t->b2cratio * static_cast<double>(cookie.chars_to_skip));
  std::int64_t skip_back = 1;
  while (skip_bytes > 0) {
    probe.set_state(cookie.dec_flags);
    auto chars = static_cast<std::int64_t>(probe.decode(input.substr(0, static_cast<std::size_t>(skip_bytes)), false).size());
    if (chars <= cookie.chars_to_skip) {
      if (probe.pending.empty()) {
        cookie.dec_flags = probe.flags();
        cookie.chars_to_skip -= chars;
        break;
      }
      skip_bytes -= static_cast<std::int64_t>(probe.pending.size());
      skip_back = 1;
    } else {
      skip_bytes -= skip_back;
      skip_back *= 2;
    }
  }
  if (skip_bytes <= 0) {
    skip_bytes = 0;
    probe.set_state(cookie.dec_flags);
  }
  cookie.start_pos += skip_bytes;
  if (cookie.chars_to_skip == 0) return build_cookie(cookie);
  // Then one byte at a time to the last point where the decoder held no bytes.
  std::int64_t chars_decoded = 0;
  auto i = static_cast<std::size_t>(skip_bytes);
  for (; i < input.size(); ++i) {
    chars_decoded += static_cast<std::int64_t>(probe.decode(input.substr(i, 1), false).size());
    ++cookie.bytes_to_feed;
    if (probe.pending.empty() && chars_decoded <= cookie.chars_to_skip) {
      cookie.start_pos += cookie.bytes_to_feed;
      cookie.chars_to_skip -= chars_decoded;
      cookie.dec_flags = probe.flags();
      cookie.bytes_to_feed = 0;
      chars_decoded = 0;
    }
    if (chars_decoded >= cookie.chars_to_skip) break;
  }
  if (i == input.size()) {
    chars_decoded += static_cast<std::int64_t>(probe.decode("", true).size());
    cookie.need_eof = true;
    if (chars_decoded < cookie.chars_to_skip) raise_error(exc::OSError, "can't reconstruct logical file position");
  }
  return build_cookie(cookie);
}

// The encoder's state after a seek: a utf-8-sig BOM only at the start of the stream.
void reset_encoder(TextIOObject* t, bool at_start) { t->bom_pending = t->writable && t->codec == Codec::Utf8Sig && at_start; }

// _io_TextIOWrapper_seek_impl(cookie, whence=0).
Object m_seek(const Object& self, const CallArgs& args) {
  TextIOObject* t = open_textio(self);
  Object cookie_obj = args.args[0];
  std::int64_t whence = args.npos > 1 ? index_value(args.args[1]) : 0;
  if (!t->seekable) detail::raise_unsupported("underlying stream is not seekable");
  Object zero = Object::from_int(0);
  if (whence == 1) {
    if (!compare_bool(CmpOp::Eq, cookie_obj, zero)) detail::raise_unsupported("can't do nonzero cur-relative seeks");
    cookie_obj = call_method(self, attr_name("tell"), {});
  } else if (whence == 2) {
    if (!compare_bool(CmpOp::Eq, cookie_obj, zero)) detail::raise_unsupported("can't do nonzero end-relative seeks");
    call_method(self, attr_name("flush"), {});
    t->clear_decoded();
    t->has_snapshot = false;
    t->decoder.reset();
    Object r = call_method(t->buffer, attr_name("seek"), {zero, Object::from_int(2)});
    reset_encoder(t, compare_bool(CmpOp::Eq, r, zero));
    return r;
  } else if (whence != 0) {
    detail::value_error("invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (compare_bool(CmpOp::Lt, cookie_obj, zero)) detail::value_error("negative seek position " + repr_text(cookie_obj));
  call_method(self, attr_name("flush"), {});
  Cookie cookie = parse_cookie(cookie_obj);
  call_method(t->buffer, attr_name("seek"), {Object::from_int(cookie.start_pos)});
  t->clear_decoded();
  t->has_snapshot = false;
  if (t->readable) {
    if (cookie.start_pos == 0 && cookie.dec_flags == 0) {
      t->decoder.reset();
    } else {
      t->decoder.set_state(cookie.dec_flags);
      t->has_snapshot = true;
      t->snapshot_flags = cookie.dec_flags;
      t->snapshot_input.clear();
    }
  }
  if (cookie.chars_to_skip > 0) {
    Object chunk = call_method(t->buffer, attr_name("read"), {Object::from_int(cookie.bytes_to_feed)});
    std::string input;
    bytes_like_copy(chunk, input);
    t->decoded = t->decoder.decode(input, cookie.need_eof);
    t->has_decoded = true;
    t->has_snapshot = true;
    t->snapshot_flags = cookie.dec_flags;
    t->snapshot_input = input;
    if (static_cast<std::int64_t>(t->decoded.size()) < cookie.chars_to_skip) {
      raise_error(exc::OSError, "can't restore logical file position");
    }
    t->used = static_cast<std::size_t>(cookie.chars_to_skip);
  }
  reset_encoder(t, compare_bool(CmpOp::Eq, cookie_obj, zero));
  return cookie_obj;
}

// _io_TextIOWrapper_truncate_impl: flush(), then the buffer's truncate.
Object m_truncate(const Object& self, const CallArgs& args) {
  TextIOObject* t = attached(self);
  call_method(self, attr_name("flush"), {});
  return call_method(t->buffer, attr_name("truncate"), {args.npos == 0 ? kNone : args.args[0]});
}

// --- closing, detaching, reconfiguring -------------------------------------------------------

// _io_TextIOWrapper_close_impl: flush(), then buffer.close(); the flush's error wins.
Object m_close(const Object& self, const CallArgs&) {
  TextIOObject* t = attached(self);
  static const Object closed = attr_name("closed"), flush = attr_name("flush"), close = attr_name("close");
  if (truthy(getattr(t->buffer, closed))) return kNone;
  try {
    call_method(self, flush, {});
  } catch (PyException&) {
    try {
      call_method(t->buffer, close, {});
    } catch (PyException&) {
    }
    throw;
  }
  return call_method(t->buffer, close, {});
}

Object m_detach(const Object& self, const CallArgs&) {
  TextIOObject* t = attached(self);
  call_method(self, attr_name("flush"), {});
  Object buffer = t->buffer;
  t->buffer = Object();
  t->ok = false;
  t->detached = true;
  return buffer;
}

// _io_TextIOWrapper_reconfigure_impl(*, encoding=None, errors=None, newline=<unchanged>,
// line_buffering=None, write_through=None).
Object m_reconfigure(const Object& self, const CallArgs& args) {
  if (args.npos > 0) {
    detail::type_error("reconfigure() takes no positional arguments");
  }
  Object a[5];
  parse_args(args, "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0, a);
  TextIOObject* t = attached(self);
  Object encoding = a[0].is_unbound() ? kNone : a[0];
  Object errors = a[1].is_unbound() ? kNone : a[1];
  check_str_or_none(encoding, "reconfigure", "encoding");
  check_str_or_none(errors, "reconfigure", "errors");
  bool newline_given = !a[2].is_unbound();
  if (t->has_decoded && (!encoding.is_none() || !errors.is_none() || newline_given)) {
    detail::raise_unsupported("It is not possible to set the encoding or newline of stream after the first read");
  }
  if (newline_given) {
    check_str_or_none(a[2], "reconfigure", "newline");
    validate_newline(a[2]);
  }
  call_method(self, attr_name("flush"), {});
  if (newline_given) set_newline(t, a[2]);
  if (!encoding.is_none() || !errors.is_none() || newline_given) {
    Codec codec = t->codec;
    if (!encoding.is_none()) {
      encoding = resolve_encoding(encoding);
      codec = lookup_codec(str_view(encoding));
      t->encoding = encoding;
      if (errors.is_none()) errors = str_from("strict");
    }
    if (!errors.is_none()) t->errors = errors;
    set_codec(t, codec);
  }
  if (!a[3].is_unbound() && !a[3].is_none()) t->line_buffering = truthy(a[3]);
  if (!a[4].is_unbound() && !a[4].is_none()) t->write_through = truthy(a[4]);
  return kNone;
}

Object delegate(const Object& self, const char* method) { return call_method(attached(self)->buffer, attr_name(method), {}); }

Object m_fileno(const Object& self, const CallArgs&) { return delegate(self, "fileno"); }
Object m_isatty(const Object& self, const CallArgs&) { return delegate(self, "isatty"); }
Object m_seekable(const Object& self, const CallArgs&) { return delegate(self, "seekable"); }
Object m_readable(const Object& self, const CallArgs&) { return delegate(self, "readable"); }
Object m_writable(const Object& self, const CallArgs&) { return delegate(self, "writable"); }

Object get_name(const Object& self) { return getattr(attached(self)->buffer, attr_name("name")); }
Object get_closed(const Object& self) { return getattr(attached(self)->buffer, attr_name("closed")); }
Object get_newlines(const Object& self) {
  TextIOObject* t = attached(self);
  return t->readable && t->readuniversal ? t->decoder.newline.newlines() : kNone;
}
Object get_errors(const Object& self) { return attached(self)->errors; }
Object get_encoding(const Object& self) {
  TextIOObject* t = as_textio(self);
  return t->encoding.is_unbound() ? kNone : t->encoding;
}
Object get_buffer(const Object& self) {
  TextIOObject* t = as_textio(self);
  return t->buffer.is_unbound() ? kNone : t->buffer;
}
Object get_line_buffering(const Object& self) { return Object::from_bool(as_textio(self)->line_buffering); }
Object get_write_through(const Object& self) { return Object::from_bool(as_textio(self)->write_through); }
Object get_chunk_size(const Object& self) { return Object::from_int(attached(self)->chunk_size); }

const NativeMethodDef textio_methods[] = {
    {"detach", m_detach, 0, 0},
    {"reconfigure", m_reconfigure, kOwnArgs, kOwnArgs},
    {"write", m_write, 1, 1},
    {"read", m_read, 0, 1},
    {"readline", m_readline, 0, 1},
    {"flush", m_flush, 0, 0},
    {"close", m_close, 0, 0},
    {"fileno", m_fileno, 0, 0},
    {"seekable", m_seekable, 0, 0},
    {"readable", m_readable, 0, 0},
    {"writable", m_writable, 0, 0},
    {"isatty", m_isatty, 0, 0},
    {"seek", m_seek, 1, 2},
    {"tell", m_tell, 0, 0},
    {"truncate", m_truncate, 0, 1},
    {"__getstate__", detail::refuse_getstate, 0, 0},
};

const GetSetDef textio_getsets[] = {
    {"encoding", get_encoding, true},
    {"buffer", get_buffer, true},
    {"line_buffering", get_line_buffering, true},
    {"write_through", get_write_through, true},
    {"name", get_name},
    {"closed", get_closed},
    {"newlines", get_newlines},
    {"errors", get_errors},
    {"_CHUNK_SIZE", get_chunk_size},
};

TypeObject* textio_type() {
  static TypeObject* const t = [] {
    TypeObject* w = detail::make_io_class("TextIOWrapper", detail::textiobase_type(), textio_new, textio_init);
    add_slot_wrappers(w, "__next__");
    add_methods(w, textio_methods);
    add_getsets(w, textio_getsets);
    return w;
  }();
  return t;
}

}  // namespace

TypeObject* detail::text_io_wrapper_type() { return textio_type(); }

}  // namespace pyrt
