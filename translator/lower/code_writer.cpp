// CodeWriter: indentation and #line bookkeeping for generated C++.
#include "lower/code_writer.h"

namespace py2cpp::lower {

void CodeWriter::line(std::string_view text) {
  text_.append(static_cast<std::size_t>(indent_) * 2, ' ');
  text_.append(text);
  text_.push_back('\n');
}

void CodeWriter::open(std::string_view head) {
  line(std::string(head) + (head.empty() ? "{" : " {"));
  ++indent_;
}

void CodeWriter::close(std::string_view tail) {
  --indent_;
  line(tail);
}

void CodeWriter::at(int py_line) {
  if (!line_directives_ || py_line <= 0 || py_line == last_line_) return;
  last_line_ = py_line;
  text_ += "#line " + std::to_string(py_line) + " \"" + filename_ + "\"\n";
}

void CodeWriter::append(const CodeWriter& other) { text_ += other.text_; }

void CodeWriter::append_dedented(const CodeWriter& other) {
  std::size_t start = 0;
  const std::string& t = other.text_;
  while (start < t.size()) {
    std::size_t end = t.find('\n', start);
    if (end == std::string::npos) end = t.size();
    std::size_t skip = t.compare(start, 2, "  ") == 0 ? 2 : 0;
    text_.append(t, start + skip, end - start - skip);
    text_.push_back('\n');
    start = end + 1;
  }
}

}  // namespace py2cpp::lower
