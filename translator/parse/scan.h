// Internal to parse/: the checks CPython's tokenizer makes before the parser sees a token
// (Parser/tokenizer.c): brackets, string termination, indentation.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/source.h"

namespace py2cpp::parse {

struct TokenError {
  base::SourceRange range;
  std::string message;
  // Errors CPython's parser (not its tokenizer) reports lose to an earlier syntax error.
  bool from_parser = false;
};

struct ScanResult {
  // The first tokenizer-level error, if any.
  std::optional<TokenError> error;
  // Byte offsets of the newlines that end a logical line (outside brackets and strings, not
  // after a backslash): CPython's NEWLINE tokens. tree-sitter-python treats other newlines
  // as whitespace, so the builders check statements against these.
  std::vector<std::size_t> logical_newlines;
  // Byte ranges [first, second) of the newlines and comments inside brackets (outside
  // strings): whitespace to CPython's tokenizer, which emits no NEWLINE, INDENT or DEDENT there.
  std::vector<std::pair<std::size_t, std::size_t>> bracket_blanks;
  // Byte offsets of the '*' of star_expressions outside brackets that star something other than
  // a name (`x = *a, *[1]`, `return *"ab",`): after ',', '=', `return`, `yield`, `in` or at the
  // start of a logical line, and not followed by a name, '*' or '='.
  std::vector<std::size_t> bare_stars;
};

// Scans `source` once. Linear time, no recursion.
ScanResult scan_tokens(const base::SourceFile& source);

}  // namespace py2cpp::parse
