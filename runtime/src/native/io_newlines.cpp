// Universal newlines for _io (io_newlines.h): CPython 3.11's IncrementalNewlineDecoder state
// machine and _PyIO_find_line_ending (Modules/_io/textio.c).
#include "io_newlines.h"

#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt::detail {

CodePoints code_points(const Object& s) {
  std::string_view utf8 = str_view(s);
  CodePoints out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out.push_back(utf8_decode(utf8, i));
  return out;
}

Object text_of(std::u32string_view text) {
  std::string utf8;
  utf8.reserve(text.size());
  for (char32_t c : text) utf8_append(utf8, c);
  return str_from(std::move(utf8));
}

CodePoints NewlineDecoderState::decode(CodePoints input, bool final) {
  if (pendingcr && (final || !input.empty())) {
    input.insert(input.begin(), U'\r');
    pendingcr = false;
  }
  if (!final && !input.empty() && input.back() == U'\r') {
    input.pop_back();
    pendingcr = true;
  }
  CodePoints out;
  out.reserve(input.size());
  for (std::size_t i = 0; i < input.size(); ++i) {
    char32_t c = input[i];
    if (c == U'\n') {
      seennl |= kLF;
    } else if (c == U'\r' && i + 1 < input.size() && input[i + 1] == U'\n') {
      seennl |= kCRLF;
      ++i;
      if (translate) {
        out.push_back(U'\n');
      } else {
        out += U"\r\n";
      }
      continue;
    } else if (c == U'\r') {
      seennl |= kCR;
      if (translate) c = U'\n';
    }
    out.push_back(c);
  }
  return out;
}

Object NewlineDecoderState::newlines() const {
  Object cr = str_from("\r"), lf = str_from("\n"), crlf = str_from("\r\n");
  switch (seennl) {
    case kLF: return lf;
    case kCR: return cr;
    case kCR | kLF: return tuple_of({cr, lf});
    case kCRLF: return crlf;
    case kLF | kCRLF: return tuple_of({lf, crlf});
    case kCR | kCRLF: return tuple_of({cr, crlf});
    case kCR | kLF | kCRLF: return tuple_of({cr, lf, crlf});
    default: return Object::none();
  }
}

std::size_t find_line_ending(const LineEnding& ending, std::u32string_view text, std::size_t& consumed) {
  constexpr std::size_t npos = std::u32string_view::npos;
  if (ending.translated) {
    std::size_t i = text.find(U'\n');
    consumed = text.size();
    return i == npos ? npos : i + 1;
  }
  if (ending.universal) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == U'\n') return i + 1;
      if (text[i] != U'\r') continue;
      if (i + 1 == text.size()) {
        consumed = i;  // the "\r" may yet be followed by "\n"
        return npos;
      }
      return text[i + 1] == U'\n' ? i + 2 : i + 1;
    }
    consumed = text.size();
    return npos;
  }
  std::size_t i = text.find(ending.readnl);
  if (i != npos) return i + ending.readnl.size();
  consumed = text.size() < ending.readnl.size() ? 0 : text.size() - ending.readnl.size() + 1;
  return npos;
}

}  // namespace pyrt::detail
