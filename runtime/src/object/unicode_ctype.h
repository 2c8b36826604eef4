// Case mappings and character properties of single code points as CPython
// 3.11's Objects/unicodectype.c answers them (Unicode 14.0), looked up in ICU.
// Internal: ICU's headers stay out of pyrt's public ones.
#pragma once

#include <cstdint>

namespace pyrt::detail {

/// The result of a full case mapping of one code point: 1 to 3 code points
/// (SpecialCasing.txt's longest mappings, "ΐ".upper() == "Ϊ́", have 3).
struct CaseMapped {
  std::uint32_t cp[3];
  int n;
};

/// Full case mappings of one code point, as CPython's _PyUnicode_ToUpperFull,
/// _PyUnicode_ToLowerFull, _PyUnicode_ToTitleFull and _PyUnicode_ToFoldedFull:
/// UnicodeData.txt plus SpecialCasing.txt's unconditional mappings ("ß" ->
/// "SS", "ﬁ" -> "FI", "İ" -> "i̇") and CaseFolding.txt's C and F entries, never
/// a language-specific one. to_lower_full maps U+03A3 to U+03C3: the Final_Sigma
/// context is the caller's (CPython's handle_capital_sigma). Code points that
/// Unicode 14.0 had not assigned map to themselves, as in CPython 3.11 (ICU 72
/// knows Unicode 15.0). Any value up to 0x10FFFF, surrogates included; never throws.
CaseMapped to_upper_full(std::uint32_t c);
CaseMapped to_lower_full(std::uint32_t c);
CaseMapped to_title_full(std::uint32_t c);
CaseMapped to_folded_full(std::uint32_t c);

/// The flags of CPython's _PyUnicode_TypeRecord behind str.isupper/islower/
/// istitle and the case algorithms: the derived properties Uppercase,
/// Lowercase, Cased and Case_Ignorable, and the category Lt for is_title;
/// all false for code points assigned after Unicode 14.0. Never throw.
bool is_upper(std::uint32_t c);
bool is_lower(std::uint32_t c);
bool is_title(std::uint32_t c);
bool is_cased(std::uint32_t c);
bool is_case_ignorable(std::uint32_t c);

/// _PyUnicode_IsXidStart / _PyUnicode_IsXidContinue (str.isidentifier) and
/// _PyUnicode_IsPrintable (str.isprintable, repr): printable is the space and
/// every category outside C* and Z* (makeunicodedata.py's PRINTABLE_MASK).
/// False for code points assigned after Unicode 14.0. Never throw.
bool is_xid_start(std::uint32_t c);
bool is_xid_continue(std::uint32_t c);
bool is_printable(std::uint32_t c);

/// Py_UNICODE_ISDECIMAL (general category Nd), Py_UNICODE_ISALNUM (a letter, or any
/// Numeric_Type: Decimal, Digit or Numeric), Py_UNICODE_ISSPACE (the ASCII whitespace table
/// below 128, else bidirectional class WS, B or S or category Zs) and Py_UNICODE_ISLINEBREAK
/// (bidirectional class B or category Zl, plus \v and \f): the classes behind re's \d, \w, \s.
/// False for code points assigned after Unicode 14.0. Never throw.
bool is_decimal(std::uint32_t c);
bool is_alnum(std::uint32_t c);
bool is_space(std::uint32_t c);
bool is_linebreak(std::uint32_t c);

/// CPython's handle_capital_sigma (Objects/unicodeobject.c): the lowercase of
/// U+03A3 at index `i` of `cps` (length `n`), U+03C2 (final sigma) when a cased
/// code point precedes it and none follows, skipping case-ignorable ones
/// (Unicode's Final_Sigma condition), else U+03C3.
std::uint32_t lower_capital_sigma(const std::uint32_t* cps, std::size_t n, std::size_t i);

}  // namespace pyrt::detail
