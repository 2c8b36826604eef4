// str's case methods: upper, lower, casefold, swapcase, title, capitalize and
// isupper, islower, istitle, with Unicode's full case mappings. Mirrors
// CPython 3.11's Objects/unicodeobject.c (do_upper, do_lower, do_casefold,
// do_swapcase, do_title, do_capitalize, lower_ucs4, unicode_isupper_impl, ...).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "pyrt/object/function.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"
#include "unicode_ctype.h"

namespace pyrt {

namespace {

StrObject* as_s(const Object& x) { return static_cast<StrObject*>(x.heap()); }

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool ascii_is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_is_lower(char c) { return c >= 'a' && c <= 'z'; }

// An ASCII str maps byte by byte (CPython's ASCII fast paths, _Py_bytes_upper
// and friends): no ASCII letter has a longer mapping or a context.
template <typename F>
Object map_ascii(std::string_view s, F f) {
  std::string out(s);
  char prev = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    out[i] = f(c, i, prev);
    prev = c;
  }
  return str_from(std::move(out));
}

std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8_decode(s, i));
  return out;
}

void append(std::string& out, const detail::CaseMapped& m) {
  for (int k = 0; k < m.n; ++k) utf8_append(out, m.cp[k]);
}

// lower_ucs4: the full lowercase, with U+03A3 in its Final_Sigma context.
detail::CaseMapped lower_at(const std::vector<std::uint32_t>& cps, std::size_t i) {
  if (cps[i] == 0x3A3) return {{detail::lower_capital_sigma(cps.data(), cps.size(), i), 0, 0}, 1};
  return detail::to_lower_full(cps[i]);
}

// Runs `step(cps, i)` for each code point of a non-ASCII str and joins the
// mappings it returns.
template <typename Step>
Object map_text(std::string_view s, Step step) {
  std::vector<std::uint32_t> cps = code_points(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < cps.size(); ++i) append(out, step(cps, i));
  return str_from(std::move(out));
}

Object m_upper(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) return map_ascii(str_view(self), [](char c, std::size_t, char) { return ascii_upper(c); });
  return map_text(str_view(self), [](const auto& cps, std::size_t i) { return detail::to_upper_full(cps[i]); });
}

Object m_lower(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) return map_ascii(str_view(self), [](char c, std::size_t, char) { return ascii_lower(c); });
  return map_text(str_view(self), [](const auto& cps, std::size_t i) { return lower_at(cps, i); });
}

// do_casefold: CaseFolding.txt's full folding, no context ("ß" -> "ss").
Object m_casefold(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) return map_ascii(str_view(self), [](char c, std::size_t, char) { return ascii_lower(c); });
  return map_text(str_view(self), [](const auto& cps, std::size_t i) { return detail::to_folded_full(cps[i]); });
}

// do_swapcase: Uppercase code points go through lower_ucs4, Lowercase ones
// through the full uppercase, the rest stay ("ß".swapcase() == "SS").
Object m_swapcase(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) {
    return map_ascii(str_view(self), [](char c, std::size_t, char) {
      return ascii_is_upper(c) ? ascii_lower(c) : ascii_upper(c);
    });
  }
  return map_text(str_view(self), [](const auto& cps, std::size_t i) -> detail::CaseMapped {
    if (detail::is_upper(cps[i])) return lower_at(cps, i);
    if (detail::is_lower(cps[i])) return detail::to_upper_full(cps[i]);
    return {{cps[i], 0, 0}, 1};
  });
}

// do_title: the full titlecase after an uncased code point, lower_ucs4 after
// a cased one ("ﬁx ǆ".title() == "Fix ǅ").
Object m_title(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) {
    return map_ascii(str_view(self), [](char c, std::size_t, char prev) {
      bool prev_cased = ascii_is_upper(prev) || ascii_is_lower(prev);
      return prev_cased ? ascii_lower(c) : ascii_upper(c);
    });
  }
  return map_text(str_view(self), [](const auto& cps, std::size_t i) {
    bool prev_cased = i > 0 && detail::is_cased(cps[i - 1]);
    return prev_cased ? lower_at(cps, i) : detail::to_title_full(cps[i]);
  });
}

// do_capitalize: the first code point in titlecase (since 3.8, bpo-36549),
// the rest through lower_ucs4.
Object m_capitalize(const Object& self, const CallArgs&) {
  if (as_s(self)->ascii) {
    return map_ascii(str_view(self), [](char c, std::size_t i, char) { return i == 0 ? ascii_upper(c) : ascii_lower(c); });
  }
  return map_text(str_view(self), [](const auto& cps, std::size_t i) {
    return i == 0 ? detail::to_title_full(cps[0]) : lower_at(cps, i);
  });
}

// unicode_isupper_impl / unicode_islower_impl: one code point answers by its
// own flag; longer text needs a code point of the case and none of the other
// case or titlecase.
Object case_test(const Object& self, bool upper) {
  std::string_view s = str_view(self);
  auto same = upper ? detail::is_upper : detail::is_lower;
  auto other = upper ? detail::is_lower : detail::is_upper;
  if (as_s(self)->length == 1) {
    std::size_t i = 0;
    return Object::from_bool(same(utf8_decode(s, i)));
  }
  bool cased = false;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t c = utf8_decode(s, i);
    if (other(c) || detail::is_title(c)) return kFalse;
    if (same(c)) cased = true;
  }
  return Object::from_bool(cased);
}

Object m_isupper(const Object& self, const CallArgs&) { return case_test(self, true); }
Object m_islower(const Object& self, const CallArgs&) { return case_test(self, false); }

// unicode_istitle_impl: uppercase and titlecase code points only after an
// uncased one, lowercase ones only after a cased one, and at least one cased.
Object m_istitle(const Object& self, const CallArgs&) {
  std::string_view s = str_view(self);
  if (as_s(self)->length == 1) {
    std::size_t i = 0;
    std::uint32_t c = utf8_decode(s, i);
    return Object::from_bool(detail::is_title(c) || detail::is_upper(c));
  }
  bool cased = false, prev_cased = false;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t c = utf8_decode(s, i);
    if (detail::is_upper(c) || detail::is_title(c)) {
      if (prev_cased) return kFalse;
      prev_cased = cased = true;
    } else if (detail::is_lower(c)) {
      if (!prev_cased) return kFalse;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Object::from_bool(cased);
}

const NativeMethodDef str_case_methods[] = {
    {"upper", m_upper, 0, 0},         {"lower", m_lower, 0, 0},         {"casefold", m_casefold, 0, 0},
    {"swapcase", m_swapcase, 0, 0},   {"title", m_title, 0, 0},         {"capitalize", m_capitalize, 0, 0},
    {"isupper", m_isupper, 0, 0},     {"islower", m_islower, 0, 0},     {"istitle", m_istitle, 0, 0},
};

}  // namespace

void detail::add_str_case_methods(TypeObject* str) { add_methods(str, str_case_methods); }

}  // namespace pyrt
