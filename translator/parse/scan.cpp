// A small re-implementation of the error checks in CPython's tokenizer (Parser/tokenizer.c
// tok_get): bracket nesting (MAXLEVEL 200), unmatched and mismatched brackets, unterminated
// strings, indentation (MAXINDENT 100, "unindent does not match"), plus the parser's
// "expected an indented block after ..." and "unexpected indent". tree-sitter recovers from
// these silently, so they are found here first.
#include "parse/scan.h"

#include <vector>

#include "base/diagnostics.h"

namespace py2cpp::parse {

namespace {

constexpr int kMaxLevel = 200;   // Parser/tokenizer.h MAXLEVEL
constexpr int kMaxIndent = 100;  // Parser/tokenizer.h MAXINDENT

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

bool is_string_prefix(std::string_view w) {
  if (w.size() > 2) return false;
  bool r = false, b = false, f = false, u = false;
  for (char c : w) {
    switch (c | 0x20) {
      case 'r': if (r) return false; r = true; break;
      case 'b': if (b) return false; b = true; break;
      case 'f': if (f) return false; f = true; break;
      case 'u': if (u) return false; u = true; break;
      default: return false;
    }
  }
  return !(u && (r || b || f)) && !(b && f);
}

char closer_of(char open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

// What CPython calls the block a header line opens ("'if' statement", "function definition").
std::string block_kind(const std::string& first, const std::string& second) {
  if (first == "def" || (first == "async" && second == "def")) return "function definition";
  if (first == "class") return "class definition";
  if (first == "async" && (second == "for" || second == "with")) return "'" + second + "' statement";
  if (first == "except" && second == "*") return "'except*' statement";
  static const char* kStatements[] = {"if", "elif", "else", "while", "for", "with", "try", "except", "finally", "match", "case"};
  for (const char* k : kStatements) {
    if (first == k) return "'" + first + "' statement";
  }
  return {};
}

struct Bracket {
  char c;
  int line, col;
};

}  // namespace

ScanResult scan_tokens(const base::SourceFile& source) {
  ScanResult result;
  std::string_view s = source.text();
  std::size_t i = 0;
  int line = 1;
  std::size_t line_start = 0;
  auto col = [&]() { return static_cast<int>(i - line_start); };
  auto error = [&](int l, int c, int end_c, std::string msg, bool from_parser = false) {
    result.error = TokenError{{{l, c}, {l, end_c}}, std::move(msg), from_parser};
    return std::move(result);
  };
  std::vector<Bracket> brackets;
  std::vector<int> indents{0};
  bool at_line_start = true;
  // The logical line being read, and the last complete one.
  std::string first_word, second_token;
  int tokens = 0;
  bool ends_with_colon = false;
  bool prev_opens_block = false;
  std::string prev_kind;
  int prev_line = 0;
  int logical_start_line = 1;
  std::string last_token;
  auto note_token = [&](std::string_view tok) {
    if (tokens == 0) first_word = std::string(tok);
    if (tokens == 1) second_token = std::string(tok);
    ++tokens;
    last_token = std::string(tok);
  };
  auto end_logical_line = [&]() {
    if (tokens > 0) {
      prev_opens_block = ends_with_colon;
      prev_kind = block_kind(first_word, second_token);
      prev_line = logical_start_line;
    }
    tokens = 0;
    ends_with_colon = false;
    first_word.clear();
    second_token.clear();
  };

  while (i < s.size()) {
    if (at_line_start && brackets.empty()) {
      // Measure indentation as CPython does: tabs to the next multiple of 8, form feed resets.
      int width = 0;
      std::size_t j = i;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\f')) {
        width = s[j] == ' ' ? width + 1 : s[j] == '\t' ? (width / 8 + 1) * 8 : 0;
        ++j;
      }
      if (j >= s.size() || s[j] == '#' || s[j] == '\n' || (s[j] == '\\' && j + 1 < s.size() && s[j + 1] == '\n')) {
        // Blank and comment-only lines do not count.
        i = j;
        at_line_start = false;
        if (i < s.size() && s[i] == '\\') {
          i += 2;
          ++line;
          line_start = i;
          at_line_start = true;
          continue;
        }
        while (i < s.size() && s[i] != '\n') ++i;
        if (i < s.size()) {
          ++i;
          ++line;
          line_start = i;
          at_line_start = true;
        }
        continue;
      }
      i = j;
      at_line_start = false;
      logical_start_line = line;
      int c = col();
      if (prev_opens_block) {
        if (width <= indents.back()) {
          std::string msg = prev_kind.empty() ? base::diag_message(base::DiagKind::ExpectedIndentedBlock)
                                              : base::diag_message(base::DiagKind::ExpectedIndentedBlockAfter,
                                                                   {prev_kind, std::to_string(prev_line)});
          return error(line, c, c + 1, msg, true);
        }
        indents.push_back(width);
        if (static_cast<int>(indents.size()) > kMaxIndent) return error(line, c, c + 1, base::diag_message(base::DiagKind::TooManyIndentLevels));
      } else if (width > indents.back()) {
        return error(line, c, c + 1, base::diag_message(base::DiagKind::UnexpectedIndent), true);
      } else {
        while (width < indents.back()) indents.pop_back();
        if (width != indents.back()) return error(line, c, c + 1, base::diag_message(base::DiagKind::UnindentMismatch));
      }
      prev_opens_block = false;
    }
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\r') {
      ++i;
      continue;
    }
    if (ch == '#') {
      std::size_t comment = i;
      while (i < s.size() && s[i] != '\n') ++i;
      if (!brackets.empty()) result.bracket_blanks.emplace_back(comment, i);
      continue;
    }
    if (ch == '\\') {
      if (i + 1 < s.size() && s[i + 1] == '\n') {
        i += 2;
        ++line;
        line_start = i;
        if (i >= s.size()) return error(line, 0, 0, base::diag_message(base::DiagKind::UnexpectedEof));
        continue;
      }
      if (i + 1 >= s.size()) return error(line, col(), col() + 1, base::diag_message(base::DiagKind::UnexpectedEof));
      return error(line, col() + 1, col() + 2, base::diag_message(base::DiagKind::CharAfterContinuation));
    }
    if (ch == '\n') {
      if (!brackets.empty()) result.bracket_blanks.emplace_back(i, i + 1);
      ++i;
      ++line;
      line_start = i;
      if (brackets.empty()) {
        if (tokens > 0) result.logical_newlines.push_back(i - 1);
        end_logical_line();
        at_line_start = true;
      }
      continue;
    }
    if (ch == '\0') return error(line, col(), col() + 1, base::diag_message(base::DiagKind::NullBytes));
    // A word: a name, a keyword, a number, or a string prefix.
    std::size_t word_start = i;
    while (i < s.size() && is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
    std::string_view word = s.substr(word_start, i - word_start);
    if (i < s.size() && (s[i] == '\'' || s[i] == '"') && (word.empty() || is_string_prefix(word))) {
      // A string literal, possibly triple-quoted. Backslash escapes the next character in
      // every kind of string as far as finding its end is concerned.
      int start_line = line, start_col = static_cast<int>(word_start - line_start);
      char q = s[i];
      bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
      i += triple ? 3 : 1;
      bool closed = false;
      while (i < s.size()) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size()) {
          if (s[i + 1] == '\n') {
            ++line;
            line_start = i + 2;
          }
          i += 2;
          continue;
        }
        if (c == '\n') {
          if (!triple) break;
          ++i;
          ++line;
          line_start = i;
          continue;
        }
        if (c == q && (!triple || (i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q))) {
          i += triple ? 3 : 1;
          closed = true;
          break;
        }
        ++i;
      }
      if (!closed) {
        // CPython counts the line of the last character read; a final newline starts no line.
        std::string detected = std::to_string(triple ? source.line_count() : line);
        return error(start_line, start_col, start_col + 1,
                     base::diag_message(triple ? base::DiagKind::UnterminatedTripleQuotedString
                                               : base::DiagKind::UnterminatedString,
                                        {detected}));
      }
      note_token("<string>");
      ends_with_colon = false;
      continue;
    }
    if (!word.empty()) {
      note_token(word);
      ends_with_colon = false;
      continue;
    }
    // Punctuation.
    int c = col();
    if (ch == '*' && brackets.empty() &&
        (tokens == 0 || last_token == "," || last_token == "=" || last_token == "return" ||
         last_token == "yield" || last_token == "in")) {
      std::size_t next = i + 1;
      while (next < s.size() && (s[next] == ' ' || s[next] == '\t')) ++next;
      std::size_t end = next;
      while (end < s.size() && is_word_byte(static_cast<unsigned char>(s[end]))) ++end;
      std::string_view w = s.substr(next, end - next);
      char after = end < s.size() ? s[end] : '\n';
      // What tree-sitter's list_splat_pattern cannot star: anything but a name, i.e. a number,
      // a string (with its prefix), a keyword operand or punctuation other than '*', '='.
      bool starrable_by_grammar = !w.empty() && !(w[0] >= '0' && w[0] <= '9') && w != "await" &&
                                  w != "None" && w != "True" && w != "False" &&
                                  !((after == '\'' || after == '"') && is_string_prefix(w));
      if (!starrable_by_grammar && (!w.empty() || (after != '*' && after != '=' && after != '\n' && after != '\\'))) {
        result.bare_stars.push_back(i);
      }
    }
    ++i;
    if (ch == '(' || ch == '[' || ch == '{') {
      if (static_cast<int>(brackets.size()) >= kMaxLevel) {
        return error(line, c, c + 1, base::diag_message(base::DiagKind::TooManyNestedParens));
      }
      brackets.push_back({static_cast<char>(ch), line, c});
    } else if (ch == ')' || ch == ']' || ch == '}') {
      if (brackets.empty()) {
        return error(line, c, c + 1, base::diag_message(base::DiagKind::UnmatchedBracket, {std::string(1, static_cast<char>(ch))}));
      }
      Bracket open = brackets.back();
      if (closer_of(open.c) != static_cast<char>(ch)) {
        std::string closer(1, static_cast<char>(ch)), opener(1, open.c);
        std::string msg = open.line != line
                              ? base::diag_message(base::DiagKind::MismatchedBracketOtherLine,
                                                   {closer, opener, std::to_string(open.line)})
                              : base::diag_message(base::DiagKind::MismatchedBracket, {closer, opener});
        return error(line, c, c + 1, msg);
      }
      brackets.pop_back();
    }
    note_token(std::string_view(&s[i - 1], 1));
    ends_with_colon = ch == ':' && brackets.empty() && !(i < s.size() && s[i] == '=');
  }
  if (!brackets.empty()) {
    const Bracket& open = brackets.back();
    result.error = TokenError{{{open.line, open.col}, {open.line, open.col + 1}},
                              base::diag_message(base::DiagKind::NeverClosedBracket, {std::string(1, open.c)}),
                              false};
    return result;
  }
  end_logical_line();
  if (prev_opens_block) {
    int l = prev_line;
    int c = static_cast<int>(source.line_text(l).size());
    std::string msg = prev_kind.empty() ? base::diag_message(base::DiagKind::ExpectedIndentedBlock)
                                        : base::diag_message(base::DiagKind::ExpectedIndentedBlockAfter,
                                                             {prev_kind, std::to_string(l)});
    return error(l, c, c, msg, true);
  }
  return result;
}

}  // namespace py2cpp::parse
