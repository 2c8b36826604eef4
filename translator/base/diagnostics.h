// Diagnostics collected by every phase and printed by the driver, clang-style:
// `FILE:LINE:COL: error: MESSAGE`, the source line, then a caret line `^~~~`.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace py2cpp::base {

// Every fixed-wording diagnostic, generated from diag_kinds.def.
enum class DiagKind {
#define PY2CPP_DIAG(kind, format) kind,
#include "base/diag_kinds.def"
#undef PY2CPP_DIAG
};

// The format string of `kind` ("{}" marks an argument).
std::string_view diag_format(DiagKind kind);
// The format of `kind` with each "{}" replaced by the next of `args`.
std::string diag_message(DiagKind kind, std::initializer_list<std::string_view> args = {});

enum class DiagSeverity { Error, Note };

struct Diagnostic {
  DiagSeverity severity;
  SourceRange range;  // range.begin.line == 0: about the whole file, printed without position
  std::string message;
};

class Diagnostics {
 public:
  void error(SourceRange range, std::string message);
  void error(SourceRange range, DiagKind kind, std::initializer_list<std::string_view> args = {});
  // A note belongs to the error reported just before it and is printed right after it.
  void note(SourceRange range, std::string message);
  // The one helper for unsupported constructs: "<construct> is not supported yet".
  void not_supported(SourceRange range, std::string_view construct);

  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return diags_; }

  // Prints every diagnostic, errors sorted by location (stable), each followed by its notes:
  //   FILE:LINE:COL: error: MESSAGE      (COL is 1-based: col + 1)
  //   <the source line>
  //   <spaces>^~~~                       (spanning the range on that line)
  void print(std::ostream& out, const SourceFile& file) const;

 private:
  std::vector<Diagnostic> diags_;
  std::size_t error_count_ = 0;
};

}  // namespace py2cpp::base
