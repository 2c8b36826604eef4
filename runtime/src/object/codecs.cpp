// str.encode and bytes.decode for the UTF codecs, latin-1 and ascii, with
// Python/codecs.c's error handlers. Mirrors CPython 3.11's
// Objects/unicodeobject.c (unicode_encode_ucs1, unicode_encode_utf8,
// _PyUnicode_EncodeUTF16/32, the decoders and their error ranges),
// Python/codecs.c (PyCodec_*Errors) and Objects/exceptions.c (UnicodeError
// messages).
#include "pyrt/object/codecs.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;

namespace {

enum class Form { Utf8, Utf16, Utf32, Latin1, Ascii };

// A codec: its form, its byte order (-1 little, 1 big, 0 none named: a BOM
// is written, and read when present) and the name its errors report.
// `registry_name` is its CodecInfo.name in Lib/encodings (latin_1.py says
// "iso8859-1"), which wrapped errors name.
struct Codec {
  Form form;
  int order;
  const char* name;
  const char* registry_name;
};

constexpr Codec kUtf8{Form::Utf8, 0, "utf-8", "utf-8"};
constexpr Codec kUtf16{Form::Utf16, 0, "utf-16", "utf-16"};
constexpr Codec kUtf16Le{Form::Utf16, -1, "utf-16-le", "utf-16-le"};
constexpr Codec kUtf16Be{Form::Utf16, 1, "utf-16-be", "utf-16-be"};
constexpr Codec kUtf32{Form::Utf32, 0, "utf-32", "utf-32"};
constexpr Codec kUtf32Le{Form::Utf32, -1, "utf-32-le", "utf-32-le"};
constexpr Codec kUtf32Be{Form::Utf32, 1, "utf-32-be", "utf-32-be"};
constexpr Codec kLatin1{Form::Latin1, 0, "latin-1", "iso8859-1"};
constexpr Codec kAscii{Form::Ascii, 0, "ascii", "ascii"};

// _Py_normalize_encoding: lower-case ASCII letters, digits and '.' kept, any
// run of other characters one '_', none at either end ("UTF-8" -> "utf_8").
std::string normalize_encoding(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    bool alnum = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    if (alnum || c == '.') {
      if (punct && !out.empty()) out += '_';
      punct = false;
      out += alnum && c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    } else {
      punct = true;
    }
  }
  return out;
}

// The codec module names and the aliases Lib/encodings/aliases.py (3.11)
// gives them; encodings.search_function also tries the name with '.' as '_'.
const Codec* find_codec(std::string_view encoding) {
  static const std::pair<std::string_view, const Codec*> names[] = {
      {"utf_8", &kUtf8},        {"u8", &kUtf8},          {"utf", &kUtf8},
      {"utf8", &kUtf8},         {"utf8_ucs2", &kUtf8},   {"utf8_ucs4", &kUtf8},
      {"cp65001", &kUtf8},      {"utf_16", &kUtf16},     {"u16", &kUtf16},
      {"utf16", &kUtf16},       {"utf_16_le", &kUtf16Le}, {"utf_16le", &kUtf16Le},
      {"unicodelittleunmarked", &kUtf16Le}, {"utf_16_be", &kUtf16Be}, {"utf_16be", &kUtf16Be},
      {"unicodebigunmarked", &kUtf16Be},   {"utf_32", &kUtf32},     {"u32", &kUtf32},
      {"utf32", &kUtf32},       {"utf_32_le", &kUtf32Le}, {"utf_32le", &kUtf32Le},
      {"utf_32_be", &kUtf32Be}, {"utf_32be", &kUtf32Be}, {"latin_1", &kLatin1},
      {"8859", &kLatin1},       {"cp819", &kLatin1},     {"csisolatin1", &kLatin1},
      {"ibm819", &kLatin1},     {"iso8859", &kLatin1},   {"iso8859_1", &kLatin1},
      {"iso_8859_1", &kLatin1}, {"iso_8859_1_1987", &kLatin1}, {"iso_ir_100", &kLatin1},
      {"l1", &kLatin1},         {"latin", &kLatin1},     {"latin1", &kLatin1},
      {"ascii", &kAscii},       {"646", &kAscii},        {"ansi_x3.4_1968", &kAscii},
      {"ansi_x3_4_1968", &kAscii}, {"ansi_x3.4_1986", &kAscii}, {"cp367", &kAscii},
      {"csascii", &kAscii},     {"ibm367", &kAscii},     {"iso646_us", &kAscii},
      {"iso_646.irv_1991", &kAscii}, {"iso_ir_6", &kAscii}, {"us", &kAscii},
      {"us_ascii", &kAscii},
  };
  std::string n = normalize_encoding(encoding);
  std::string dotless = n;
  for (char& c : dotless)
    if (c == '.') c = '_';
  for (const auto& [name, codec] : names)
    if (name == n || name == dotless) return codec;
  return nullptr;
}

// PyUnicode_AsEncodedString and PyUnicode_Decode call these codecs directly
// for these normalized names; any other name goes through the codec registry,
// which wraps a TypeError or LookupError an error handler raises.
bool fast_path(std::string_view encoding) {
  std::string n = normalize_encoding(encoding);
  for (std::string_view fast : {"utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii", "latin1",
                                "latin_1", "iso_8859_1", "iso8859_1"}) {
    if (n == fast) return true;
  }
  return false;
}

// _PyErr_TrySetFromCause's "encoding with 'utf-16-be' codec failed
// (LookupError: unknown error handler name 'x')" (Python/codecs.c,
// wrap_codec_error), the original exception as __cause__.
template <typename F>
Object through_registry(bool direct, const Codec& codec, const char* operation, F run) {
  if (direct) return run();
  try {
    return run();
  } catch (PyException& e) {
    TypeObject* t = e.value.type();
    if (t != exc::TypeError && t != exc::LookupError) throw;
    Object wrapped = new_exception(t, std::string(operation) + " with '" + codec.registry_name + "' codec failed (" +
                                          t->name + ": " + str_text(e.value) + ")");
    raise_from(wrapped, e.value);
  }
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape,
                     SurrogatePass, Unknown };

Handler find_handler(std::string_view name) {
  if (name == "strict") return Handler::Strict;
  if (name == "ignore") return Handler::Ignore;
  if (name == "replace") return Handler::Replace;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (name == "namereplace") return Handler::NameReplace;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

// The encoding and errors arguments as Argument Clinic checks them.
std::string_view text_arg(const Object& x, const char* fname, const char* argname, std::string_view fallback) {
  if (x.is_unbound()) return fallback;
  if (!is_str(x)) {
    type_error(std::string(fname) + "() argument '" + argname + "' must be str, not " + (x.is_none() ? std::string("None") : type_name_text(x)));
  }
  return str_view(x);
}

bool is_surrogate(std::uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

std::string escape(const char* format, std::uint32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, c);
  return buf;
}

// \xNN, \uNNNN or \UNNNNNNNN, as backslashreplace writes a code point.
std::string backslash_form(std::uint32_t c) {
  return escape(c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c);
}

[[noreturn]] void unknown_handler(std::string_view errors) {
  raise_error(exc::LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

// ---- encoding ----------------------------------------------------------------------------------

struct Encoder {
  const Codec& codec;
  const Object& text;
  std::string out;

  bool little() const { return codec.order <= 0; }  // no order named: this machine's, little-endian

  // Code units of the codec for code point `c` (any, surrogates included).
  void unit(std::uint32_t c) {
    switch (codec.form) {
      case Form::Utf8: utf8_append(out, c); break;
      case Form::Latin1:
      case Form::Ascii: out += static_cast<char>(c); break;
      case Form::Utf16:
        if (c >= 0x10000) {
          unit16(0xD800 | ((c - 0x10000) >> 10));
          unit16(0xDC00 | ((c - 0x10000) & 0x3FF));
        } else {
          unit16(c);
        }
        break;
      case Form::Utf32:
        for (int k = 0; k < 4; ++k) out += static_cast<char>((c >> (8 * (little() ? k : 3 - k))) & 0xFF);
        break;
    }
  }
  void unit16(std::uint32_t u) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little() ? lo : hi;
    out += little() ? hi : lo;
  }
  void ascii_text(std::string_view s) {
    for (char c : s) unit(static_cast<unsigned char>(c));
  }

  bool accepts(std::uint32_t c) const {
    switch (codec.form) {
      case Form::Ascii: return c < 0x80;
      case Form::Latin1: return c < 0x100;
      default: return !is_surrogate(c);
    }
  }
  const char* reason() const {
    switch (codec.form) {
      case Form::Ascii: return "ordinal not in range(128)";
      case Form::Latin1: return "ordinal not in range(256)";
      default: return "surrogates not allowed";
    }
  }

  [[noreturn]] void fail(std::size_t start, std::size_t end) {
    raise(new_exception_args(exc::UnicodeEncodeError,
                             {str_from(codec.name), text, Object::from_int(static_cast<std::int64_t>(start)),
                              Object::from_int(static_cast<std::int64_t>(end)), str_from(reason())}));
  }

  // Bytes a handler returned for a UTF-16/32 encoder must be whole units;
  // _PyUnicode_EncodeUTF16 raises "surrogates not allowed" otherwise.
  void raw_bytes(const std::string& bytes, std::size_t start) {
    std::size_t unit_size = codec.form == Form::Utf16 ? 2 : codec.form == Form::Utf32 ? 4 : 1;
    if (bytes.size() % unit_size != 0) fail(start, start + 1);
    out += bytes;
  }

  void run(std::string_view errors) {
    std::vector<std::uint32_t> cps;
    std::string_view s = str_view(text);
    for (std::size_t i = 0; i < s.size();) cps.push_back(utf8_decode(s, i));
    if (codec.order == 0 && (codec.form == Form::Utf16 || codec.form == Form::Utf32)) unit(0xFEFF);
    Handler handler = Handler::Strict;
    bool handler_known = false;
    std::size_t n = cps.size();
    for (std::size_t i = 0; i < n;) {
      if (accepts(cps[i])) {
        unit(cps[i++]);
        continue;
      }
      // The error range: a run of unencodable code points for the one-byte
      // codecs (unicode_encode_ucs1) and UTF-8 (surrogates), one code point
      // for UTF-16/32.
      std::size_t end = i + 1;
      if (codec.form == Form::Ascii || codec.form == Form::Latin1 || codec.form == Form::Utf8) {
        while (end < n && !accepts(cps[end])) ++end;
      }
      if (!handler_known) {
        handler = find_handler(errors);
        handler_known = true;
      }
      switch (handler) {
        case Handler::Strict: fail(i, end);
        case Handler::Unknown: unknown_handler(errors);
        case Handler::Ignore: break;
        case Handler::Replace:
          for (std::size_t k = i; k < end; ++k) unit('?');
          break;
        case Handler::BackslashReplace:
          for (std::size_t k = i; k < end; ++k) ascii_text(backslash_form(cps[k]));
          break;
        case Handler::XmlCharRefReplace:
          for (std::size_t k = i; k < end; ++k) ascii_text("&#" + std::to_string(cps[k]) + ";");
          break;
        case Handler::NameReplace:
          for (std::size_t k = i; k < end; ++k) ascii_text(name_form(cps[k]));
          break;
        case Handler::SurrogateEscape: {
          // U+DC80..U+DCFF back to the bytes they escaped; the range from the
          // first other code point on is the error (unicode_encode_utf8's fast path).
          std::string bytes;
          std::size_t k = i;
          while (k < end && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) bytes += static_cast<char>(cps[k++] - 0xDC00);
          raw_bytes(bytes, i);
          if (k < end) fail(k, end);
          break;
        }
        case Handler::SurrogatePass:
          // Only the UTF codecs may write surrogates (get_standard_encoding).
          if (codec.form == Form::Ascii || codec.form == Form::Latin1) fail(i, end);
          for (std::size_t k = i; k < end; ++k) {
            if (!is_surrogate(cps[k])) fail(i, end);
            unit(cps[k]);
          }
          break;
      }
      i = end;
    }
  }

  // namereplace: \N{NAME} from Unicode 14.0's names, else the backslash form.
  static std::string name_form(std::uint32_t c) {
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(c), age);
    if (age[0] != 0 && age[0] <= 14) {
      char name[128];
      UErrorCode status = U_ZERO_ERROR;
      int32_t len = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, name, sizeof name, &status);
      if (U_SUCCESS(status) && len > 0) return "\\N{" + std::string(name, static_cast<std::size_t>(len)) + "}";
    }
    return backslash_form(c);
  }
};

// ---- decoding ----------------------------------------------------------------------------------

// One step of a decoder: a code point and its length in bytes, or an error
// over [start, end) with CPython's reason.
struct Step {
  std::uint32_t cp = 0;
  std::size_t length = 0;
  const char* error = nullptr;
  std::size_t end = 0;  // exclusive, for errors
};

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// stringlib's utf8_decode for the sequence at `i`: "invalid start byte" over
// one byte, "invalid continuation byte" over the bytes before the bad one,
// "unexpected end of data" to the end when the data stops inside a sequence.
Step utf8_step(std::string_view d, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(d[i + k]); };
  std::size_t left = d.size() - i;
  unsigned char c = b(0);
  if (c < 0x80) return {c, 1};
  auto invalid_start = Step{0, 0, "invalid start byte", i + 1};
  auto invalid = [&](std::size_t good) { return Step{0, 0, "invalid continuation byte", i + good}; };
  auto truncated = Step{0, 0, "unexpected end of data", d.size()};
  if (c < 0xC2) return invalid_start;
  if (c < 0xE0) {
    if (left < 2) return truncated;
    if (!continuation(b(1))) return invalid(1);
    return {static_cast<std::uint32_t>(((c & 0x1F) << 6) | (b(1) & 0x3F)), 2};
  }
  if (c < 0xF0) {
    // E0 needs A0..BF next and ED 80..9F: overlong forms and surrogates are invalid.
    auto bad_second = [&](unsigned char c2) {
      return !continuation(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0);
    };
    if (left < 2) return truncated;
    if (bad_second(b(1))) return invalid(1);
    if (left < 3) return truncated;
    if (!continuation(b(2))) return invalid(2);
    return {static_cast<std::uint32_t>(((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F)), 3};
  }
  if (c < 0xF5) {
    auto bad_second = [&](unsigned char c2) {
      return !continuation(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90);
    };
    if (left < 2) return truncated;
    if (bad_second(b(1))) return invalid(1);
    if (left < 3) return truncated;
    if (!continuation(b(2))) return invalid(2);
    if (left < 4) return truncated;
    if (!continuation(b(3))) return invalid(3);
    return {static_cast<std::uint32_t>(((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) |
                                       (b(3) & 0x3F)),
            4};
  }
  return invalid_start;
}

struct Decoder {
  const Codec& codec;
  const Object& data;
  bool little = true;  // the UTF-16/32 byte order in use
  std::string out;

  std::string_view bytes() const { return static_cast<BytesObject*>(data.heap())->data; }

  std::uint32_t unit(std::size_t i, int size) const {
    std::string_view d = bytes();
    std::uint32_t v = 0;
    for (int k = 0; k < size; ++k) {
      auto byte = static_cast<unsigned char>(d[i + static_cast<std::size_t>(little ? size - 1 - k : k)]);
      v = (v << 8) | byte;
    }
    return v;
  }

  Step step(std::size_t i) const {
    std::string_view d = bytes();
    std::size_t left = d.size() - i;
    switch (codec.form) {
      case Form::Latin1: return {static_cast<unsigned char>(d[i]), 1};
      case Form::Ascii: {
        auto c = static_cast<unsigned char>(d[i]);
        if (c < 0x80) return {c, 1};
        return {0, 0, "ordinal not in range(128)", i + 1};
      }
      case Form::Utf8: return utf8_step(d, i);
      case Form::Utf16: {
        if (left < 2) return {0, 0, "truncated data", d.size()};
        std::uint32_t u = unit(i, 2);
        if (!is_surrogate(u)) return {u, 2};
        if (u >= 0xDC00) return {0, 0, "illegal encoding", i + 2};
        if (left < 4) return {0, 0, "unexpected end of data", d.size()};
        std::uint32_t u2 = unit(i + 2, 2);
        if (u2 < 0xDC00 || u2 > 0xDFFF) return {0, 0, "illegal UTF-16 surrogate", i + 2};
        return {0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00), 4};
      }
      case Form::Utf32: {
        if (left < 4) return {0, 0, "truncated data", d.size()};
        std::uint32_t u = unit(i, 4);
        if (u > 0x10FFFF) return {0, 0, "code point not in range(0x110000)", i + 4};
        if (is_surrogate(u)) return {0, 0, "code point in surrogate code point range(0xd800, 0xe000)", i + 4};
        return {u, 4};
      }
    }
    return {};
  }

  // The codec name of a decoding error: UTF-16/32 name the byte order they
  // ended up reading (PyUnicode_DecodeUTF16Stateful's "utf-16-le").
  const char* error_name() const {
    if (codec.form == Form::Utf16) return little ? "utf-16-le" : "utf-16-be";
    if (codec.form == Form::Utf32) return little ? "utf-32-le" : "utf-32-be";
    return codec.name;
  }

  [[noreturn]] void fail(std::size_t start, std::size_t end, const char* reason) {
    raise(new_exception_args(exc::UnicodeDecodeError,
                             {str_from(error_name()), data, Object::from_int(static_cast<std::int64_t>(start)),
                              Object::from_int(static_cast<std::int64_t>(end)), str_from(reason)}));
  }

  // surrogatepass's decoding (PyCodec_SurrogatePassErrors): a surrogate
  // encoded in this UTF form at `start`, or 0.
  std::pair<std::uint32_t, std::size_t> passed_surrogate(std::size_t start) const {
    std::string_view d = bytes();
    std::size_t left = d.size() - start;
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(d[start + k]); };
    std::uint32_t c = 0;
    std::size_t size = 0;
    switch (codec.form) {
      case Form::Utf8:
        size = 3;
        if (left >= 3 && (b(0) & 0xF0) == 0xE0 && continuation(b(1)) && continuation(b(2))) {
          c = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        }
        break;
      case Form::Utf16:
        size = 2;
        if (left >= 2) c = unit(start, 2);
        break;
      case Form::Utf32:
        size = 4;
        if (left >= 4) c = unit(start, 4);
        break;
      default: break;
    }
    return {is_surrogate(c) ? c : 0, size};
  }

  void run(std::string_view errors) {
    std::string_view d = bytes();
    std::size_t i = 0;
    if (codec.order != 0) little = codec.order < 0;
    if (codec.order == 0 && codec.form == Form::Utf16 && d.size() >= 2) {
      if (d.substr(0, 2) == "\xFF\xFE") i = 2;
      else if (d.substr(0, 2) == "\xFE\xFF") i = 2, little = false;
    }
    if (codec.order == 0 && codec.form == Form::Utf32 && d.size() >= 4) {
      if (d.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) i = 4;
      else if (d.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) i = 4, little = false;
    }
    Handler handler = Handler::Strict;
    bool handler_known = false;
    while (i < d.size()) {
      Step s = step(i);
      if (!s.error) {
        utf8_append(out, s.cp);
        i += s.length;
        continue;
      }
      std::size_t start = i, end = s.end;
      if (!handler_known) {
        handler = find_handler(errors);
        handler_known = true;
      }
      switch (handler) {
        case Handler::Strict: fail(start, end, s.error);
        case Handler::Unknown: unknown_handler(errors);
        case Handler::XmlCharRefReplace:
        case Handler::NameReplace: type_error("don't know how to handle UnicodeDecodeError in error callback");
        case Handler::Ignore: i = end; break;
        case Handler::Replace:
          utf8_append(out, 0xFFFD);
          i = end;
          break;
        case Handler::BackslashReplace:
          for (std::size_t k = start; k < end; ++k) out += escape("\\x%02x", static_cast<unsigned char>(d[k]));
          i = end;
          break;
        case Handler::SurrogateEscape: {
          // At most 4 bytes, each 0x80..0xFF, become U+DC80..U+DCFF.
          std::size_t k = start;
          while (k < end && k < start + 4 && static_cast<unsigned char>(d[k]) >= 0x80) {
            utf8_append(out, 0xDC00 + static_cast<unsigned char>(d[k]));
            ++k;
          }
          if (k == start) fail(start, end, s.error);
          i = k;
          break;
        }
        case Handler::SurrogatePass: {
          auto [c, size] = codec.form == Form::Ascii || codec.form == Form::Latin1
                               ? std::pair<std::uint32_t, std::size_t>{0, 0}
                               : passed_surrogate(start);
          if (c == 0) fail(start, end, s.error);
          utf8_append(out, c);
          i = start + size;
          break;
        }
      }
    }
  }
};

}  // namespace

const char* codec_name(std::string_view encoding) {
  const Codec* codec = find_codec(encoding);
  return codec ? codec->name : nullptr;
}

Object str_encode(const Object& text, const Object& encoding, const Object& errors) {
  std::string_view name = text_arg(encoding, "encode", "encoding", "utf-8");
  std::string_view handler = text_arg(errors, "encode", "errors", "strict");
  const Codec* codec = find_codec(name);
  if (!codec) raise_error(exc::LookupError, "unknown encoding: " + std::string(name));
  return through_registry(fast_path(name), *codec, "encoding", [&] {
    Encoder e{*codec, text, {}};
    e.run(handler);
    return bytes_from(e.out);
  });
}

Object bytes_decode(const Object& data, const Object& encoding, const Object& errors) {
  std::string_view name = text_arg(encoding, "decode", "encoding", "utf-8");
  std::string_view handler = text_arg(errors, "decode", "errors", "strict");
  const Codec* codec = find_codec(name);
  if (!codec) raise_error(exc::LookupError, "unknown encoding: " + std::string(name));
  return through_registry(fast_path(name), *codec, "decoding", [&] {
    Decoder dec{*codec, data, true, {}};
    dec.run(handler);
    return str_from(std::move(dec.out));
  });
}

}  // namespace pyrt
