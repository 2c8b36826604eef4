// Single-code-point case mappings and properties for str's methods and repr,
// answered by ICU's root-locale full case mapping (icu::CaseMap), binary
// properties and categories, limited to Unicode 14.0 as CPython 3.11's
// unicodectype.c is.
#include "unicode_ctype.h"

#include <unicode/casemap.h>
#include <unicode/stringoptions.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace pyrt::detail {

namespace {

// The Unicode version of CPython 3.11's unicodedata.unidata_version ("14.0.0").
constexpr int kUnicodeMajor = 14;

// Whether Unicode 14.0 assigned `c`: CPython 3.11 knows nothing newer, so a
// code point ICU 72 (Unicode 15.0) adds keeps no case and no case mapping.
bool known_to_cpython(std::uint32_t c) {
  UVersionInfo age;
  u_charAge(static_cast<UChar32>(c), age);
  return age[0] != 0 && age[0] <= kUnicodeMajor;
}

// Code points Unicode 14.0 already had that Unicode 15.0 made Lowercase (and
// so Cased) through Other_Lowercase: modifier letters that CPython 3.11 keeps
// uncased. Found by comparing every code point's str methods under CPython
// 3.11.7 with ICU 72.1's answers; no other property or mapping differs.
bool lowercase_since_unicode_15(std::uint32_t c) {
  return c == 0x10FC || (c >= 0xA7F2 && c <= 0xA7F4) || c == 0xAB69;
}

enum class Mapping { Upper, Lower, Title, Fold };

// One code point through icu::CaseMap with the root locale (""), so no
// language-specific rule (Turkish dotless i, Lithuanian dot) applies, as in
// CPython. Title uses U_TITLECASE_WHOLE_STRING with no break adjustment: the
// one code point is titlecased as it is, as _PyUnicode_ToTitleFull does.
CaseMapped map_one(std::uint32_t c, Mapping how) {
  CaseMapped out{{c, 0, 0}, 1};
  // A lone surrogate (a str may hold one) has no case mapping in any version.
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || !known_to_cpython(c)) return out;
  char16_t src[2];
  int32_t len = 0;
  U16_APPEND_UNSAFE(src, len, static_cast<UChar32>(c));
  char16_t dest[16];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = 0;
  switch (how) {
    case Mapping::Upper: n = icu::CaseMap::toUpper("", 0, src, len, dest, 16, nullptr, status); break;
    case Mapping::Lower: n = icu::CaseMap::toLower("", 0, src, len, dest, 16, nullptr, status); break;
    case Mapping::Title:
      n = icu::CaseMap::toTitle("", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT, nullptr, src, len,
                                dest, 16, nullptr, status);
      break;
    case Mapping::Fold: n = icu::CaseMap::fold(U_FOLD_CASE_DEFAULT, src, len, dest, 16, nullptr, status); break;
  }
  if (U_FAILURE(status)) return out;  // not reached: 16 units hold any mapping of one code point
  out.n = 0;
  for (int32_t i = 0; i < n && out.n < 3;) {
    UChar32 m;
    U16_NEXT_UNSAFE(dest, i, m);
    out.cp[out.n++] = static_cast<std::uint32_t>(m);
  }
  return out;
}

bool has(std::uint32_t c, UProperty property) {
  return c <= 0x10FFFF && known_to_cpython(c) && u_hasBinaryProperty(static_cast<UChar32>(c), property);
}

}  // namespace

CaseMapped to_upper_full(std::uint32_t c) { return map_one(c, Mapping::Upper); }
CaseMapped to_lower_full(std::uint32_t c) { return map_one(c, Mapping::Lower); }
CaseMapped to_title_full(std::uint32_t c) { return map_one(c, Mapping::Title); }
CaseMapped to_folded_full(std::uint32_t c) { return map_one(c, Mapping::Fold); }

bool is_upper(std::uint32_t c) { return has(c, UCHAR_UPPERCASE); }
bool is_lower(std::uint32_t c) { return has(c, UCHAR_LOWERCASE) && !lowercase_since_unicode_15(c); }
bool is_cased(std::uint32_t c) { return has(c, UCHAR_CASED) && !lowercase_since_unicode_15(c); }
bool is_case_ignorable(std::uint32_t c) { return has(c, UCHAR_CASE_IGNORABLE); }

bool is_title(std::uint32_t c) {
  return c <= 0x10FFFF && known_to_cpython(c) && u_charType(static_cast<UChar32>(c)) == U_TITLECASE_LETTER;
}

bool is_xid_start(std::uint32_t c) { return has(c, UCHAR_XID_START); }
bool is_xid_continue(std::uint32_t c) { return has(c, UCHAR_XID_CONTINUE); }

bool is_printable(std::uint32_t c) {
  if (c == ' ') return true;
  if (c > 0x10FFFF || !known_to_cpython(c)) return false;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return false;
    default:
      return true;
  }
}

bool is_decimal(std::uint32_t c) {
  return c <= 0x10FFFF && known_to_cpython(c) && u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
}

bool is_alnum(std::uint32_t c) {
  if (c > 0x10FFFF || !known_to_cpython(c)) return false;
  return u_isalpha(static_cast<UChar32>(c)) ||
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

bool is_space(std::uint32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  if (c > 0x10FFFF || !known_to_cpython(c)) return false;
  if (u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR) return true;
  UCharDirection bidi = u_charDirection(static_cast<UChar32>(c));
  return bidi == U_WHITE_SPACE_NEUTRAL || bidi == U_BLOCK_SEPARATOR || bidi == U_SEGMENT_SEPARATOR;
}

// Category Zl or bidirectional class B, and \v and \f besides: the ten code points where
// CPython 3.11's str.splitlines splits ("a\vb".splitlines() == ['a', 'b']).
bool is_linebreak(std::uint32_t c) {
  if (c == 0x0B || c == 0x0C) return true;
  if (c > 0x10FFFF || !known_to_cpython(c)) return false;
  return u_charType(static_cast<UChar32>(c)) == U_LINE_SEPARATOR ||
         u_charDirection(static_cast<UChar32>(c)) == U_BLOCK_SEPARATOR;
}

std::uint32_t lower_capital_sigma(const std::uint32_t* cps, std::size_t n, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && is_case_ignorable(cps[j - 1])) --j;
  bool final_sigma = j > 0 && is_cased(cps[j - 1]);
  if (final_sigma) {
    std::size_t k = i + 1;
    while (k < n && is_case_ignorable(cps[k])) ++k;
    final_sigma = k == n || !is_cased(cps[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

}  // namespace pyrt::detail
