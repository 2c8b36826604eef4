// Internal to parse/: the checks CPython's tokenizer makes before the parser sees a token
// (Parser/tokenizer.c): brackets, string termination, indentation.
#pragma once

#include <optional>
#include <string>

#include "base/source.h"

namespace py2cpp::parse {

struct TokenError {
  base::SourceRange range;
  std::string message;
  // Errors CPython's parser (not its tokenizer) reports lose to an earlier syntax error.
  bool from_parser = false;
};

// The first tokenizer-level error in `source`, if any. Linear time, no recursion.
std::optional<TokenError> scan_tokens(const base::SourceFile& source);

}  // namespace py2cpp::parse
