// parse_module(): runs the tokenizer-level checks, tree-sitter-python, the CST error scan and
// the builders, turning any failure into one located diagnostic (CPython reports one error).
#include "parse/parse.h"

#include <tree_sitter/api.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <string_view>
#include <memory>
#include <vector>

#include "parse/builder.h"
#include "parse/scan.h"

extern "C" const TSLanguage* tree_sitter_python(void);

namespace py2cpp::parse {

namespace {

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

// tree-sitter's error recovery can take long on large garbage input; give up after 30 s.
constexpr std::uint64_t kParseTimeoutMicros = 30'000'000;

// Locations come from byte offsets, not tree-sitter's points: the tree may be of a rewritten
// text whose rows differ (see grammar_rewrites), while its bytes match the source's.
base::SourceLoc loc_of_offset(const base::SourceFile& source, std::size_t offset) {
  const std::string& t = source.text();
  std::size_t line_start = t.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = (line_start == std::string::npos || offset == 0) ? 0 : line_start + 1;
  int line = 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(line_start), '\n'));
  return {line, static_cast<int>(offset - line_start)};
}


struct CstError {
  base::SourceRange range;
  std::string message;
  std::uint32_t byte;
};

TSNode first_leaf(TSNode n) {
  while (ts_node_child_count(n) > 0) n = ts_node_child(n, 0);
  return n;
}

TSNode last_leaf(TSNode n) {
  while (ts_node_child_count(n) > 0) n = ts_node_child(n, ts_node_child_count(n) - 1);
  return n;
}

// Where and what CPython would report for a tree-sitter ERROR node. CPython points at the token
// it could not take: the token after the ERROR when one follows on the same line (`a b`), else
// the end of the ERROR (`x = 1 +`). A compound statement header without its ':' gets CPython's
// "expected ':'" at the end of the line.
CstError error_node_diagnostic(TSNode error, const base::SourceFile& source) {
  static constexpr std::string_view kHeaders[] = {"if", "elif", "else", "while", "for", "def", "class",
                                                  "with", "try", "except", "finally"};
  TSNode first = first_leaf(error);
  std::string_view first_type = ts_node_type(first);
  base::SourceLoc begin = loc_of_offset(source, ts_node_start_byte(first));
  if (std::find(std::begin(kHeaders), std::end(kHeaders), first_type) != std::end(kHeaders)) {
    std::string_view line = source.line_text(begin.line);
    std::size_t end = line.find('#');
    if (end == std::string_view::npos) end = line.size();
    while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
    if (line.substr(0, end).find(':') == std::string_view::npos) {
      base::SourceLoc at{begin.line, static_cast<int>(end)};
      return {{at, at}, base::diag_message(base::DiagKind::ExpectedToken, {":"}), ts_node_start_byte(error)};
    }
  }
  TSNode next = ts_node_next_sibling(error);
  while (!ts_node_is_null(next) && ts_node_child_count(next) > 0) next = first_leaf(next);
  if (!ts_node_is_null(next) &&
      loc_of_offset(source, ts_node_start_byte(next)).line == loc_of_offset(source, ts_node_end_byte(error)).line &&
      ts_node_end_byte(next) > ts_node_start_byte(next)) {
    return {{loc_of_offset(source, ts_node_start_byte(next)), loc_of_offset(source, ts_node_end_byte(next))},
            base::diag_message(base::DiagKind::InvalidSyntax), ts_node_start_byte(error)};
  }
  base::SourceLoc end = loc_of_offset(source, ts_node_end_byte(last_leaf(error)));
  return {{end, end}, base::diag_message(base::DiagKind::InvalidSyntax), ts_node_start_byte(error)};
}

// The first ERROR or MISSING node in document order, found without recursion.
std::optional<CstError> first_cst_error(TSNode root, const base::SourceFile& source) {
  if (!ts_node_has_error(root)) return std::nullopt;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::optional<CstError> found;
  while (!found) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_missing(n)) {
      std::string what = ts_node_type(n);
      base::SourceLoc at = loc_of_offset(source, ts_node_start_byte(n));
      bool token = !ts_node_is_named(n) && !what.empty() && !std::isalpha(static_cast<unsigned char>(what[0]));
      found = CstError{{at, at},
                       token ? base::diag_message(base::DiagKind::ExpectedToken, {what})
                             : base::diag_message(base::DiagKind::InvalidSyntax),
                       ts_node_start_byte(n)};
      break;
    }
    if (std::string_view(ts_node_type(n)) == "ERROR") {
      found = error_node_diagnostic(n, source);
      break;
    }
    if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&cursor)) continue;
    // Next sibling, or the parent's next sibling.
    bool moved = false;
    while (!moved) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        moved = true;
      } else if (!ts_tree_cursor_goto_parent(&cursor)) {
        break;
      }
    }
    if (!moved) break;
  }
  ts_tree_cursor_delete(&cursor);
  return found;
}

// tree-sitter-python takes a newline where no NEWLINE token fits for whitespace, so
// `x = \n 1` parses. CPython ends the logical line there: the newline must fall between
// statements, or after a compound statement's ':' or clause.
std::optional<CstError> misplaced_newline(TSNode root, const std::vector<std::size_t>& newlines) {
  static constexpr std::string_view kCompound[] = {
      "if_statement", "elif_clause", "else_clause", "for_statement", "while_statement", "try_statement",
      "except_clause", "except_group_clause", "finally_clause", "with_statement", "function_definition",
      "class_definition", "decorated_definition", "match_statement", "case_clause"};
  static constexpr std::string_view kAfter[] = {":", "block", "else_clause", "elif_clause", "except_clause",
                                                "except_group_clause", "finally_clause", "decorator", "case_clause",
                                                "comment"};
  for (std::size_t p : newlines) {
    auto at = static_cast<std::uint32_t>(p);
    TSNode d = ts_node_descendant_for_byte_range(root, at, at + 1);
    std::string_view t = ts_node_type(d);
    bool ok = t == "module" || t == "block";
    if (!ok && t == "decorator") {
      std::uint32_t count = ts_node_named_child_count(d);
      ok = count > 0 && ts_node_end_byte(ts_node_named_child(d, count - 1)) <= at;
    }
    if (!ok && std::find(std::begin(kCompound), std::end(kCompound), t) != std::end(kCompound)) {
      TSNode last{};
      std::uint32_t count = ts_node_child_count(d);
      for (std::uint32_t i = 0; i < count; ++i) {
        TSNode c = ts_node_child(d, i);
        if (ts_node_end_byte(c) <= at) last = c;
      }
      ok = !ts_node_is_null(last) &&
           std::find(std::begin(kAfter), std::end(kAfter), std::string_view(ts_node_type(last))) != std::end(kAfter);
    }
    if (!ok) {
      // Points at the newline, as CPython points at its NEWLINE token.
      return CstError{{{0, 0}, {0, 0}}, base::diag_message(base::DiagKind::InvalidSyntax), at};
    }
  }
  return std::nullopt;
}

// A same-length rewrite of the text given to tree-sitter (never to the builders, which read
// the source): `bytes` replaces the text at byte `at`.
struct TextEdit {
  std::uint32_t at;
  std::string bytes;
};

// Rewrites for what tree-sitter-python 0.23.6 reads differently from CPython 3.11:
// - the keywords of statements 3.11 does not have, Python 2's `print x` and `exec x` and 3.12's
//   `type X = Y`, become names ('_rint'): in 3.11 these words are plain names, so `print >> f`,
//   `exec` alone and `type(m).x = v` are expression statements or assignments;
// - `except *T` becomes `except* T`: the grammar only knows the token 'except*', CPython's
//   except_star_block is 'except' '*' with any spacing;
// - when the tree has an error, the newlines and comments inside brackets (`bracket_blanks`)
//   become spaces: the scanner emits a DEDENT for a line inside brackets indented less than
//   its block when the line before ends in an operator (`(a.\n b)` in a function body);
// - when the tree has an error, the stars of `bare_stars` become '~': in an unparenthesized
//   tuple (`x = *a, *[1]`, `return *a, *"ab"`) the grammar stars only names, attributes and
//   subscripts, CPython's star_expression any bitwise_or; the builders read the '*' from the
//   source and make the unary operator a Starred;
// - when the tree has an error, the token `__future__` becomes a name ('X_future__'): the
//   grammar's future_import_statement has no `import *`, which CPython's parser accepts (its
//   compiler rejects the feature '*'); the builders read the module name from the source.
std::vector<TextEdit> grammar_rewrites(TSNode root, std::string_view text, const ScanResult& scan) {
  std::vector<TextEdit> out;
  if (ts_node_has_error(root)) {
    for (const auto& [first, second] : scan.bracket_blanks) {
      out.push_back({static_cast<std::uint32_t>(first), std::string(second - first, ' ')});
    }
    for (std::size_t star : scan.bare_stars) out.push_back({static_cast<std::uint32_t>(star), "~"});
  }
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  bool done = false;
  while (!done) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    std::string_view t = ts_node_type(n);
    if ((t == "print_statement" || t == "exec_statement" || t == "type_alias_statement") &&
        ts_node_child_count(n) > 0) {
      out.push_back({ts_node_start_byte(ts_node_child(n, 0)), "_"});
    } else if (t == "__future__" && !ts_node_is_named(n) && ts_node_has_error(root)) {
      out.push_back({ts_node_start_byte(n), "X"});
    } else if (t == "except" && !ts_node_is_named(n)) {
      std::size_t at = ts_node_end_byte(n), star = at;
      while (star < text.size() && (text[star] == ' ' || text[star] == '\t')) ++star;
      if (star > at && star < text.size() && text[star] == '*') {
        out.push_back({static_cast<std::uint32_t>(at), "*" + std::string(text.substr(at, star - at))});
      }
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        done = true;
        break;
      }
    }
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

bool before(base::SourceLoc a, base::SourceLoc b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

}  // namespace

std::optional<ast::Module> parse_module(const base::SourceFile& source, base::Diagnostics& diags) {
  try {
    ScanResult scan = scan_tokens(source);
    std::optional<TokenError>& token_error = scan.error;
    if (token_error && !token_error->from_parser) {
      diags.error(token_error->range, token_error->message);
      return std::nullopt;
    }
    std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
    if (!parser || !ts_parser_set_language(parser.get(), tree_sitter_python())) {
      diags.error({{0, 0}, {0, 0}}, "internal error: cannot load the tree-sitter-python grammar");
      return std::nullopt;
    }
    ts_parser_set_timeout_micros(parser.get(), kParseTimeoutMicros);
    const std::string& text = source.text();
    std::unique_ptr<TSTree, TreeDeleter> tree(
        ts_parser_parse_string(parser.get(), nullptr, text.data(), static_cast<std::uint32_t>(text.size())));
    if (!tree) {
      diags.error({{1, 0}, {1, 0}}, "source is too complex to parse (parser timed out)");
      return std::nullopt;
    }
    TSNode root = ts_tree_root_node(tree.get());
    // Parse again with grammar_rewrites() applied. When that parse has a syntax error, the
    // rewrites from the error's line on are dropped and the text parsed again, so `print "x"`
    // keeps CPython's "Missing parentheses in call to 'print'" at its own line; CPython reports
    // only the first error, so what follows it does not matter, and this takes few parses.
    std::vector<TextEdit> edits = grammar_rewrites(root, text, scan);
    while (!edits.empty()) {
      std::string rewritten = text;
      for (const TextEdit& e : edits) rewritten.replace(e.at, e.bytes.size(), e.bytes);
      std::unique_ptr<TSTree, TreeDeleter> rewritten_tree(ts_parser_parse_string(
          parser.get(), nullptr, rewritten.data(), static_cast<std::uint32_t>(rewritten.size())));
      if (!rewritten_tree) break;
      std::optional<CstError> error = first_cst_error(ts_tree_root_node(rewritten_tree.get()), source);
      if (error) {
        int line = error->range.begin.line;
        std::size_t line_start = line <= 1                   ? 0
                                 : line > source.line_count() ? text.size()
                                                              : static_cast<std::size_t>(source.line_text(line).data() - text.data());
        auto dropped =
            std::remove_if(edits.begin(), edits.end(), [&](const TextEdit& e) { return e.at >= line_start; });
        if (dropped != edits.end()) {
          edits.erase(dropped, edits.end());
          continue;
        }
      }
      tree = std::move(rewritten_tree);
      root = ts_tree_root_node(tree.get());
      break;
    }
    std::optional<CstError> cst_error = first_cst_error(root, source);
    // A parser-level indentation error wins unless tree-sitter saw a problem earlier.
    if (token_error && (!cst_error || !before(cst_error->range.begin, token_error->range.begin))) {
      diags.error(token_error->range, token_error->message);
      return std::nullopt;
    }
    if (cst_error) {
      diags.error(cst_error->range, cst_error->message);
      return std::nullopt;
    }
    if (std::optional<CstError> newline = misplaced_newline(root, scan.logical_newlines)) {
      base::SourceLoc at = loc_of_offset(source, newline->byte);
      diags.error({at, {at.line, at.col + 1}}, newline->message);
      return std::nullopt;
    }
    Builder builder(source, diags);
    builder.set_logical_newlines(std::move(scan.logical_newlines));
    try {
      return builder.module(root);
    } catch (const SyntaxErrorReported&) {
      return std::nullopt;
    }
  } catch (const std::bad_alloc&) {
    diags.error({{0, 0}, {0, 0}}, "internal error: out of memory while parsing");
  } catch (const std::exception& e) {
    diags.error({{0, 0}, {0, 0}}, std::string("internal error: ") + e.what());
  }
  return std::nullopt;
}

}  // namespace py2cpp::parse
