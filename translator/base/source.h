// A loaded Python source file and source locations.
// Mirrors CPython's tokenizer conventions: 1-based lines, 0-based byte columns (col_offset).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace py2cpp::base {

class Diagnostics;

// A position in a source file: 1-based line, 0-based column counted in UTF-8 bytes,
// exactly like CPython's lineno/col_offset. Line 0 means "the whole file, no position".
struct SourceLoc {
  int line;
  int col;
};

// A half-open range [begin, end), like CPython's (lineno, col_offset)..(end_lineno, end_col_offset).
struct SourceRange {
  SourceLoc begin, end;
};

// The text of one source file. Newlines are normalized to "\n" on construction
// (CPython's tokenizer translates "\r\n" and "\r" the same way before tokenizing).
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The text of 1-based line `line` without its newline; empty if out of range.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

// Reads `path`. Reports (and returns nullopt for) an unreadable file, a NUL byte
// ("source code cannot contain null bytes") or invalid UTF-8 (CPython's
// "Non-UTF-8 code starting with ..."), each located. A leading UTF-8 BOM is dropped,
// as CPython's tokenizer does. A PEP 263 declaration (`# -*- coding: latin-1 -*-` on line 1,
// or on line 2 below a comment) of another encoding decodes the file to UTF-8 through ICU
// first; an encoding ICU lacks, bytes invalid in it, or a BOM with it give CPython's
// "encoding problem: NAME" / "encoding problem: NAME with BOM" at the declaration's line.
std::optional<SourceFile> load_source(const std::string& path, Diagnostics& diags);

// Same checks for text already in memory (used by load_source and by tests).
std::optional<SourceFile> make_source(std::string path, std::string text, Diagnostics& diags);

}  // namespace py2cpp::base
