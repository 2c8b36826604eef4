// Internal interface of the native `_sre` module: the compiled code's opcodes as
// Lib/re/_constants.py numbers them, the matching state, and the engine's entry points.
// Mirrors Modules/_sre/sre.h, sre_constants.h and the SRE_STATE of sre.c (CPython 3.11).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt::sre {

/// One word of compiled code (SRE_CODE; _sre.CODESIZE is its size).
using Code = std::uint32_t;

/// _constants.MAGIC: re/_compiler.py asserts the engine speaks its code layout.
inline constexpr int kMagic = 20220615;
/// SRE_MAXREPEAT: a repeat's "no upper bound".
inline constexpr Code kMaxRepeat = 0xFFFFFFFFu;
/// SRE_MAXGROUPS (INT32_MAX / 2 on a 64-bit build).
inline constexpr std::int64_t kMaxGroups = 0x3FFFFFFF;

/// The opcodes, numbered as _constants.OPCODES enumerates them.
enum Op : Code {
  kFailure, kSuccess, kAny, kAnyAll, kAssert, kAssertNot, kAt, kBranch, kCategory, kCharset,
  kBigCharset, kGroupref, kGrouprefExists, kIn, kInfo, kJump, kLiteral, kMark, kMaxUntil,
  kMinUntil, kNotLiteral, kNegate, kRange, kRepeat, kRepeatOne, kSubpattern, kMinRepeatOne,
  kAtomicGroup, kPossessiveRepeat, kPossessiveRepeatOne, kGrouprefIgnore, kInIgnore,
  kLiteralIgnore, kNotLiteralIgnore, kGrouprefLocIgnore, kInLocIgnore, kLiteralLocIgnore,
  kNotLiteralLocIgnore, kGrouprefUniIgnore, kInUniIgnore, kLiteralUniIgnore,
  kNotLiteralUniIgnore, kRangeUniIgnore,
};

/// The AT operands, as _constants.ATCODES.
enum AtCode : Code {
  kAtBeginning, kAtBeginningLine, kAtBeginningString, kAtBoundary, kAtNonBoundary, kAtEnd,
  kAtEndLine, kAtEndString, kAtLocBoundary, kAtLocNonBoundary, kAtUniBoundary, kAtUniNonBoundary,
};

/// The CATEGORY operands, as _constants.CHCODES.
enum CategoryCode : Code {
  kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord, kCatLinebreak,
  kCatNotLinebreak, kCatLocWord, kCatLocNotWord, kCatUniDigit, kCatUniNotDigit, kCatUniSpace,
  kCatUniNotSpace, kCatUniWord, kCatUniNotWord, kCatUniLinebreak, kCatUniNotLinebreak,
};

/// The SRE_FLAG_* bits of _constants.py that the engine reads.
inline constexpr std::int64_t kFlagTemplate = 1, kFlagIgnoreCase = 2, kFlagLocale = 4, kFlagMultiline = 8,
                              kFlagDotAll = 16, kFlagUnicode = 32, kFlagVerbose = 64, kFlagDebug = 128,
                              kFlagAscii = 256;

// ---- characters (sre_chars.cpp) -----------------------------------------------------------

/// sre_lower_ascii, sre_lower_locale, sre_upper_locale, sre_lower_unicode, sre_upper_unicode:
/// the one-code-point case mappings the IGNORECASE opcodes compare with. The locale ones
/// assume a UTF-8 or C locale, where no byte above 127 is a letter (CPython asks the C
/// library, which answers so in every locale Debian's python3 runs under by default).
std::uint32_t lower_ascii(std::uint32_t ch);
std::uint32_t lower_locale(std::uint32_t ch);
std::uint32_t upper_locale(std::uint32_t ch);
std::uint32_t lower_unicode(std::uint32_t ch);
std::uint32_t upper_unicode(std::uint32_t ch);
/// _sre.ascii_iscased / _sre.unicode_iscased.
bool ascii_iscased(std::uint32_t ch);
bool unicode_iscased(std::uint32_t ch);
/// sre_category: whether `ch` is in category `code` (a CategoryCode).
bool in_category(Code code, std::uint32_t ch);
/// SRE(charset): whether `ch` is in the set that starts at `set` (the words after IN, up to
/// its FAILURE).
bool in_charset(const Code* set, std::uint32_t ch);
/// The set test of IN_LOC_IGNORE (charset_loc_ignore): the lower case of `ch`, or its upper case.
bool in_charset_loc_ignore(const Code* set, std::uint32_t ch);

// ---- matching (sre_match.cpp) -------------------------------------------------------------

/// The text a pattern runs over: a str's code points, or a bytes-like object's bytes.
struct Subject {
  Object object;  ///< what the caller passed (Match.string)
  bool is_bytes = false;
  std::vector<std::uint32_t> chars;

  /// object[start:end] as an exact str or bytes (getslice in sre.c).
  Object slice(std::int64_t start, std::int64_t end) const;
};

/// A REPEAT in progress (SRE_REPEAT): the innermost one is State::repeat.
struct Repeat {
  std::int64_t count = -1;
  const Code* pattern = nullptr;  ///< the REPEAT's operands (skip, min, max, body)
  std::int64_t last_ptr = -1;     ///< where the last iteration started (zero-width guard)
  Repeat* prev = nullptr;
};

/// One match or search over a Subject (SRE_STATE). Positions are code-point indexes;
/// a mark of -1 is CPython's NULL mark.
struct State {
  State(std::shared_ptr<const Subject> subject, std::int64_t pos, std::int64_t endpos);

  std::shared_ptr<const Subject> subject;
  const std::uint32_t* text;  ///< state->beginning
  std::int64_t length;        ///< of the whole text
  std::int64_t start;         ///< where the current attempt began
  std::int64_t end;           ///< endpos: the engine reads nothing at or after it
  std::int64_t pos, endpos;   ///< the adjusted bounds Match.pos / Match.endpos report
  std::int64_t ptr;           ///< where the last success ended
  std::vector<std::int64_t> mark;
  std::int64_t lastmark = -1;
  std::int64_t lastindex = -1;
  Repeat* repeat = nullptr;
  bool match_all = false;     ///< fullmatch: SUCCESS at top level needs ptr == end
  bool must_advance = false;  ///< finditer/sub after an empty match: no empty match at start

  /// state_reset: forgets the groups of the previous attempt.
  void reset();
  /// Group `index`'s (start, end), or (-1, -1) when it did not take part (index >= 1).
  std::pair<std::int64_t, std::int64_t> group_span(std::int64_t index) const;
};

/// sre_match: whether `code` matches at state.start (state.ptr is then the end).
bool match(State& state, const Code* code);
/// sre_search: the first position from state.start where `code` matches (state.start,
/// state.ptr are then the match's bounds).
bool search(State& state, const Code* code);

// ---- objects (sre_pattern.cpp, sre_match_object.cpp, sre_scanner.cpp) ----------------------

/// A compiled pattern (PatternObject), the type re.Pattern.
struct PatternObject;

/// The type objects re.Pattern, re.Match and _sre.SRE_Scanner.
TypeObject* pattern_type();
TypeObject* match_type();
TypeObject* scanner_type();

/// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup).
Object compile(const CallArgs& args);
/// The Match of a successful attempt of `state` (pattern_new_match), or None.
Object new_match(const Object& pattern, const State& state, bool matched);
/// A scanner over `subject` between pos and endpos (pattern_scanner).
Object new_scanner(const Object& pattern, std::shared_ptr<const Subject> subject, std::int64_t pos,
                   std::int64_t endpos);

/// What the matching functions need of a pattern without seeing its layout.
const std::vector<Code>& pattern_code(const Object& pattern);
std::int64_t pattern_groups(const Object& pattern);
/// pattern.groupindex's dict and pattern.indexgroup's tuple.
const Object& pattern_groupindex(const Object& pattern);
const Object& pattern_indexgroup(const Object& pattern);
/// getstring + state_init's type check: the Subject for `string` (TypeError "expected string
/// or bytes-like object, got 'int'", "cannot use a string pattern on a bytes-like object").
std::shared_ptr<const Subject> subject_for(const Object& pattern, const Object& string);

/// The first `n` code points of UTF-8 `text`: PyUnicode_FromFormat's %.200R and %.50R, which
/// the reprs of Pattern and Match use.
std::string first_code_points(const std::string& text, std::size_t n);

/// Calls re.<name>(args...) in the translated package re (call(SRE_PY_MODULE, ...) of sre.c).
Object call_re(const char* name, std::initializer_list<Object> args);

}  // namespace pyrt::sre
