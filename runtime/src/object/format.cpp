// format(), f-strings, str.format and %-formatting. Mirrors CPython's
// Python/formatter_unicode.c (spec parsing, calc_number_widths, the
// thousands grouping of _PyUnicode_InsertThousandsGrouping),
// Objects/stringlib/unicode_format.h (str.format) and
// Objects/unicodeobject.c's PyUnicode_Format (%-formatting), error texts
// included.
#include "pyrt/object/format.h"

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/complex.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

using detail::type_error;
using detail::value_error;

namespace {

struct Spec {
  std::uint32_t fill = ' ';
  char align = '\0';
  char sign = '\0';
  bool no_neg_0 = false;
  bool alternate = false;
  std::int64_t width = -1;
  char grouping = '\0';  // ',' or '_'
  std::int64_t precision = -1;
  char type = '\0';
};

bool is_align(std::uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// parse_internal_render_format_spec.
Spec parse_spec(std::string_view text, char default_type, char default_align, const Object* obj_type_name_src,
                const std::string& type_name) {
  Spec s;
  s.align = default_align;
  (void)obj_type_name_src;
  std::vector<std::uint32_t> cp;
  for (std::size_t i = 0; i < text.size();) cp.push_back(utf8_decode(text, i));
  std::size_t pos = 0, end = cp.size();
  bool fill_specified = false, align_specified = false;
  if (end - pos >= 2 && is_align(cp[pos + 1])) {
    s.align = static_cast<char>(cp[pos + 1]);
    s.fill = cp[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(cp[pos])) {
    s.align = static_cast<char>(cp[pos]);
    align_specified = true;
    ++pos;
  }
  if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) s.sign = static_cast<char>(cp[pos++]);
  if (pos < end && cp[pos] == 'z') {
    s.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && cp[pos] == '#') {
    s.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < end && cp[pos] == '0') {
    s.fill = '0';
    if (!align_specified && default_align == '>') s.align = '=';
    ++pos;
  }
  auto get_int = [&](std::int64_t& out) {
    std::size_t start = pos;
    std::int64_t v = 0;
    while (pos < end && cp[pos] >= '0' && cp[pos] <= '9') {
      v = v * 10 + (cp[pos] - '0');
      if (v > INT32_MAX) value_error("Too many decimal digits in format string");
      ++pos;
    }
    out = v;
    return pos - start;
  };
  if (get_int(s.width) == 0) s.width = -1;
  if (pos < end && cp[pos] == ',') {
    s.grouping = ',';
    ++pos;
  }
  if (pos < end && cp[pos] == '_') {
    if (s.grouping != '\0') value_error("Cannot specify both ',' and '_'.");
    s.grouping = '_';
    ++pos;
  }
  if (pos < end && cp[pos] == ',' && s.grouping == '_') value_error("Cannot specify both ',' and '_'.");
  if (pos < end && cp[pos] == '.') {
    ++pos;
    if (get_int(s.precision) == 0) value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" + type_name + "'");
  }
  if (end - pos == 1) s.type = static_cast<char>(cp[pos]);
  if (s.grouping != '\0') {
    switch (s.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0': break;
      case 'b': case 'o': case 'x': case 'X':
        if (s.grouping == '_') break;
        [[fallthrough]];
      default: {
        char buf[64];
        auto t = static_cast<unsigned char>(s.type);
        if (t > 32 && t < 128) std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '%c'.", s.grouping, t);
        else std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", s.grouping, t);
        value_error(buf);
      }
    }
  }
  if (s.type == '\0') s.type = default_type;
  return s;
}

[[noreturn]] void unknown_code(char type, const std::string& type_name) {
  char buf[8];
  auto t = static_cast<unsigned char>(type);
  if (t > 32 && t < 128) {
    buf[0] = static_cast<char>(t);
    buf[1] = '\0';
    value_error(std::string("Unknown format code '") + buf + "' for object of type '" + type_name + "'");
  }
  std::snprintf(buf, sizeof buf, "\\x%x", t);
  value_error(std::string("Unknown format code '") + buf + "' for object of type '" + type_name + "'");
}

// _PyUnicode_InsertThousandsGrouping with grouping every `group` digits
// (0: none), padding with zeros up to `min_width`.
std::string group_digits(std::string_view digits, std::int64_t min_width, int group, char sep) {
  std::string out;  // built reversed
  auto remaining = static_cast<std::int64_t>(digits.size());
  std::size_t dpos = digits.size();
  if (min_width < 0) min_width = 0;
  bool use_sep = false;
  auto fill = [&](std::int64_t n_chars, std::int64_t n_zeros) {
    if (use_sep) out += sep;
    for (std::int64_t i = 0; i < n_chars; ++i) out += digits[--dpos];
    for (std::int64_t i = 0; i < n_zeros; ++i) out += '0';
  };
  if (group > 0) {
    for (;;) {
      std::int64_t len = std::min<std::int64_t>(group, std::max<std::int64_t>(std::max(remaining, min_width), 1));
      std::int64_t n_zeros = std::max<std::int64_t>(0, len - remaining);
      std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  } else {
    std::int64_t len = std::max<std::int64_t>(std::max(remaining, min_width), 1);
    fill(std::max<std::int64_t>(0, std::min(remaining, len)), std::max<std::int64_t>(0, len - remaining));
  }
  return std::string(out.rbegin(), out.rend());
}

std::int64_t cp_len(std::string_view s) {
  std::int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string repeat_fill(std::uint32_t fill, std::int64_t n) {
  std::string f, out;
  utf8_append(f, fill);
  for (std::int64_t i = 0; i < n; ++i) out += f;
  return out;
}

// calc_number_widths + fill_number: sign, prefix, digits (grouped), rest.
std::string render_number(const Spec& s, char sign_char, std::string_view prefix, std::string_view digits,
                          std::string_view rest, int group) {
  std::int64_t n_sign = sign_char ? 1 : 0;
  std::int64_t non_digit = n_sign + static_cast<std::int64_t>(prefix.size()) + cp_len(rest);
  std::int64_t min_width = (s.fill == '0' && s.align == '=') ? s.width - non_digit : 0;
  char sep = s.grouping == '_' ? '_' : ',';
  std::string grouped = digits.empty() ? std::string() : group_digits(digits, min_width, s.grouping ? group : 0, sep);
  std::int64_t total = non_digit + static_cast<std::int64_t>(grouped.size());
  std::int64_t lpad = 0, rpad = 0, spad = 0;
  if (s.width > total) {
    std::int64_t n = s.width - total;
    switch (s.align) {
      case '<': rpad = n; break;
      case '^': lpad = n / 2; rpad = n - lpad; break;
      case '=': spad = n; break;
      default: lpad = n; break;
    }
  }
  std::string out = repeat_fill(s.fill, lpad);
  if (sign_char) out += sign_char;
  out += prefix;
  out += repeat_fill(s.fill, spad);
  out += grouped;
  out += rest;
  out += repeat_fill(s.fill, rpad);
  return out;
}

char sign_for(bool negative, char sign) {
  if (negative) return '-';
  if (sign == '+') return '+';
  if (sign == ' ') return ' ';
  return '\0';
}

std::string format_double_raw(double v, char type, std::int64_t precision, bool alternate, bool& add_pct) {
  // Returns the unsigned rendering of |v| per type ('e','f','g','r' and uppercase).
  add_pct = false;
  double a = std::fabs(v);
  if (std::isinf(a)) return (type >= 'A' && type <= 'Z') ? "INF" : "inf";
  if (std::isnan(a)) return (type >= 'A' && type <= 'Z') ? "NAN" : "nan";
  if (type == 'r') return float_repr_text(a);
  char fmt[16];
  char t = type;
  std::snprintf(fmt, sizeof fmt, "%%%s.*%c", alternate ? "#" : "", t);
  int n = std::snprintf(nullptr, 0, fmt, static_cast<int>(precision), a);
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, static_cast<int>(precision), a);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

std::string format_str(std::string_view value, std::string_view spec) {
  if (spec.empty()) return std::string(value);
  Spec s = parse_spec(spec, 's', '<', nullptr, "str");
  if (s.type != 's') unknown_code(s.type, "str");
  if (s.sign) value_error("Sign not allowed in string format specifier");
  if (s.alternate) value_error("Alternate form (#) not allowed in string format specifier");
  if (s.align == '=') value_error("'=' alignment not allowed in string format specifier");
  if (s.no_neg_0) value_error("Negative zero coercion (z) not allowed in format specifier");
  std::string v(value);
  std::int64_t n = cp_len(v);
  if (s.precision >= 0 && n > s.precision) {
    std::size_t i = 0;
    for (std::int64_t k = 0; k < s.precision; ++k) utf8_decode(v, i);
    v.resize(i);
    n = s.precision;
  }
  if (s.width <= n) return v;
  std::int64_t pad = s.width - n;
  std::int64_t left = s.align == '>' ? pad : s.align == '^' ? pad / 2 : 0;
  return repeat_fill(s.fill, left) + v + repeat_fill(s.fill, pad - left);
}

std::string format_float(double value, std::string_view spec) {
  if (spec.empty()) return float_repr_text(value);
  Spec s = parse_spec(spec, '\0', '>', nullptr, "float");
  char type = s.type;
  std::int64_t precision = s.precision;
  bool add_dot_0 = false;
  switch (type) {
    case '\0':
      if (precision < 0) {
        type = 'r';
      } else {
        type = 'g';
        add_dot_0 = true;
      }
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
    case 'n': type = 'g'; break;
    default: unknown_code(type, "float");
  }
  if (precision < 0) precision = 6;
  double v = value;
  bool percent = type == '%';
  if (percent) {
    v *= 100;
    type = 'f';
  }
  std::string body;
  if (add_dot_0 && std::isfinite(v)) {
    // format_float_short's 'g' with Py_DTSF_ADD_DOT_0: exponent notation as
    // soon as decpt > precision - 1, so format(100.0, '.3') is '1e+02'.
    if (precision == 0) precision = 1;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*e", static_cast<int>(precision - 1), std::fabs(v));
    std::string sci = buf;
    std::size_t epos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, epos))
      if (c != '.') digits += c;
    int decpt = std::atoi(sci.c_str() + epos + 1) + 1;
    if (!s.alternate)
      while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    auto n = static_cast<int>(digits.size());
    if (decpt <= -4 || decpt > precision - 1) {
      body = digits.substr(0, 1);
      if (n > 1 || s.alternate) body += "." + digits.substr(1);
      int e = decpt - 1;
      char ebuf[16];
      std::snprintf(ebuf, sizeof ebuf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
      body += ebuf;
    } else if (decpt <= 0) {
      body = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (decpt < n) {
      body = digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
    } else {
      body = digits + std::string(static_cast<std::size_t>(decpt - n), '0') + ".0";
    }
  } else {
    bool unused;
    body = format_double_raw(v, type, precision, s.alternate, unused);
  }
  if (s.alternate && type == 'r' && std::isfinite(v) && body.find('.') == std::string::npos) {
    // Py_DTSF_ALT puts the point before the exponent: format(1e16, '#') is '1.e+16'.
    std::size_t e = body.find('e');
    body.insert(e == std::string::npos ? body.size() : e, ".");
  }
  bool negative = std::signbit(v) && !std::isnan(v);
  if (negative && s.no_neg_0 && std::isfinite(v)) {
    bool all_zero = true;
    for (char c : body)
      if (c >= '1' && c <= '9') all_zero = false;
    if (all_zero) negative = false;
  }
  if (percent) body += "%";
  // Split into integer digits and the rest (decimal point, fraction, exponent).
  std::size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  std::string digits = body.substr(0, k);
  std::string rest = body.substr(k);
  if (!std::isfinite(v)) {
    digits.clear();
    rest = body;
  }
  return render_number(s, sign_for(negative, s.sign), "", digits, rest, 3);
}

namespace {

// One part of a formatted complex: its sign (per `sign`) and digits, grouped
// as `s` asks, without padding (format_complex_internal's calc_number_widths
// with the fill and width turned off).
std::string complex_part(const Spec& s, double v, char type, std::int64_t precision, char sign) {
  std::string body;
  if (type == 'r') {
    // PyOS_double_to_string 'r' without Py_DTSF_ADD_DOT_0; '#' keeps a bare point ("1.").
    body = std::isnan(v) ? "nan" : float_repr_text(std::fabs(v));
    if (body.size() > 2 && body.compare(body.size() - 2, 2, ".0") == 0) body.resize(body.size() - 2);
    if (s.alternate && std::isfinite(v) && body.find('.') == std::string::npos) {
      std::size_t e = body.find('e');
      body.insert(e == std::string::npos ? body.size() : e, ".");
    }
  } else {
    bool unused;
    body = format_double_raw(v, type, precision, s.alternate, unused);
  }
  bool negative = std::signbit(v) && !std::isnan(v);
  if (negative && s.no_neg_0 && std::isfinite(v)) {
    bool all_zero = true;
    for (char c : body)
      if (c >= '1' && c <= '9') all_zero = false;
    if (all_zero) negative = false;
  }
  std::size_t k = 0;
  while (std::isfinite(v) && k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  Spec bare = s;
  bare.fill = ' ';
  bare.align = '<';
  bare.width = -1;
  return render_number(bare, sign_for(negative, sign), "", body.substr(0, k), body.substr(k), 3);
}

}  // namespace

std::string format_complex(double real, double imag, std::string_view spec) {
  if (spec.empty()) return complex_repr_text(real, imag);
  Spec s = parse_spec(spec, '\0', '>', nullptr, "complex");
  char type = s.type;
  switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(type, "complex");
  }
  if (s.fill == '0') value_error("Zero padding is not allowed in complex format specifier");
  if (s.align == '=') value_error("'=' alignment flag is not allowed in complex format specifier");
  std::int64_t precision = s.precision, default_precision = 6;
  bool skip_re = false, add_parens = false;
  if (type == '\0') {
    // Like str(self): the real part left out when it is +0.0, else parentheses.
    type = 'r';
    default_precision = 0;
    if (real == 0.0 && !std::signbit(real)) skip_re = true;
    else add_parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string re = skip_re ? std::string() : complex_part(s, real, type, precision, s.sign);
  std::string im = complex_part(s, imag, type, precision, skip_re ? s.sign : '+');
  std::string body = (add_parens ? "(" : "") + re + im + "j" + (add_parens ? ")" : "");
  std::int64_t n = cp_len(body), lpad = 0, rpad = 0;
  if (s.width > n) {
    std::int64_t pad = s.width - n;
    if (s.align == '<') rpad = pad;
    else if (s.align == '^') lpad = pad / 2, rpad = pad - lpad;
    else lpad = pad;
  }
  return repeat_fill(s.fill, lpad) + body + repeat_fill(s.fill, rpad);
}

std::string format_int(const Object& value, std::string_view spec) {
  if (spec.empty()) return str_text(value);
  Spec s = parse_spec(spec, 'd', '>', nullptr, value.is_bool() ? "bool" : "int");
  switch (s.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(int_to_double(value), spec);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': break;
    default: unknown_code(s.type, value.is_bool() ? "bool" : "int");
  }
  if (s.precision >= 0) value_error("Precision not allowed in integer format specifier");
  if (s.no_neg_0) value_error("Negative zero coercion (z) not allowed in integer format specifier");
  bool negative = int_sign(value) < 0;
  if (s.type == 'c') {
    if (s.sign) value_error("Sign not allowed with integer format specifier 'c'");
    if (s.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    std::int64_t cp;
    if (!int_to_int64(value, cp) || cp < 0 || cp > 0x10FFFF) {
      raise_error(exc::OverflowError, "%c arg not in range(0x110000)");
    }
    std::string ch;
    utf8_append(ch, static_cast<std::uint32_t>(cp));
    return render_number(s, '\0', "", "", ch, 0);
  }
  int base = 10;
  const char* prefix = "";
  int group = 3;
  switch (s.type) {
    case 'b': base = 2; prefix = "0b"; group = 4; break;
    case 'o': base = 8; prefix = "0o"; group = 4; break;
    case 'x': base = 16; prefix = "0x"; group = 4; break;
    case 'X': base = 16; prefix = "0X"; group = 4; break;
    default: break;
  }
  std::string digits = int_to_base(value, base);
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  if (s.type == 'X')
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s.type == 'n') s.grouping = '\0';
  return render_number(s, sign_for(negative, s.sign), s.alternate ? prefix : "", digits, "", group);
}

std::string format_text(const Object& value, std::string_view spec) {
  if (value.is_heap()) {
    TypeObject* t = value.heap()->type;
    if (t == types::str) return format_str(str_view(value), spec);
    if (t == types::int_) return format_int(value, spec);
    if (t == types::complex_) {
      const auto* z = static_cast<const ComplexObject*>(value.heap());
      return format_complex(z->real, z->imag, spec);
    }
    if (t->is_heap_type || t->lookup(detail::names::format).type() != types::builtin_function) {
      Object f = t->lookup(detail::names::format);
      if (!f.is_unbound() && !detail::is_slot_default(f)) {
        Object r = detail::call_as_method(f, value, {str_from(spec)});
        if (!is_str(r)) type_error("__format__ must return a str, not " + type_name_text(r));
        return std::string(str_view(r));
      }
    }
    if (!spec.empty()) type_error("unsupported format string passed to " + t->name + ".__format__");
    return str_text(value);
  }
  if (value.is_small_int() || value.is_bool()) return format_int(value, spec);
  if (value.is_float()) return format_float(value.as_float(), spec);
  if (!spec.empty()) type_error("unsupported format string passed to NoneType.__format__");
  return "None";
}

Object format(const Object& value, const Object& spec) {
  if (spec.is_unbound() || str_view(spec).empty()) {
    if (value.type() == types::str) return value;  // PyUnicode_CheckExact: a subclass may have __format__
    if (value.is_small_int()) return str_from(std::to_string(value.as_int()));
  }
  std::string_view sp = spec.is_unbound() ? std::string_view() : str_view(spec);
  return str_from(format_text(value, sp));
}

Object fstring_join(std::initializer_list<Object> parts) {
  std::size_t n = 0;
  for (const Object& p : parts) n += str_view(p).size();
  std::string out;
  out.reserve(n);
  for (const Object& p : parts) out += str_view(p);
  return str_from(std::move(out));
}

// ---- str.format ------------------------------------------------------------------------------------------

namespace {

struct FormatState {
  const CallArgs& args;
  int auto_index = 0;  // -1 once manual numbering is used
  bool manual = false;
  const Object* mapping = nullptr;  // str.format_map's: names are its keys, no positional fields
};

Object lookup_field(std::string_view name, FormatState& st) {
  // arg_name, then .attr / [key] accessors.
  std::size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  Object obj;
  bool is_number = !first.empty();
  for (char c : first) is_number = is_number && c >= '0' && c <= '9';
  if (st.mapping && (first.empty() || is_number)) {
    // get_field_object with args == NULL (Objects/stringlib/unicode_format.h).
    value_error("Format string contains positional fields");
  }
  if (first.empty()) {
    if (st.manual) value_error("cannot switch from manual field specification to automatic field numbering");
    std::size_t idx = static_cast<std::size_t>(st.auto_index++);
    if (idx >= st.args.npos) {
      raise_error(exc::IndexError,
                  "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
    }
    obj = st.args.args[idx];
  } else if (is_number) {
    if (st.auto_index > 0) value_error("cannot switch from automatic field numbering to manual field specification");
    st.manual = true;
    std::size_t idx = std::stoul(std::string(first));
    if (idx >= st.args.npos) {
      raise_error(exc::IndexError,
                  "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
    }
    obj = st.args.args[idx];
  } else if (st.mapping) {
    obj = getitem(*st.mapping, str_from(first));
  } else {
    Object v = kwarg(st.args, first);
    if (v.is_unbound()) raise_key_error(str_from(first));
    obj = v;
  }
  while (i < name.size()) {
    if (name[i] == '.') {
      std::size_t j = ++i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == j) value_error("Empty attribute in format string");
      obj = getattr(obj, intern(name.substr(j, i - j)));
    } else {
      std::size_t j = ++i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i >= name.size()) value_error("Missing ']' in format string");
      std::string_view key = name.substr(j, i - j);
      if (key.empty()) value_error("Empty attribute in format string");
      ++i;
      bool numeric = true;
      for (char c : key) numeric = numeric && c >= '0' && c <= '9';
      obj = getitem(obj, numeric ? Object::from_int(std::stoll(std::string(key))) : str_from(key));
      if (i < name.size() && name[i] != '.' && name[i] != '[') {
        value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
  return obj;
}

std::string vformat(std::string_view fmt, FormatState& st, int depth) {
  if (depth < 0) value_error("Max string recursion exceeded");
  std::string out;
  std::size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      value_error("Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      out += '{';
      i += 2;
      continue;
    }
    // A replacement field: find its matching '}' counting nested braces.
    std::size_t j = i + 1;
    int level = 1;
    while (j < fmt.size()) {
      if (fmt[j] == '{') ++level;
      else if (fmt[j] == '}' && --level == 0) break;
      ++j;
    }
    if (j >= fmt.size()) {
      if (level > 1 || j > i + 1) value_error("expected '}' before end of string");
      value_error("Single '{' encountered in format string");
    }
    std::string_view field = fmt.substr(i + 1, j - i - 1);
    i = j + 1;
    // field_name [! conversion] [: spec]; brackets may contain ':' or '!'.
    std::size_t k = 0;
    bool in_bracket = false;
    while (k < field.size()) {
      if (field[k] == '[') in_bracket = true;
      else if (field[k] == ']') in_bracket = false;
      else if (!in_bracket && (field[k] == '!' || field[k] == ':')) break;
      ++k;
    }
    std::string_view name = field.substr(0, k);
    char conversion = '\0';
    std::string_view spec;
    if (k < field.size() && field[k] == '!') {
      if (k + 1 >= field.size()) value_error("end of string while looking for conversion specifier");
      conversion = field[k + 1];
      k += 2;
      if (k < field.size() && field[k] != ':') value_error("expected ':' after conversion specifier");
    }
    if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
    Object value = lookup_field(name, st);
    switch (conversion) {
      case '\0': break;
      case 'r': value = repr(value); break;
      case 's': value = str(value); break;
      case 'a': value = ascii(value); break;
      default: {
        value_error(std::string("Unknown conversion specifier ") + conversion);
      }
    }
    std::string spec_text = spec.find('{') != std::string_view::npos ? vformat(spec, st, depth - 1) : std::string(spec);
    out += format_text(value, spec_text);
  }
  return out;
}

}  // namespace

Object str_format(const Object& fmt, const CallArgs& args) {
  FormatState st{args};
  return str_from(vformat(str_view(fmt), st, 2));
}

Object str_format_map(const Object& fmt, const Object& mapping) {
  CallArgs none{};
  FormatState st{none};
  st.mapping = &mapping;
  return str_from(vformat(str_view(fmt), st, 2));
}

// ---- %-formatting ------------------------------------------------------------------------------------------

namespace {

// %b/%s of bytes formatting: a bytes-like object, or what __bytes__ returns.
std::string bytes_conversion(const Object& v) {
  std::string out;
  if (bytes_like_copy(v, out)) return out;
  static const Object bytes_name = intern("__bytes__");
  Object f = v.type()->lookup(bytes_name);
  if (!f.is_unbound()) {
    Object r = detail::call_as_method(f, v, {});
    if (r.type()->is_subtype(types::bytes)) return static_cast<BytesObject*>(r.heap())->data;
    detail::type_error("__bytes__ returned non-bytes (type " + type_name_text(r) + ")");
  }
  detail::type_error("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                     type_name_text(v) + "'");
}

// %c of bytes formatting: an int in range(256) or a single byte.
std::string bytes_char(const Object& v) {
  std::string one;
  if (bytes_like_copy(v, one) && one.size() == 1) return one;
  std::int64_t n = 0;
  if (!is_int(v) || !int_to_int64(v, n) || n < 0 || n > 255) {
    if (is_int(v)) raise_error(exc::OverflowError, "%c arg not in range(256)");
    detail::type_error("%c requires an integer in range(256) or a single byte");
  }
  return std::string(1, static_cast<char>(n));
}

// PyUnicode_Format and _PyBytes_FormatEx: one loop, `bytes` choosing the conversions of %s, %r,
// %a and %c, the mapping keys' type, byte rather than code point widths and the result type.
std::string percent_format(std::string_view fmt, const Object& args, bool bytes) {
  std::vector<Object> items;
  bool is_tuple_args = is_tuple(args);
  if (is_tuple_args) items = tuple_items(args);
  else items.push_back(args);
  bool own_kind = bytes ? args.type()->is_subtype(types::bytes) : is_str(args);
  bool is_mapping = !is_tuple_args && !own_kind && args.is_heap() &&
                    !args.type()->lookup(detail::names::getitem).is_unbound();
  auto width_of = [bytes](const std::string& text) {
    return bytes ? static_cast<std::int64_t>(text.size()) : cp_len(text);
  };
  std::size_t argi = 0;
  auto next_arg = [&]() -> Object {
    if (argi >= items.size()) type_error("not enough arguments for format string");
    return items[argi++];
  };
  std::string out;
  bool used_mapping = false;
  std::size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      ++i;
      continue;
    }
    std::size_t start = i;
    ++i;
    if (i >= fmt.size()) value_error("incomplete format");
    Object mapped;
    if (fmt[i] == '(') {
      if (!is_mapping && !is_dict(args)) type_error("format requires a mapping");
      int depth = 1;
      std::size_t j = ++i;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) value_error("incomplete format key");
      std::string_view key = fmt.substr(j, i - 1 - j);
      mapped = getitem(args, bytes ? bytes_from(key) : str_from(key));
      used_mapping = true;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') plus = true;
      else if (f == ' ') space = true;
      else if (f == '#') alt = true;
      else if (f == '0') zero = true;
      else break;
    }
    std::int64_t width = -1, prec = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      width = index_value(next_arg());
      if (width < 0) {
        left = true;
        width = -width;
      }
      ++i;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        prec = index_value(next_arg());
        ++i;
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') prec = prec * 10 + (fmt[i++] - '0');
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) value_error("incomplete format");
    char type = fmt[i++];
    if (type == '%') {
      out += '%';
      continue;
    }
    Object v = mapped.is_unbound() ? next_arg() : mapped;
    std::string body;
    char sign = '\0';
    bool numeric = false;
    // Bytes formatting spells %s also %b, and its %r is %a (PEP 461).
    if (bytes && type == 'b') type = 's';
    if (bytes && type == 'r') type = 'a';
    switch (type) {
      case 's': body = bytes ? bytes_conversion(v) : str_text(v); break;
      case 'r': body = repr_text(v); break;
      case 'a': body = std::string(str_view(ascii(v))); break;
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Object iv;
        if (is_int(v)) {
          iv = v;
        } else if (v.is_float() && (type == 'd' || type == 'i' || type == 'u')) {
          iv = int_from_double(v.as_float());
        } else if (!v.type()->lookup(detail::names::index).is_unbound() ||
                   (!v.type()->lookup(detail::names::int_).is_unbound() && (type == 'd' || type == 'i' || type == 'u'))) {
          iv = call(Object(types::int_), {v});
        } else if (type == 'd' || type == 'i' || type == 'u') {
          type_error(std::string("%") + type + " format: a real number is required, not " + type_name_text(v));
        } else {
          type_error(std::string("%") + type + " format: an integer is required, not " + type_name_text(v));
        }
        int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
        body = int_to_base(iv, base);
        bool neg = !body.empty() && body[0] == '-';
        if (neg) body.erase(0, 1);
        if (type == 'X')
          for (char& ch : body) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        if (prec >= 0 && static_cast<std::int64_t>(body.size()) < prec) {
          body = std::string(static_cast<std::size_t>(prec) - body.size(), '0') + body;
        }
        if (alt && base != 10) body = (type == 'x' ? "0x" : type == 'X' ? "0X" : "0o") + body;
        sign = neg ? '-' : plus ? '+' : space ? ' ' : '\0';
        numeric = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!to_double(v, d)) {
          Object fm = v.type()->lookup(detail::names::float_);
          if (fm.is_unbound()) {
            type_error(std::string("must be real number, not ") + type_name_text(v));
          }
          d = detail::call_as_method(fm, v, {}).as_float();
        }
        bool unused;
        body = format_double_raw(d, type, prec < 0 ? 6 : prec, alt, unused);
        bool neg = std::signbit(d) && !std::isnan(d);
        sign = neg ? '-' : plus ? '+' : space ? ' ' : '\0';
        numeric = true;
        break;
      }
      case 'c': {
        if (bytes) {
          body = bytes_char(v);
        } else if (is_str(v)) {
          if (static_cast<StrObject*>(v.heap())->length != 1) type_error("%c requires int or char");
          body = std::string(str_view(v));
        } else if (is_int(v)) {
          std::int64_t cp = index_value(v);
          if (cp < 0 || cp > 0x10FFFF) raise_error(exc::OverflowError, "%c arg not in range(0x110000)");
          utf8_append(body, static_cast<std::uint32_t>(cp));
        } else {
          type_error("%c requires int or char");
        }
        break;
      }
      default: {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", type,
                      static_cast<unsigned char>(type), i - 1);
        value_error(buf);
      }
    }
    (void)start;
    if ((type == 's' || type == 'r' || type == 'a') && prec >= 0 && width_of(body) > prec) {
      std::size_t k = 0;
      if (bytes) k = static_cast<std::size_t>(prec);
      else
        for (std::int64_t n = 0; n < prec; ++n) utf8_decode(body, k);
      body.resize(k);
    }
    std::int64_t len = width_of(body) + (sign ? 1 : 0);
    std::string pad = width > len ? std::string(static_cast<std::size_t>(width - len), ' ') : std::string();
    if (left) {
      if (sign) out += sign;
      out += body + pad;
    } else if (zero && numeric) {
      if (sign) out += sign;
      std::string zeros(pad.size(), '0');
      // The 0x/0o prefix goes before the zero padding.
      if (alt && body.size() >= 2 && body[0] == '0' && std::isalpha(static_cast<unsigned char>(body[1]))) {
        out += body.substr(0, 2) + zeros + body.substr(2);
      } else {
        out += zeros + body;
      }
    } else {
      out += pad;
      if (sign) out += sign;
      out += body;
    }
  }
  if (argi < items.size() && !used_mapping && !(is_mapping && !is_tuple_args)) {
    type_error(std::string("not all arguments converted during ") + (bytes ? "bytes" : "string") + " formatting");
  }
  return out;
}

}  // namespace

Object detail::str_percent_format(const Object& fmt, const Object& args) {
  return str_from(percent_format(str_view(fmt), args, false));
}

std::string detail::bytes_percent_format(std::string_view fmt, const Object& args) {
  return percent_format(fmt, args, true);
}

}  // namespace pyrt
