// The byte-string methods bytes and bytearray share, written once over byte
// views. Mirrors CPython 3.11's Objects/bytes_methods.c (find, count,
// tailmatch, the ASCII predicates and case maps, maketrans), Objects/stringlib/
// (split.h, partition.h, join.h, transmogrify.h: pad, zfill, expandtabs),
// bytes_translate_impl, bytes_fromhex and _Py_strhex, with their argument errors.
#include "bytes_methods.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "pyrt/object/buffer.h"
#include "pyrt/object/bytearray.h"
#include "pyrt/object/codecs.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt::detail {

namespace {

// The receiver's bytes; every method is only ever bound to bytes or bytearray.
std::string_view self_view(const Object& self) {
  std::string_view v;
  try_bytes_like_view(self, v);
  return v;
}

// A result of the receiver's type: bytearray methods return new bytearrays,
// bytes methods bytes (stringlib's STRINGLIB_NEW).
Object like(const Object& self, std::string_view bytes) {
  return is_bytearray(self) ? bytearray_from(bytes) : bytes_from(bytes);
}

// PyObject_GetBuffer's TypeError for a non-buffer argument.
std::string_view buffer_arg(const Object& x) {
  std::string_view v;
  if (!bytes_like_view(x, v)) type_error("a bytes-like object is required, not '" + type_name_text(x) + "'");
  return v;
}

// PyIndex_Check: an int or an object with __index__.
bool has_index(const Object& x) { return is_int(x) || !x.type()->lookup(names::index).is_unbound(); }

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// stringlib_parse_args_finds: 1 to 3 positional arguments, no keywords, with
// the "find() takes at least 1 argument (0 given)" wording of _PyArg_CheckPositional.
void check_find_args(const CallArgs& args, const char* name) {
  check_no_kwargs(args, name);
  if (args.npos < 1) type_error(std::string(name) + "() takes at least 1 argument (0 given)");
  if (args.npos > 3) {
    type_error(std::string(name) + "() takes at most 3 arguments (" + std::to_string(args.npos) + " given)");
  }
}

// The optional [start, end] of the searches, resolved as ADJUST_INDICES does.
void adjust(const CallArgs& args, std::int64_t n, std::int64_t& b, std::int64_t& e) {
  auto arg = [&](std::size_t k, std::int64_t fallback) {
    if (args.npos <= k || args.args[k].is_none()) return fallback;
    return index_value(args.args[k]);
  };
  b = arg(1, 0);
  e = arg(2, n);
  if (e > n) {
    e = n;
  } else if (e < 0) {
    e += n;
    if (e < 0) e = 0;
  }
  if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  }
}

// parse_args_finds_byte: the needle is one byte given as an int or a
// bytes-like subsequence.
std::string needle_arg(const Object& x) {
  if (has_index(x)) {
    std::int64_t v = index_value(x);
    if (v < 0 || v > 255) value_error("byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(v));
  }
  std::string_view view;
  if (!bytes_like_view(x, view)) {
    type_error("argument should be integer or bytes-like object, not '" + type_name_text(x) + "'");
  }
  return std::string(view);
}

// find_internal: the first (or last, `reverse`) match within [start, end], or -1.
std::int64_t find_impl(const Object& self, const CallArgs& args, const char* name, bool reverse) {
  check_find_args(args, name);
  std::string sub = needle_arg(args.args[0]);
  std::string_view d = self_view(self);
  std::int64_t b, e;
  adjust(args, static_cast<std::int64_t>(d.size()), b, e);
  if (e - b < static_cast<std::int64_t>(sub.size())) return -1;
  std::string_view window = d.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
  std::size_t at = reverse ? window.rfind(sub) : window.find(sub);
  return at == std::string_view::npos ? -1 : b + static_cast<std::int64_t>(at);
}

Object m_find(const Object& self, const CallArgs& a) { return Object::from_int(find_impl(self, a, "find", false)); }
Object m_rfind(const Object& self, const CallArgs& a) { return Object::from_int(find_impl(self, a, "rfind", true)); }

Object m_index(const Object& self, const CallArgs& a) {
  std::int64_t r = find_impl(self, a, "index", false);
  if (r < 0) value_error("subsection not found");
  return Object::from_int(r);
}

Object m_rindex(const Object& self, const CallArgs& a) {
  std::int64_t r = find_impl(self, a, "rindex", true);
  if (r < 0) value_error("subsection not found");
  return Object::from_int(r);
}

// stringlib_count: non-overlapping matches; an empty needle matches between
// every byte and at both ends of the window.
Object m_count(const Object& self, const CallArgs& args) {
  check_find_args(args, "count");
  std::string sub = needle_arg(args.args[0]);
  std::string_view d = self_view(self);
  std::int64_t b, e;
  adjust(args, static_cast<std::int64_t>(d.size()), b, e);
  if (e - b < static_cast<std::int64_t>(sub.size())) return Object::from_int(0);
  if (sub.empty()) return Object::from_int(e - b + 1);
  std::string_view window = d.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
  std::int64_t n = 0;
  for (std::size_t at = window.find(sub); at != std::string_view::npos; at = window.find(sub, at + sub.size())) ++n;
  return Object::from_int(n);
}

// _Py_bytes_tailmatch: a bytes-like affix or a tuple of them.
Object affix_impl(const Object& self, const CallArgs& args, const char* name, bool suffix) {
  check_find_args(args, name);
  std::string_view d = self_view(self);
  std::int64_t b, e;
  adjust(args, static_cast<std::int64_t>(d.size()), b, e);
  auto test = [&](std::string_view a) {
    auto m = static_cast<std::int64_t>(a.size());
    if (b > static_cast<std::int64_t>(d.size()) || e - b < m) return false;
    std::int64_t at = suffix ? e - m : b;
    return d.substr(static_cast<std::size_t>(at), a.size()) == a;
  };
  const Object& p = args.args[0];
  if (is_tuple(p)) {
    for (const Object& x : tuple_items(p)) {
      if (test(buffer_arg(x))) return kTrue;
    }
    return kFalse;
  }
  std::string_view view;
  if (!bytes_like_view(p, view)) {
    type_error(std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name_text(p));
  }
  return Object::from_bool(test(view));
}

Object m_startswith(const Object& self, const CallArgs& a) { return affix_impl(self, a, "startswith", false); }
Object m_endswith(const Object& self, const CallArgs& a) { return affix_impl(self, a, "endswith", true); }

// split(sep=None, maxsplit=-1) and rsplit: runs of ASCII whitespace without
// `sep` (leading and trailing runs give no empty items), else every `sep`.
Object split_impl(const Object& self, const CallArgs& args, const char* name, bool reverse) {
  Object a[2];
  parse_args(args, name, {"sep", "maxsplit"}, 2, 0, a);
  std::int64_t maxsplit = a[1].is_unbound() ? -1 : ssize_value(a[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view d = self_view(self);
  std::vector<Object> out;
  if (a[0].is_unbound() || a[0].is_none()) {
    if (!reverse) {
      std::size_t i = 0, n = d.size();
      while (true) {
        while (i < n && is_space(static_cast<unsigned char>(d[i]))) ++i;
        if (i == n) break;
        if (maxsplit-- == 0) {
          out.push_back(like(self, d.substr(i)));
          break;
        }
        std::size_t j = i;
        while (j < n && !is_space(static_cast<unsigned char>(d[j]))) ++j;
        out.push_back(like(self, d.substr(i, j - i)));
        i = j;
      }
    } else {
      std::size_t i = d.size();
      while (true) {
        while (i > 0 && is_space(static_cast<unsigned char>(d[i - 1]))) --i;
        if (i == 0) break;
        if (maxsplit-- == 0) {
          out.push_back(like(self, d.substr(0, i)));
          break;
        }
        std::size_t j = i;
        while (j > 0 && !is_space(static_cast<unsigned char>(d[j - 1]))) --j;
        out.push_back(like(self, d.substr(j, i - j)));
        i = j;
      }
      std::reverse(out.begin(), out.end());
    }
    return list_from_vector(std::move(out));
  }
  std::string sep(buffer_arg(a[0]));
  if (sep.empty()) value_error("empty separator");
  if (!reverse) {
    std::size_t i = 0;
    while (maxsplit-- > 0) {
      std::size_t at = d.find(sep, i);
      if (at == std::string_view::npos) break;
      out.push_back(like(self, d.substr(i, at - i)));
      i = at + sep.size();
    }
    out.push_back(like(self, d.substr(i)));
  } else {
    std::size_t end = d.size();
    while (maxsplit-- > 0 && end >= sep.size()) {
      std::size_t at = d.substr(0, end).rfind(sep);
      if (at == std::string_view::npos) break;
      out.push_back(like(self, d.substr(at + sep.size(), end - at - sep.size())));
      end = at;
    }
    out.push_back(like(self, d.substr(0, end)));
    std::reverse(out.begin(), out.end());
  }
  return list_from_vector(std::move(out));
}

Object m_split(const Object& self, const CallArgs& a) { return split_impl(self, a, "split", false); }
Object m_rsplit(const Object& self, const CallArgs& a) { return split_impl(self, a, "rsplit", true); }

// do_xstrip / do_strip: ASCII whitespace, or the bytes of the argument.
Object strip_impl(const Object& self, const CallArgs& args, bool left, bool right) {
  std::string_view d = self_view(self);
  bool whitespace = args.npos == 0 || args.args[0].is_none();
  std::string chars;
  if (!whitespace) chars = std::string(buffer_arg(args.args[0]));
  auto strips = [&](char c) {
    return whitespace ? is_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos;
  };
  std::size_t i = 0, j = d.size();
  if (left) {
    while (i < j && strips(d[i])) ++i;
  }
  if (right) {
    while (j > i && strips(d[j - 1])) --j;
  }
  return like(self, d.substr(i, j - i));
}

Object m_strip(const Object& self, const CallArgs& a) { return strip_impl(self, a, true, true); }
Object m_lstrip(const Object& self, const CallArgs& a) { return strip_impl(self, a, true, false); }
Object m_rstrip(const Object& self, const CallArgs& a) { return strip_impl(self, a, false, true); }

// stringlib_bytes_join: every item must be bytes-like; the receiver goes
// between them.
Object m_join(const Object& self, const CallArgs& args) {
  std::string sep(self_view(self));
  std::string out;
  Object it = iter(args.args[0]);
  Object x;
  for (std::size_t k = 0; next(it, x); ++k) {
    std::string_view v;
    if (!try_bytes_like_view(x, v)) {
      type_error("sequence item " + std::to_string(k) + ": expected a bytes-like object, " + type_name_text(x) +
                 " found");
    }
    if (k > 0) out += sep;
    out += v;
  }
  return like(self, out);
}

// stringlib_replace: at most `count` non-overlapping matches, left to right;
// an empty `old` inserts `new` before every byte and at the end.
Object m_replace(const Object& self, const CallArgs& args) {
  std::string old_s(buffer_arg(args.args[0]));
  std::string new_s(buffer_arg(args.args[1]));
  std::int64_t count = args.npos > 2 ? ssize_value(args.args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view d = self_view(self);
  std::string out;
  if (old_s.empty()) {
    std::size_t i = 0;
    for (; i <= d.size() && count > 0; ++i, --count) {
      out += new_s;
      if (i < d.size()) out += d[i];
    }
    if (i < d.size()) out += d.substr(i);
    return like(self, out);
  }
  std::size_t i = 0;
  while (count-- > 0) {
    std::size_t at = d.find(old_s, i);
    if (at == std::string_view::npos) break;
    out += d.substr(i, at - i);
    out += new_s;
    i = at + old_s.size();
  }
  out += d.substr(i);
  return like(self, out);
}

// stringlib_partition / rpartition: a 3-tuple of the receiver's type.
Object partition_impl(const Object& self, const CallArgs& args, bool reverse) {
  std::string sep(buffer_arg(args.args[0]));
  if (sep.empty()) value_error("empty separator");
  std::string_view d = self_view(self);
  std::size_t at = reverse ? d.rfind(sep) : d.find(sep);
  if (at == std::string_view::npos) {
    if (reverse) return tuple_from_vector({like(self, ""), like(self, ""), like(self, d)});
    return tuple_from_vector({like(self, d), like(self, ""), like(self, "")});
  }
  return tuple_from_vector({like(self, d.substr(0, at)), like(self, sep), like(self, d.substr(at + sep.size()))});
}

Object m_partition(const Object& self, const CallArgs& a) { return partition_impl(self, a, false); }
Object m_rpartition(const Object& self, const CallArgs& a) { return partition_impl(self, a, true); }

Object m_removeprefix(const Object& self, const CallArgs& args) {
  std::string_view p = buffer_arg(args.args[0]);
  std::string_view d = self_view(self);
  return like(self, d.substr(0, p.size()) == p ? d.substr(p.size()) : d);
}

Object m_removesuffix(const Object& self, const CallArgs& args) {
  std::string_view s = buffer_arg(args.args[0]);
  std::string_view d = self_view(self);
  bool match = !s.empty() && d.size() >= s.size() && d.substr(d.size() - s.size()) == s;
  return like(self, match ? d.substr(0, d.size() - s.size()) : d);
}

// stringlib_splitlines: \n, \r and \r\n only (not str's wider set);
// `keepends` is converted as an int, as Argument Clinic's bool(accept={int}).
Object m_splitlines(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "splitlines", {"keepends"}, 1, 0, a);
  bool keep = !a[0].is_unbound() && index_value(a[0]) != 0;
  std::string_view d = self_view(self);
  std::vector<Object> out;
  std::size_t i = 0, n = d.size();
  while (i < n) {
    std::size_t j = i;
    while (j < n && d[j] != '\n' && d[j] != '\r') ++j;
    std::size_t eol = j;
    if (j < n) {
      j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    out.push_back(like(self, d.substr(i, eol - i)));
    i = j;
  }
  return list_from_vector(std::move(out));
}

Object m_lower(const Object& self, const CallArgs&) {
  std::string d(self_view(self));
  for (char& c : d) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return like(self, d);
}

Object m_upper(const Object& self, const CallArgs&) {
  std::string d(self_view(self));
  for (char& c : d) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return like(self, d);
}

bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
char to_lower(char c) { return is_upper(static_cast<unsigned char>(c)) ? static_cast<char>(c + 32) : c; }
char to_upper(char c) { return is_lower(static_cast<unsigned char>(c)) ? static_cast<char>(c - 32) : c; }

// _Py_bytes_capitalize: the first byte upper-cased, the rest lower-cased (ASCII).
Object m_capitalize(const Object& self, const CallArgs&) {
  std::string d(self_view(self));
  for (std::size_t i = 0; i < d.size(); ++i) d[i] = i == 0 ? to_upper(d[i]) : to_lower(d[i]);
  return like(self, d);
}

Object m_swapcase(const Object& self, const CallArgs&) {
  std::string d(self_view(self));
  for (char& c : d) c = is_upper(static_cast<unsigned char>(c)) ? to_lower(c) : to_upper(c);
  return like(self, d);
}

// _Py_bytes_title: a letter after a cased letter is lower-cased, any other upper-cased.
Object m_title(const Object& self, const CallArgs&) {
  std::string d(self_view(self));
  bool previous_cased = false;
  for (char& c : d) {
    auto u = static_cast<unsigned char>(c);
    c = previous_cased ? to_lower(c) : to_upper(c);
    previous_cased = is_lower(u) || is_upper(u);
  }
  return like(self, d);
}

// _Py_bytes_islower / _Py_bytes_isupper: some byte of the case, none of the other.
template <bool (*Cased)(unsigned char), bool (*Other)(unsigned char)>
Object all_cased(const Object& self, const CallArgs&) {
  bool cased = false;
  for (char c : self_view(self)) {
    auto u = static_cast<unsigned char>(c);
    if (Other(u)) return kFalse;
    cased = cased || Cased(u);
  }
  return Object::from_bool(cased);
}

// _Py_bytes_istitle: upper-case letters only start words, lower-case ones
// only continue them, and there is at least one cased letter.
Object m_istitle(const Object& self, const CallArgs&) {
  bool cased = false, previous_cased = false;
  for (char c : self_view(self)) {
    auto u = static_cast<unsigned char>(c);
    if (is_upper(u)) {
      if (previous_cased) return kFalse;
      previous_cased = cased = true;
    } else if (is_lower(u)) {
      if (!previous_cased) return kFalse;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Object::from_bool(cased);
}

// Argument Clinic's 'c' converter for fillchar: a bytes or bytearray of length one.
char fill_arg(const Object& x, const char* name) {
  std::string_view v;
  if ((x.type() != types::bytes && !is_bytearray(x)) || !try_bytes_like_view(x, v) || v.size() != 1) {
    type_error(std::string(name) + "() argument 2 must be a byte string of length 1, not " + type_name_text(x));
  }
  return v[0];
}

// stringlib's pad for center, ljust and rjust (`left` bytes before, the rest
// after); a width not above the length gives the receiver's bytes unchanged.
Object pad_impl(const Object& self, const CallArgs& args, const char* name, int where) {
  check_no_kwargs(args, name);
  check_nargs(args, name, 1, 2);
  std::int64_t width = ssize_value(args.args[0]);
  char fill = args.npos > 1 ? fill_arg(args.args[1], name) : ' ';
  std::string_view d = self_view(self);
  auto n = static_cast<std::int64_t>(d.size());
  if (width <= n) return like(self, d);
  std::int64_t marg = width - n;
  // stringlib_center: the odd byte goes left when both width and margin are odd.
  std::int64_t left = where < 0 ? 0 : where > 0 ? marg : marg / 2 + (marg & width & 1);
  std::string out(static_cast<std::size_t>(left), fill);
  out += d;
  out.append(static_cast<std::size_t>(marg - left), fill);
  return like(self, out);
}

Object m_center(const Object& self, const CallArgs& a) { return pad_impl(self, a, "center", 0); }
Object m_ljust(const Object& self, const CallArgs& a) { return pad_impl(self, a, "ljust", -1); }
Object m_rjust(const Object& self, const CallArgs& a) { return pad_impl(self, a, "rjust", 1); }

// stringlib_zfill: zeros after a leading sign byte.
Object m_zfill(const Object& self, const CallArgs& args) {
  std::int64_t width = ssize_value(args.args[0]);
  std::string_view d = self_view(self);
  auto n = static_cast<std::int64_t>(d.size());
  if (width <= n) return like(self, d);
  std::string out(static_cast<std::size_t>(width - n), '0');
  out += d;
  if (n > 0 && (d[0] == '+' || d[0] == '-')) {
    out[0] = d[0];
    out[static_cast<std::size_t>(width - n)] = '0';
  }
  return like(self, out);
}

// stringlib_expandtabs: the column restarts after \n and \r.
Object m_expandtabs(const Object& self, const CallArgs& args) {
  Object a[1];
  parse_args(args, "expandtabs", {"tabsize"}, 1, 0, a);
  std::int64_t tabsize = a[0].is_unbound() ? 8 : index_value(a[0]);
  std::string out;
  std::int64_t column = 0;
  for (char c : self_view(self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        std::int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<std::size_t>(spaces), ' ');
        column += spaces;
      }
      continue;
    }
    out += c;
    column = (c == '\n' || c == '\r') ? 0 : column + 1;
  }
  return like(self, out);
}

// bytes_translate_impl: translate(table, /, delete=b''); `table` None maps each byte to itself.
Object m_translate(const Object& self, const CallArgs& args) {
  if (args.npos < 1) type_error("translate() takes at least 1 positional argument (0 given)");
  Object a[2];
  parse_args(args, "translate", {"table", "delete"}, 2, 1, a);
  std::string table;
  if (!a[0].is_none()) {
    table = std::string(buffer_arg(a[0]));
    if (table.size() != 256) value_error("translation table must be 256 characters long");
  }
  std::string deleted;
  if (!a[1].is_unbound()) deleted = std::string(buffer_arg(a[1]));
  std::string out;
  for (char c : self_view(self)) {
    if (deleted.find(c) != std::string::npos) continue;
    out += table.empty() ? c : table[static_cast<unsigned char>(c)];
  }
  return like(self, out);
}

// _Py_bytes_maketrans: a 256-byte table mapping each byte of `frm` to the
// byte of `to` at the same place; always bytes, also for bytearray.maketrans.
Object m_maketrans(const Object&, const CallArgs& args) {
  std::string frm(buffer_arg(args.args[0]));
  std::string to(buffer_arg(args.args[1]));
  if (frm.size() != to.size()) value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (std::size_t i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (std::size_t i = 0; i < frm.size(); ++i) table[static_cast<unsigned char>(frm[i])] = to[i];
  return bytes_from(table);
}

// _Py_bytes_isdigit and friends: ASCII classes; false for empty bytes.
template <bool (*Pred)(unsigned char)>
Object all_of(const Object& self, const CallArgs&) {
  std::string_view d = self_view(self);
  if (d.empty()) return kFalse;
  for (char c : d) {
    if (!Pred(static_cast<unsigned char>(c))) return kFalse;
  }
  return kTrue;
}

bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

// _Py_bytes_isascii: true for empty bytes.
Object m_isascii(const Object& self, const CallArgs&) {
  for (char c : self_view(self)) {
    if (static_cast<unsigned char>(c) > 127) return kFalse;
  }
  return kTrue;
}

// bytearray_decode_impl and bytes_decode: errors name a bytes object either way.
Object m_decode(const Object& self, const CallArgs& args) {
  Object a[2];
  parse_args(args, "decode", {"encoding", "errors"}, 2, 0, a);
  Object b = is_bytearray(self) ? bytes_from(self_view(self)) : self;
  return bytes_decode(b, a[0], a[1]);
}

Object m_hex(const Object& self, const CallArgs& args) { return strhex(self_view(self), args, "hex"); }

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// _PyBytes_FromHex: pairs of hex digits, ASCII whitespace allowed between
// pairs; the position reported is the offending character's (the second of a
// pair when the string ends inside it). `cls` is bytes or bytearray.
Object m_fromhex(const Object& cls, const CallArgs& args) {
  const Object& s = args.args[0];
  if (!is_str(s)) bad_argument("fromhex", 0, "str", s);
  std::string_view text = str_view(s);
  std::string out;
  // Positions count code points, as CPython indexes the str; non-ASCII
  // characters are never hex digits, so the first one ends the scan.
  std::size_t i = 0, pos = 0;
  auto bad = [&](std::size_t at) {
    value_error("non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
  };
  while (true) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) ++i, ++pos;
    if (i >= text.size()) break;
    int top = hex_digit(static_cast<unsigned char>(text[i]));
    if (top < 0) bad(pos);
    int bot = i + 1 < text.size() ? hex_digit(static_cast<unsigned char>(text[i + 1])) : -1;
    if (bot < 0) bad(pos + 1);
    out += static_cast<char>(top * 16 + bot);
    i += 2;
    pos += 2;
  }
  if (cls.heap() == types::bytearray) return bytearray_from(out);
  return bytes_from(out);
}

// The shared rows, with CPython's arities (METH_O rows as 1, 1 report
// "bytes.join() takes exactly one argument (0 given)").
const NativeMethodDef shared_methods[] = {
    {"find", m_find, kOwnArgs, kOwnArgs},
    {"rfind", m_rfind, kOwnArgs, kOwnArgs},
    {"index", m_index, kOwnArgs, kOwnArgs},
    {"rindex", m_rindex, kOwnArgs, kOwnArgs},
    {"count", m_count, kOwnArgs, kOwnArgs},
    {"startswith", m_startswith, kOwnArgs, kOwnArgs},
    {"endswith", m_endswith, kOwnArgs, kOwnArgs},
    {"split", m_split, kOwnArgs, kOwnArgs},
    {"rsplit", m_rsplit, kOwnArgs, kOwnArgs},
    {"strip", m_strip, 0, 1},
    {"lstrip", m_lstrip, 0, 1},
    {"rstrip", m_rstrip, 0, 1},
    {"join", m_join, 1, 1},
    {"replace", m_replace, 2, 3},
    {"partition", m_partition, 1, 1},
    {"rpartition", m_rpartition, 1, 1},
    {"removeprefix", m_removeprefix, 1, 1},
    {"removesuffix", m_removesuffix, 1, 1},
    {"splitlines", m_splitlines, kOwnArgs, kOwnArgs},
    {"lower", m_lower, 0, 0},
    {"upper", m_upper, 0, 0},
    {"isdigit", all_of<is_digit>, 0, 0},
    {"isalpha", all_of<is_alpha>, 0, 0},
    {"isalnum", all_of<is_alnum>, 0, 0},
    {"isspace", all_of<is_space>, 0, 0},
    {"isascii", m_isascii, 0, 0},
    {"islower", all_cased<is_lower, is_upper>, 0, 0},
    {"isupper", all_cased<is_upper, is_lower>, 0, 0},
    {"istitle", m_istitle, 0, 0},
    {"capitalize", m_capitalize, 0, 0},
    {"swapcase", m_swapcase, 0, 0},
    {"title", m_title, 0, 0},
    {"center", m_center, kOwnArgs, kOwnArgs},
    {"ljust", m_ljust, kOwnArgs, kOwnArgs},
    {"rjust", m_rjust, kOwnArgs, kOwnArgs},
    {"zfill", m_zfill, 1, 1},
    {"expandtabs", m_expandtabs, kOwnArgs, kOwnArgs},
    {"translate", m_translate, kOwnArgs, kOwnArgs},
    // A staticmethod in CPython; pyrt has no static rows, and a class method
    // that ignores its class behaves the same through the type and instances.
    {"maketrans", m_maketrans, 2, 2, MethodKind::Class},
    {"decode", m_decode, kOwnArgs, kOwnArgs},
    {"hex", m_hex, kOwnArgs, kOwnArgs},
    {"fromhex", m_fromhex, 1, 1, MethodKind::Class},
};

}  // namespace

// _Py_strhex_impl: `sep` (one ASCII character) between groups of
// `bytes_per_sep` bytes counted from the right, or from the left when negative.
Object strhex(std::string_view d, const CallArgs& args, const char* name) {
  Object a[2];
  parse_args(args, name, {"sep", "bytes_per_sep"}, 2, 0, a);
  static const char digits[] = "0123456789abcdef";
  std::string sep;
  if (!a[0].is_unbound()) {
    // PyObject_Length first: an unsized sep raises len()'s TypeError, a str
    // counts code points.
    if (len(a[0]) != 1) value_error("sep must be length 1.");
    if (is_str(a[0])) {
      sep = std::string(str_view(a[0]));
    } else if (a[0].type() == types::bytes) {
      sep = static_cast<BytesObject*>(a[0].heap())->data;
    } else {
      type_error("sep must be str or bytes.");
    }
    if (sep.size() != 1 || static_cast<unsigned char>(sep[0]) > 127) value_error("sep must be ASCII.");
  }
  std::int64_t per = a[1].is_unbound() ? 1 : ssize_value(a[1]);
  std::int64_t group = per < 0 ? -per : per;
  auto n = static_cast<std::int64_t>(d.size());
  std::string out;
  for (std::int64_t i = 0; i < n; ++i) {
    if (i > 0 && !sep.empty() && group > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(d[static_cast<std::size_t>(i)]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return str_from(std::move(out));
}

Object bytes_contains(std::string_view data, const Object& item) {
  if (has_index(item)) {
    std::int64_t v = index_value(item);
    if (v < 0 || v > 255) value_error("byte must be in range(0, 256)");
    return Object::from_bool(data.find(static_cast<char>(v)) != std::string_view::npos);
  }
  return Object::from_bool(data.find(buffer_arg(item)) != std::string_view::npos);
}

void add_bytes_methods(TypeObject* type) { add_methods(type, shared_methods); }

}  // namespace pyrt::detail
