// Unicode properties the translator needs to mirror CPython 3.11, answered by ICU but limited
// to Unicode 14.0, the version of CPython 3.11's unicodedata (ICU 72 knows Unicode 15.0).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace py2cpp::base {

// The Unicode version CPython 3.11's unicodedata.unidata_version reports.
inline constexpr int kUnicodeMajor = 14;

/// Whether code point `cp` (any value up to 0x10FFFF, surrogates included) is printable in
/// the sense of CPython 3.11's str.isprintable() (Tools/unicode/makeunicodedata.py: space, or
/// a category outside C* and Z*), which repr() uses to decide what to escape. Code points
/// assigned after Unicode 14.0 count as unassigned (Cn), so they are not printable. Never throws.
bool is_printable(std::uint32_t cp);

/// The code point named `name` in a "\N{name}" escape, or nullopt when CPython 3.11 has no such
/// name. Mirrors Modules/unicodedata.c _getcode with named sequences excluded: case-insensitive
/// character names, the algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE ..."
/// names, and the correction aliases of NameAliases.txt. ICU lacks the control, abbreviation,
/// alternate and figment aliases CPython also accepts (\N{LINE FEED}, \N{NBSP}, \N{BOM}, ...),
/// so those return nullopt. Never throws.
std::optional<std::uint32_t> code_point_from_name(std::string_view name);

/// `utf8` in Normalization Form KC, as CPython's tokenizer normalizes every non-ASCII identifier
/// (Parser/pegen.c _PyPegen_new_identifier calls unicodedata.normalize('NFKC', ...)). Input must
/// be valid UTF-8; ASCII text is returned unchanged. Throws std::runtime_error if ICU fails.
std::string nfkc(std::string_view utf8);

/// `bytes` decoded from the codec `encoding` to UTF-8, for a PEP 263 coding declaration, or
/// nullopt when ICU has no converter of that name or the bytes are invalid in it. Names are
/// matched as CPython's tokenizer (get_normal_name) and ICU's alias table do: case, '-' and '_'
/// are ignored. Never throws except std::bad_alloc.
std::optional<std::string> decode_to_utf8(std::string_view bytes, std::string_view encoding);

}  // namespace py2cpp::base
