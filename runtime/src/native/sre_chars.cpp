// The character tests of the `_sre` engine: case mappings, categories (\d \w \s and their
// ASCII, locale and Unicode forms) and character sets. Mirrors the sre_lower_* / sre_category /
// SRE(charset) functions of Modules/_sre/sre.c and sre_lib.h (CPython 3.11).
#include "sre.h"

#include "../object/unicode_ctype.h"

namespace pyrt::sre {

namespace {

bool ascii_alpha(std::uint32_t ch) { return (ch | 32) >= 'a' && (ch | 32) <= 'z'; }
bool ascii_digit(std::uint32_t ch) { return ch >= '0' && ch <= '9'; }
bool ascii_space(std::uint32_t ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
// SRE_IS_WORD: ASCII letters, digits and the underscore.
bool ascii_word(std::uint32_t ch) { return ch < 128 && (ascii_alpha(ch) || ascii_digit(ch) || ch == '_'); }
bool uni_word(std::uint32_t ch) { return detail::is_alnum(ch) || ch == '_'; }

// One bit of a bitmap of 32-bit words, bit `i` counted from the low bit of word 0 (the
// layout _compiler._mk_bitmap builds).
bool bit(const Code* words, std::uint32_t i) { return (words[i / 32] >> (i % 32)) & 1u; }

// The block number of the high byte `hi` in a BIGCHARSET's 256-byte index, which
// _compiler._bytes_to_codes packed into words in native (little-endian) byte order.
std::uint32_t block_of(const Code* index, std::uint32_t hi) { return (index[hi / 4] >> (8 * (hi % 4))) & 0xFFu; }

}  // namespace

std::uint32_t lower_ascii(std::uint32_t ch) { return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
std::uint32_t lower_locale(std::uint32_t ch) { return lower_ascii(ch); }
std::uint32_t upper_locale(std::uint32_t ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

// _PyUnicode_ToLowercase / _PyUnicode_ToUppercase: the first code point of the full mapping,
// which is what CPython's type records keep for a character with a special casing.
std::uint32_t lower_unicode(std::uint32_t ch) { return detail::to_lower_full(ch).cp[0]; }
std::uint32_t upper_unicode(std::uint32_t ch) { return detail::to_upper_full(ch).cp[0]; }

bool ascii_iscased(std::uint32_t ch) { return ch < 128 && ascii_alpha(ch); }
bool unicode_iscased(std::uint32_t ch) { return ch != lower_unicode(ch) || ch != upper_unicode(ch); }

bool in_category(Code code, std::uint32_t ch) {
  switch (code) {
    case kCatDigit: return ascii_digit(ch);
    case kCatNotDigit: return !ascii_digit(ch);
    case kCatSpace: return ascii_space(ch);
    case kCatNotSpace: return !ascii_space(ch);
    case kCatWord: return ascii_word(ch);
    case kCatNotWord: return !ascii_word(ch);
    case kCatLinebreak: return ch == '\n';
    case kCatNotLinebreak: return ch != '\n';
    // A byte above 127 is no letter in the locales sre_lower_locale assumes.
    case kCatLocWord: return ascii_word(ch);
    case kCatLocNotWord: return !ascii_word(ch);
    case kCatUniDigit: return detail::is_decimal(ch);
    case kCatUniNotDigit: return !detail::is_decimal(ch);
    case kCatUniSpace: return detail::is_space(ch);
    case kCatUniNotSpace: return !detail::is_space(ch);
    case kCatUniWord: return uni_word(ch);
    case kCatUniNotWord: return !uni_word(ch);
    case kCatUniLinebreak: return detail::is_linebreak(ch);
    case kCatUniNotLinebreak: return !detail::is_linebreak(ch);
  }
  return false;
}

bool in_charset(const Code* set, std::uint32_t ch) {
  bool ok = true;
  for (;;) {
    switch (*set++) {
      case kFailure: return !ok;
      case kLiteral:
        if (ch == set[0]) return ok;
        ++set;
        break;
      case kCategory:
        if (in_category(set[0], ch)) return ok;
        ++set;
        break;
      case kCharset:
        if (ch < 256 && bit(set, ch)) return ok;
        set += 256 / 32;
        break;
      case kRange:
        if (set[0] <= ch && ch <= set[1]) return ok;
        set += 2;
        break;
      case kRangeUniIgnore: {
        if (set[0] <= ch && ch <= set[1]) return ok;
        std::uint32_t upper = upper_unicode(ch);
        if (set[0] <= upper && upper <= set[1]) return ok;
        set += 2;
        break;
      }
      case kNegate: ok = !ok; break;
      case kBigCharset: {
        // <BIGCHARSET> <block count> <256 block numbers, as 64 words> <blocks of 256 bits>
        Code count = *set++;
        const Code* blocks = set + 256 / 4;
        if (ch < 0x10000u && bit(blocks + block_of(set, ch >> 8) * (256 / 32), ch & 255u)) return ok;
        set = blocks + count * (256 / 32);
        break;
      }
      default: return false;  // the compiler emits no other opcode inside a set
    }
  }
}

bool in_charset_loc_ignore(const Code* set, std::uint32_t ch) {
  std::uint32_t lower = lower_locale(ch);
  if (in_charset(set, lower)) return true;
  std::uint32_t upper = upper_locale(ch);
  return upper != lower && in_charset(set, upper);
}

}  // namespace pyrt::sre
