// Collecting and printing diagnostics (clang's layout: location, source line, caret).
#include "base/diagnostics.h"

#include <algorithm>
#include <ostream>

namespace py2cpp::base {

namespace {

constexpr std::string_view kFormats[] = {
#define PY2CPP_DIAG(kind, format) format,
#include "base/diag_kinds.def"
#undef PY2CPP_DIAG
};

bool loc_less(SourceLoc a, SourceLoc b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

// Display width of the first `bytes` bytes of `line`: one column per code point.
std::size_t display_width(std::string_view line, std::size_t bytes) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < bytes && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++width;
  }
  return width;
}

void print_one(std::ostream& out, const Diagnostic& d, const SourceFile& file) {
  const char* severity = d.severity == DiagSeverity::Error ? "error" : "note";
  if (d.range.begin.line <= 0) {
    out << file.path() << ": " << severity << ": " << d.message << "\n";
    return;
  }
  out << file.path() << ":" << d.range.begin.line << ":" << d.range.begin.col + 1 << ": " << severity << ": "
      << d.message << "\n";
  if (d.range.begin.line > file.line_count()) return;
  std::string_view line = file.line_text(d.range.begin.line);
  out << line << "\n";
  std::size_t begin = static_cast<std::size_t>(std::max(d.range.begin.col, 0));
  std::size_t end = d.range.end.line == d.range.begin.line ? static_cast<std::size_t>(std::max(d.range.end.col, 0))
                                                          : line.size();
  begin = std::min(begin, line.size());
  end = std::min(std::max(end, begin), line.size());
  // Keep tabs in the indent so the caret lines up with the source line in a terminal.
  std::string caret;
  for (std::size_t i = 0; i < begin; ++i) {
    if (line[i] == '\t') {
      caret += '\t';
    } else if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
      caret += ' ';
    }
  }
  caret += '^';
  std::size_t width = display_width(line.substr(begin), end - begin);
  if (width > 1) caret.append(width - 1, '~');
  out << caret << "\n";
}

}  // namespace

std::string_view diag_format(DiagKind kind) { return kFormats[static_cast<std::size_t>(kind)]; }

std::string diag_message(DiagKind kind, std::initializer_list<std::string_view> args) {
  std::string_view format = diag_format(kind);
  std::string out;
  auto arg = args.begin();
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 1 < format.size() && format[i + 1] == '}' && arg != args.end()) {
      out += *arg++;
      ++i;
    } else {
      out += format[i];
    }
  }
  return out;
}

void Diagnostics::error(SourceRange range, std::string message) {
  diags_.push_back({DiagSeverity::Error, range, std::move(message)});
  ++error_count_;
}

void Diagnostics::error(SourceRange range, DiagKind kind, std::initializer_list<std::string_view> args) {
  error(range, diag_message(kind, args));
}

void Diagnostics::note(SourceRange range, std::string message) {
  diags_.push_back({DiagSeverity::Note, range, std::move(message)});
}

void Diagnostics::not_supported(SourceRange range, std::string_view construct) {
  error(range, DiagKind::NotSupported, {construct});
}

void Diagnostics::print(std::ostream& out, const SourceFile& file) const {
  // Group each error with the notes after it, then order the groups by the error's location.
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // [first, last) into diags_
  for (std::size_t i = 0; i < diags_.size(); ++i) {
    if (diags_[i].severity == DiagSeverity::Note && !groups.empty()) {
      groups.back().second = i + 1;
    } else {
      groups.push_back({i, i + 1});
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
    return loc_less(diags_[a.first].range.begin, diags_[b.first].range.begin);
  });
  for (const auto& [first, last] : groups) {
    for (std::size_t i = first; i < last; ++i) print_one(out, diags_[i], file);
  }
}

}  // namespace py2cpp::base
