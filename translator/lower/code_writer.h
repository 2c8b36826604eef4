// Accumulates generated C++ with indentation and `#line` directives that map
// each statement back to its line in the .py.
#pragma once

#include <string>
#include <string_view>

namespace py2cpp::lower {

class CodeWriter {
 public:
  CodeWriter(std::string filename, bool line_directives)
      : filename_(std::move(filename)), line_directives_(line_directives) {}

  /// Writes one line at the current indentation.
  void line(std::string_view text);
  /// Opens `{` after `head` and indents; close() dedents and writes `}`.
  void open(std::string_view head);
  void close(std::string_view tail = "}");
  /// Maps the following lines to `py_line` of the source.
  void at(int py_line);
  /// Appends text written elsewhere (already indented relative to this one).
  void append(const CodeWriter& other);
  /// Appends text written one level deeper, moved out one level.
  void append_dedented(const CodeWriter& other);

  bool empty() const { return text_.empty(); }
  const std::string& text() const { return text_; }
  int indent() const { return indent_; }
  void set_indent(int n) { indent_ = n; }

 private:
  std::string filename_;
  bool line_directives_;
  std::string text_;
  int indent_ = 0;
  int last_line_ = -1;
};

}  // namespace py2cpp::lower
