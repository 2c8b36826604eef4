// Universal-newline handling shared by StringIO, IncrementalNewlineDecoder and TextIOWrapper:
// the state of CPython 3.11's nldecoder_object (Modules/_io/textio.c) and
// _PyIO_find_line_ending, over text held as code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt::detail {

/// Text as code points, so that positions count as CPython's do.
using CodePoints = std::u32string;

/// The code points of str `s`; `text_of` is the reverse, a new str.
CodePoints code_points(const Object& s);
Object text_of(std::u32string_view text);

/// IncrementalNewlineDecoder's own state (without a wrapped decoder): whether it translates
/// "\r\n" and "\r" to "\n", a "\r" held back until the next input shows whether "\n" follows,
/// and the kinds of newline seen.
struct NewlineDecoderState {
  static constexpr int kLF = 1, kCR = 2, kCRLF = 4;
  bool translate = false;
  bool pendingcr = false;
  int seennl = 0;

  /// _PyIncrementalNewlineDecoder_decode after the wrapped decoder: prepends a pending "\r",
  /// holds back a final "\r" unless `final`, records the newlines and translates them.
  CodePoints decode(CodePoints input, bool final);
  /// The `newlines` attribute: None, one of "\r", "\n", "\r\n", or a tuple of those seen.
  Object newlines() const;
};

/// How a reader splits lines (TextIOWrapper's and StringIO's readtranslate, readuniversal and
/// readnl).
struct LineEnding {
  bool translated = false;  ///< newlines are already "\n"
  bool universal = false;   ///< any of "\n", "\r", "\r\n" ends a line
  CodePoints readnl;        ///< otherwise this one ends a line
};

/// _PyIO_find_line_ending: the length of the first line of `text` including its line ending,
/// or npos when `text` holds no complete line; `consumed` then says how much may be skipped
/// before searching again (a final "\r" may still become "\r\n").
std::size_t find_line_ending(const LineEnding& ending, std::u32string_view text, std::size_t& consumed);

}  // namespace pyrt::detail
