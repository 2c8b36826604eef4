// The native module `binascii` (Modules/binascii.c of CPython 3.11): hex, base64, uuencode and
// quoted-printable conversions, crc32 and crc_hqx, with binascii.Error and binascii.Incomplete
// and CPython's messages. The a2b_* functions take an ASCII str as well as bytes-like objects,
// as ascii_buffer_converter does.
#include <array>
#include <climits>
#include <initializer_list>
#include <cstdint>
#include <string>
#include <string_view>

#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

using detail::type_error;
using detail::value_error;

// PyErr_NewException("binascii.NAME", base, NULL).
TypeObject* new_error_class(const char* name, TypeObject* base) {
  Object ns = new_dict();
  dict_set(ns, intern("__module__"), str_from("binascii"));
  Object n = str_from(name);
  return make_class(n, n, tuple_of({Object(base)}), ns);
}

TypeObject* error_type() {
  static TypeObject* const t = new_error_class("Error", exc::ValueError);
  return t;
}

TypeObject* incomplete_type() {
  static TypeObject* const t = new_error_class("Incomplete", exc::Exception);
  return t;
}

[[noreturn]] void binascii_error(const std::string& message) { raise(new_exception(error_type(), message)); }

// Argument Clinic's Py_buffer: TypeError "a bytes-like object is required, not 'str'".
std::string_view binary_argument(const Object& x) {
  std::string_view view;
  if (!bytes_like_view(x, view)) type_error("a bytes-like object is required, not '" + type_name_text(x) + "'");
  return view;
}

// ascii_buffer_converter: an ASCII str or a bytes-like object.
std::string_view ascii_argument(const Object& x) {
  if (is_str(x)) {
    std::string_view s = str_view(x);
    for (unsigned char c : s)
      if (c >= 0x80) value_error("string argument should contain only ASCII characters");
    return s;
  }
  std::string_view view;
  if (!bytes_like_view(x, view)) {
    type_error("argument should be bytes, buffer or ASCII string, not '" + type_name_text(x) + "'");
  }
  return view;
}

// _PyLong_AsInt after __index__: OverflowError beyond a C int.
int c_int_argument(const Object& x) {
  std::int64_t v;
  if (!int_to_int64(number_index(x), v) || v > INT_MAX || v < INT_MIN) {
    raise_error(exc::OverflowError, "Python int too large to convert to C int");
  }
  return static_cast<int>(v);
}

// The arguments of f(data, /, *, flag=False): Argument Clinic's counts, then the keyword.
// Returns the flag (bool(accept={int}): an int, by __index__).
bool data_and_flag(const CallArgs& args, const char* fname, const char* flag, bool default_value) {
  std::size_t given = args.npos + args.nkw;
  if (given > 2) type_error(std::string(fname) + "() takes at most 2 arguments (" + std::to_string(given) + " given)");
  if (args.npos != 1) {
    type_error(std::string(fname) + "() takes exactly 1 positional argument (" + std::to_string(args.npos) + " given)");
  }
  Object a[2];
  parse_args(args, fname, {"", flag}, 1, 1, a);
  return a[1].is_unbound() ? default_value : c_int_argument(a[1]) != 0;
}

constexpr char kHexDigits[] = "0123456789abcdef";

// ---- hex ----------------------------------------------------------------------------------

// _Py_strhex_impl returning bytes: `sep` (a str of one Latin-1 character or bytes of one byte)
// between groups of bytes_per_sep bytes counted from the right (from the left when negative).
Object hexlify_with(const CallArgs& args, const char* fname) {
  Object a[3];
  parse_args(args, fname, {"data", "sep", "bytes_per_sep"}, 3, 1, a);
  std::string_view data = binary_argument(a[0]);
  char sep = 0;
  int per = 0;
  if (!a[1].is_unbound()) {
    if (len(a[1]) != 1) value_error("sep must be length 1.");
    if (is_str(a[1])) {
      std::size_t i = 0;
      std::uint32_t cp = utf8_decode(str_view(a[1]), i);
      if (cp > 0xff) value_error("sep must be ASCII.");
      sep = static_cast<char>(cp);
    } else if (a[1].type() == types::bytes) {
      sep = static_cast<BytesObject*>(a[1].heap())->data[0];
    } else {
      type_error("sep must be str or bytes.");
    }
    per = a[2].is_unbound() ? 1 : c_int_argument(a[2]);
  }
  auto n = static_cast<std::int64_t>(data.size());
  std::int64_t group = per < 0 ? -static_cast<std::int64_t>(per) : per;
  if (group >= n) group = 0;  // one group: no separator at all
  std::string out;
  out.reserve(data.size() * 3);
  for (std::int64_t i = 0; i < n; ++i) {
    if (i > 0 && group > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) out += sep;
    auto c = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
    out += kHexDigits[c >> 4];
    out += kHexDigits[c & 15];
  }
  return bytes_from(out);
}

Object f_hexlify(const CallArgs& args) { return hexlify_with(args, "hexlify"); }
Object f_b2a_hex(const CallArgs& args) { return hexlify_with(args, "b2a_hex"); }

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// binascii_a2b_hex_impl: the length is checked before any digit.
Object f_unhexlify(const CallArgs& args) {
  std::string_view s = ascii_argument(args.args[0]);
  if (s.size() % 2 != 0) binascii_error("Odd-length string");
  std::string out;
  out.reserve(s.size() / 2);
  for (std::size_t i = 0; i < s.size(); i += 2) {
    int hi = hex_value(static_cast<unsigned char>(s[i]));
    int lo = hex_value(static_cast<unsigned char>(s[i + 1]));
    if (hi < 0 || lo < 0) binascii_error("Non-hexadecimal digit found");
    out += static_cast<char>(hi << 4 | lo);
  }
  return bytes_from(out);
}

// ---- base64 -------------------------------------------------------------------------------

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// table_a2b_base64: each character's 6 bits, 64 for a non-base64 character.
const std::array<unsigned char, 256>& base64_values() {
  static const std::array<unsigned char, 256> table = [] {
    std::array<unsigned char, 256> t{};
    t.fill(64);
    for (unsigned char i = 0; i < 64; ++i) t[static_cast<unsigned char>(kBase64[i])] = i;
    return t;
  }();
  return table;
}

Object f_b2a_base64(const CallArgs& args) {
  bool newline = data_and_flag(args, "b2a_base64", "newline", true);
  std::string_view data = binary_argument(args.args[0]);
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  std::uint32_t left = 0;
  int bits = 0;
  for (unsigned char c : data) {
    left = (left << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kBase64[(left >> bits) & 0x3f];
    }
  }
  if (bits == 2) {
    out += kBase64[(left & 3) << 4];
    out += "==";
  } else if (bits == 4) {
    out += kBase64[(left & 0xf) << 2];
    out += '=';
  }
  if (newline) out += '\n';
  return bytes_from(out);
}

// binascii_a2b_base64_impl: non-base64 characters are skipped (an error in strict mode);
// decoding stops at the padding that completes a quad.
Object f_a2b_base64(const CallArgs& args) {
  bool strict = data_and_flag(args, "a2b_base64", "strict_mode", false);
  std::string_view s = ascii_argument(args.args[0]);
  if (strict && !s.empty() && s[0] == '=') binascii_error("Leading padding not allowed");
  const auto& values = base64_values();
  std::string out;
  int quad_pos = 0;
  unsigned left = 0;
  int pads = 0;
  bool padding_started = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad_pos == 0) binascii_error("Excess padding not allowed");
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict && i + 1 < s.size()) binascii_error("Excess data after padding");
        return bytes_from(out);
      }
      continue;
    }
    unsigned v = values[c];
    if (v >= 64) {
      if (strict) binascii_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) binascii_error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0:
        left = v;
        break;
      case 1:
        out += static_cast<char>((left << 2) | (v >> 4));
        left = v & 0x0f;
        break;
      case 2:
        out += static_cast<char>((left << 4) | (v >> 2));
        left = v & 0x03;
        break;
      default:
        out += static_cast<char>((left << 6) | v);
        left = 0;
        break;
    }
    quad_pos = (quad_pos + 1) % 4;
  }
  if (quad_pos == 1) {
    binascii_error("Invalid base64-encoded string: number of data characters (" +
                   std::to_string(out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
  }
  if (quad_pos != 0) binascii_error("Incorrect padding");
  return bytes_from(out);
}

// ---- uuencode -----------------------------------------------------------------------------

// binascii_b2a_uu_impl: a length character, the data in 6-bit groups offset from ' ' ('`' for
// zero with backtick=True), and a newline.
Object f_b2a_uu(const CallArgs& args) {
  bool backtick = data_and_flag(args, "b2a_uu", "backtick", false);
  std::string_view data = binary_argument(args.args[0]);
  if (data.size() > 45) binascii_error("At most 45 bytes at once");
  auto sixbit = [&](unsigned v) { return backtick && v == 0 ? '`' : static_cast<char>(' ' + v); };
  std::string out(1, sixbit(static_cast<unsigned>(data.size())));
  std::uint32_t left = 0;
  int bits = 0;
  for (std::size_t i = 0; i < data.size() || bits != 0; ++i) {
    left = (left << 8) | (i < data.size() ? static_cast<unsigned char>(data[i]) : 0U);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += sixbit((left >> bits) & 0x3f);
    }
    left &= (1U << bits) - 1;
  }
  out += '\n';
  return bytes_from(out);
}

// binascii_a2b_uu_impl: the first character gives the length (an empty line reads as NUL's);
// a line cut short is padded with zero bits, and what follows the data must be whitespace.
Object f_a2b_uu(const CallArgs& args) {
  std::string_view s = ascii_argument(args.args[0]);
  unsigned char first = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  std::size_t n = static_cast<unsigned char>(first - ' ') & 077;
  std::size_t i = s.empty() ? 0 : 1;
  std::string out;
  unsigned left = 0;
  int bits = 0;
  for (; out.size() < n; ++i) {
    unsigned c = i < s.size() ? static_cast<unsigned char>(s[i]) : 0U;
    if (c == '\n' || c == '\r' || i >= s.size()) {
      c = 0;  // whitespace eaten at the end of the line
    } else {
      if (c < ' ' || c > ' ' + 64) binascii_error("Illegal char");
      c = (c - ' ') & 077;
    }
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((left >> bits) & 0xff);
      left &= (1U << bits) - 1;
    }
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') binascii_error("Trailing garbage");
  }
  return bytes_from(out);
}

// ---- checksums ----------------------------------------------------------------------------

// Argument Clinic's unsigned_int(bitwise=True): any int, masked to 32 bits.
std::uint32_t masked_uint32(const Object& x) {
  Object n = number_index(x);
  std::int64_t small;
  if (int_to_int64(n, small)) return static_cast<std::uint32_t>(small);
  Object low = int_binop(BinaryOp::BitAnd, n, Object::from_int(0xffffffff));
  int_to_int64(low, small);
  return static_cast<std::uint32_t>(small);
}

// crc32(data, crc=0, /): zlib's CRC-32 (reflected polynomial 0xedb88320) continued from crc.
Object f_crc32(const CallArgs& args) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? 0xedb88320U ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  check_positional(args, "crc32", 1, 2);
  std::string_view data = binary_argument(args.args[0]);
  std::uint32_t crc = ~(args.npos > 1 ? masked_uint32(args.args[1]) : 0U);
  for (unsigned char c : data) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
  return Object::from_int(~crc);
}

// crc_hqx(data, crc, /): CRC-CCITT (polynomial 0x1021, most significant bit first) from the
// low 16 bits of crc.
Object f_crc_hqx(const CallArgs& args) {
  static const std::array<std::uint16_t, 256> table = [] {
    std::array<std::uint16_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i) {
      unsigned c = i << 8;
      for (int k = 0; k < 8; ++k) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
      t[i] = static_cast<std::uint16_t>(c);
    }
    return t;
  }();
  check_positional(args, "crc_hqx", 2, 2);
  std::string_view data = binary_argument(args.args[0]);
  unsigned crc = masked_uint32(args.args[1]) & 0xffff;
  for (unsigned char c : data) crc = ((crc << 8) & 0xff00) ^ table[((crc >> 8) ^ c) & 0xff];
  return Object::from_int(crc);
}

// ---- quoted-printable ---------------------------------------------------------------------

// The arguments of f(data, flag1=..., ...) where every parameter may be a keyword: the flags
// (bool(accept={int})) after the data, each at its default when absent.
void data_and_flags(const CallArgs& args, const char* fname, std::initializer_list<const char*> names, Object* out,
                    bool* flags, std::initializer_list<bool> defaults) {
  parse_args(args, fname, names, names.size(), 1, out);
  std::size_t i = 0;
  for (bool d : defaults) {
    flags[i] = out[i + 1].is_unbound() ? d : c_int_argument(out[i + 1]) != 0;
    ++i;
  }
}

// binascii_a2b_qp_impl: =XX escapes, soft line breaks ("=\n", "=\r\n", "=" then anything up to
// the newline after a "\r"), and '_' as a space when header=True; a malformed escape keeps
// its '='.
Object f_a2b_qp(const CallArgs& args) {
  Object a[2];
  bool header;
  data_and_flags(args, "a2b_qp", {"data", "header"}, a, &header, {false});
  std::string_view s = ascii_argument(a[0]);
  std::string out;
  std::size_t in = 0;
  while (in < s.size()) {
    char c = s[in];
    if (c == '=') {
      if (++in >= s.size()) break;
      if (s[in] == '\n' || s[in] == '\r') {
        if (s[in] != '\n')
          while (in < s.size() && s[in] != '\n') ++in;
        if (in < s.size()) ++in;
      } else if (s[in] == '=') {
        out += '=';
        ++in;
      } else if (in + 1 < s.size() && hex_value(static_cast<unsigned char>(s[in])) >= 0 &&
                 hex_value(static_cast<unsigned char>(s[in + 1])) >= 0) {
        out += static_cast<char>(hex_value(static_cast<unsigned char>(s[in])) << 4 |
                                 hex_value(static_cast<unsigned char>(s[in + 1])));
        in += 2;
      } else {
        out += '=';
      }
    } else if (header && c == '_') {
      out += ' ';
      ++in;
    } else {
      out += c;
      ++in;
    }
  }
  return bytes_from(out);
}

constexpr std::size_t kMaxLineSize = 76;

/// The output of binascii_b2a_qp_impl: lines of at most 76 characters ending with the input's
/// line end ("\r\n" when its first "\n" follows a "\r").
struct QpWriter {
  std::string out;
  std::size_t line = 0;
  bool crlf = false;

  void soft_break() {
    out += '=';
    newline();
  }
  void newline() {
    if (crlf) out += '\r';
    out += '\n';
    line = 0;
  }
  void escape(unsigned char c) {
    static const char upper[] = "0123456789ABCDEF";
    out += '=';
    out += upper[c >> 4];
    out += upper[c & 15];
  }
};

// Whether byte `in` of `d` must be written as =XX (binascii_b2a_qp_impl's test).
bool qp_needs_escape(std::string_view d, std::size_t in, std::size_t line, bool quotetabs, bool istext,
                     bool header) {
  auto c = static_cast<unsigned char>(d[in]);
  bool last = in + 1 == d.size();
  if (c > 126 || c == '=' || (header && c == '_')) return true;
  if (c == '.' && line == 0 && (last || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) return true;
  if (!istext && (c == '\r' || c == '\n')) return true;
  if ((c == '\t' || c == ' ') && last) return true;
  return c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '));
}

// binascii_b2a_qp_impl.
Object f_b2a_qp(const CallArgs& args) {
  Object a[4];
  bool flags[3];
  data_and_flags(args, "b2a_qp", {"data", "quotetabs", "istext", "header"}, a, flags, {false, true, false});
  const bool quotetabs = flags[0], istext = flags[1], header = flags[2];
  std::string_view d = binary_argument(a[0]);
  QpWriter w;
  std::size_t first_newline = d.find('\n');
  w.crlf = first_newline != std::string_view::npos && first_newline > 0 && d[first_newline - 1] == '\r';
  std::size_t in = 0;
  while (in < d.size()) {
    auto c = static_cast<unsigned char>(d[in]);
    if (qp_needs_escape(d, in, w.line, quotetabs, istext, header)) {
      if (w.line + 3 >= kMaxLineSize) w.soft_break();
      w.escape(c);
      w.line += 3;
      ++in;
    } else if (istext && (c == '\n' || (in + 1 < d.size() && c == '\r' && d[in + 1] == '\n'))) {
      // Whitespace ending a line is escaped, so that it survives transport.
      if (!w.out.empty() && (w.out.back() == ' ' || w.out.back() == '\t')) {
        auto ws = static_cast<unsigned char>(w.out.back());
        w.out.pop_back();
        w.escape(ws);
      }
      w.newline();
      in += c == '\r' ? 2 : 1;
    } else {
      if (in + 1 != d.size() && d[in + 1] != '\n' && w.line + 1 >= kMaxLineSize) w.soft_break();
      ++w.line;
      w.out += header && c == ' ' ? '_' : static_cast<char>(c);
      ++in;
    }
  }
  return bytes_from(w.out);
}

}  // namespace

Object native::make_binascii_module() {
  Object m = new_module("binascii", "Conversion between binary data and ASCII");
  static const NativeFunctionDef functions[] = {
      {"a2b_base64", f_a2b_base64, kOwnArgs, kOwnArgs},
      {"a2b_hex", f_unhexlify, 1, 1},
      {"a2b_qp", f_a2b_qp, kOwnArgs, kOwnArgs},
      {"a2b_uu", f_a2b_uu, 1, 1},
      {"b2a_base64", f_b2a_base64, kOwnArgs, kOwnArgs},
      {"b2a_hex", f_b2a_hex, kOwnArgs, kOwnArgs},
      {"b2a_qp", f_b2a_qp, kOwnArgs, kOwnArgs},
      {"b2a_uu", f_b2a_uu, kOwnArgs, kOwnArgs},
      {"crc32", f_crc32, kOwnArgs, kOwnArgs},
      {"crc_hqx", f_crc_hqx, kOwnArgs, kOwnArgs},
      {"hexlify", f_hexlify, kOwnArgs, kOwnArgs},
      {"unhexlify", f_unhexlify, 1, 1},
  };
  module_add_functions(m, functions);
  module_add(m, "Error", Object(error_type()));
  module_add(m, "Incomplete", Object(incomplete_type()));
  return m;
}

}  // namespace pyrt

void pystd_8binascii::register_module() { pyrt::register_module("binascii", pyrt::native::make_binascii_module); }
