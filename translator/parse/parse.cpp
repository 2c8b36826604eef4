// parse_module(): runs the tokenizer-level checks, tree-sitter-python, the CST error scan and
// the builders, turning any failure into one located diagnostic (CPython reports one error).
#include "parse/parse.h"

#include <tree_sitter/api.h>

#include <cctype>
#include <exception>
#include <string_view>
#include <memory>

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

base::SourceLoc loc_of(TSPoint p) { return {static_cast<int>(p.row) + 1, static_cast<int>(p.column)}; }

struct CstError {
  base::SourceRange range;
  std::string message;
  std::uint32_t byte;
};

// The first ERROR or MISSING node in document order, found without recursion.
std::optional<CstError> first_cst_error(TSNode root) {
  if (!ts_node_has_error(root)) return std::nullopt;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::optional<CstError> found;
  while (!found) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_missing(n)) {
      std::string what = ts_node_type(n);
      base::SourceLoc at = loc_of(ts_node_start_point(n));
      bool token = !ts_node_is_named(n) && !what.empty() && !std::isalpha(static_cast<unsigned char>(what[0]));
      found = CstError{{at, at},
                       token ? base::diag_message(base::DiagKind::ExpectedToken, {what})
                             : base::diag_message(base::DiagKind::InvalidSyntax),
                       ts_node_start_byte(n)};
      break;
    }
    if (std::string_view(ts_node_type(n)) == "ERROR") {
      // Point at the first token inside the ERROR node, as CPython points at a token.
      TSNode leaf = n;
      while (ts_node_child_count(leaf) > 0) leaf = ts_node_child(leaf, 0);
      found = CstError{{loc_of(ts_node_start_point(leaf)), loc_of(ts_node_end_point(leaf))},
                       base::diag_message(base::DiagKind::InvalidSyntax), ts_node_start_byte(n)};
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

bool before(base::SourceLoc a, base::SourceLoc b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

}  // namespace

std::optional<ast::Module> parse_module(const base::SourceFile& source, base::Diagnostics& diags) {
  try {
    std::optional<TokenError> token_error = scan_tokens(source);
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
    std::optional<CstError> cst_error = first_cst_error(root);
    // A parser-level indentation error wins unless tree-sitter saw a problem earlier.
    if (token_error && (!cst_error || !before(cst_error->range.begin, token_error->range.begin))) {
      diags.error(token_error->range, token_error->message);
      return std::nullopt;
    }
    if (cst_error) {
      diags.error(cst_error->range, cst_error->message);
      return std::nullopt;
    }
    Builder builder(source, diags);
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
