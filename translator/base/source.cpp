// Loading a source file with the checks CPython's tokenizer makes before parsing
// (Parser/tokenizer.c: PEP 263 coding declarations, NUL bytes, UTF-8, the BOM).
#include "base/source.h"

#include <algorithm>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/diagnostics.h"
#include "base/unicode.h"

namespace py2cpp::base {

namespace {

// "\r\n" and lone "\r" become "\n", as CPython's tokenizer translates them (translate_newlines).
std::string normalize_newlines(std::string text) {
  // std::find rather than text.find('\r'): g++ 12.2.0 at -O2 reports a bogus
  // -Wmaybe-uninitialized inside char_traits::find here (reproduced on the CI
  // image; one of GCC 12's std::string false positives, cf. GCC PR 105616).
  if (std::find(text.begin(), text.end(), '\r') == text.end()) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Length of the valid UTF-8 sequence at text[i], or 0 if it is invalid (overlong forms,
// surrogates and values past U+10FFFF are invalid, as in CPython's strict decoder).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned min;
  unsigned cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// A PEP 263 coding declaration: the encoding's name as CPython reports it, and its line.
struct CodingSpec {
  std::string name;
  int line;
};

// Parser/tokenizer.c get_normal_name: utf-8 and latin-1 spellings to their canonical names.
std::string normal_encoding_name(const std::string& name) {
  std::string lower;
  for (std::size_t i = 0; i < name.size() && i < 12; ++i) {
    char c = name[i];
    lower += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  auto starts = [&](std::string_view p) { return lower.compare(0, p.size(), p) == 0; };
  if (lower == "utf-8" || starts("utf-8-")) return "utf-8";
  if (lower == "latin-1" || lower == "iso-8859-1" || lower == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-")) {
    return "iso-8859-1";
  }
  return name;
}

// Parser/tokenizer.c check_coding_spec/get_coding_spec: `coding[:=]\s*([-\w.]+)` in a comment
// that is alone on line 1, or on line 2 when line 1 holds nothing but a comment or blanks.
std::optional<CodingSpec> find_coding_spec(std::string_view text) {
  std::size_t start = 0;
  for (int line = 1; line <= 2 && start < text.size(); ++line) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view s = text.substr(start, end - start);
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f')) ++i;
    if (i < s.size() && s[i] != '#') return std::nullopt;  // code: no declaration below either
    for (std::size_t k = s.find("coding", i); k != std::string_view::npos; k = s.find("coding", k + 1)) {
      std::size_t t = k + 6;
      if (t >= s.size() || (s[t] != ':' && s[t] != '=')) continue;
      do {
        ++t;
      } while (t < s.size() && (s[t] == ' ' || s[t] == '\t'));
      std::size_t b = t;
      while (t < s.size() && (std::isalnum(static_cast<unsigned char>(s[t])) || s[t] == '-' || s[t] == '_' || s[t] == '.')) ++t;
      if (t > b) return CodingSpec{normal_encoding_name(std::string(s.substr(b, t - b))), line};
    }
    start = end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? end + 2 : end + 1;
  }
  return std::nullopt;
}

SourceLoc loc_of_offset(std::string_view text, std::size_t offset) {
  SourceLoc loc{1, 0};
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++loc.line;
      loc.col = 0;
    } else {
      ++loc.col;
    }
  }
  return loc;
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(normalize_newlines(std::move(text))) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t begin = line_starts_[line - 1];
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(begin, end - begin);
}

std::optional<SourceFile> make_source(std::string path, std::string text, Diagnostics& diags) {
  // Parser/tokenizer.c drops a UTF-8 BOM; columns on line 1 do not count it.
  bool bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0;
  if (bom) text.erase(0, 3);
  // A coding declaration other than utf-8 decodes the whole file first, as CPython's tokenizer
  // does; its messages are those of `python3 FILE` (ast.parse says "unknown encoding" instead).
  if (std::optional<CodingSpec> spec = find_coding_spec(text); spec && spec->name != "utf-8") {
    SourceRange at{{spec->line, 0}, {spec->line, 0}};
    if (bom) {
      diags.error(at, DiagKind::EncodingWithBom, {spec->name});
      return std::nullopt;
    }
    std::optional<std::string> decoded = decode_to_utf8(text, spec->name);
    if (!decoded) {
      diags.error(at, DiagKind::EncodingProblem, {spec->name});
      return std::nullopt;
    }
    text = std::move(*decoded);
  }
  if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
    SourceLoc at = loc_of_offset(text, nul);
    diags.error({at, {at.line, at.col + 1}}, DiagKind::NullBytes);
    return std::nullopt;
  }
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) {
      SourceLoc at = loc_of_offset(text, i);
      char hex[3];
      std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(text[i]));
      std::string line = std::to_string(at.line);
      diags.error({at, {at.line, at.col + 1}}, DiagKind::NonUtf8, {hex, path, line});
      return std::nullopt;
    }
    i += n;
  }
  return SourceFile(std::move(path), std::move(text));
}

std::optional<SourceFile> load_source(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.error({{0, 0}, {0, 0}}, DiagKind::CannotOpenFile,
                {path, "[Errno " + std::to_string(EISDIR) + "] " + std::strerror(EISDIR)});
    return std::nullopt;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int err = errno ? errno : ENOENT;
    std::string reason = "[Errno " + std::to_string(err) + "] " + std::strerror(err);
    diags.error({{0, 0}, {0, 0}}, DiagKind::CannotOpenFile, {path, reason});
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    int err = errno ? errno : EIO;
    std::string reason = "[Errno " + std::to_string(err) + "] " + std::strerror(err);
    diags.error({{0, 0}, {0, 0}}, DiagKind::CannotOpenFile, {path, reason});
    return std::nullopt;
  }
  return make_source(path, std::move(buffer).str(), diags);
}

}  // namespace py2cpp::base
