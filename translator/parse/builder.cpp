// CST access and error helpers shared by the builders.
#include "parse/builder.h"

#include <algorithm>

namespace py2cpp::parse {

std::string_view Builder::text(TSNode n) const {
  const std::string& t = source_.text();
  std::uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (b > t.size() || e > t.size() || e < b) return {};
  return std::string_view(t).substr(b, e - b);
}

std::size_t Builder::offset(base::SourceLoc loc) const {
  if (line_offsets_.empty()) {
    auto& offsets = const_cast<std::vector<std::size_t>&>(line_offsets_);
    offsets.push_back(0);
    const std::string& t = source_.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\n') offsets.push_back(i + 1);
    }
  }
  if (loc.line < 1) return 0;
  std::size_t line = static_cast<std::size_t>(loc.line - 1);
  if (line >= line_offsets_.size()) return source_.text().size();
  return std::min(line_offsets_[line] + static_cast<std::size_t>(loc.col), source_.text().size());
}

std::string_view Builder::text(base::SourceLoc b, base::SourceLoc e) const {
  std::size_t bo = offset(b), eo = offset(e);
  if (eo < bo) return {};
  return std::string_view(source_.text()).substr(bo, eo - bo);
}

std::vector<TSNode> Builder::children(TSNode n) const {
  std::vector<TSNode> out;
  TSTreeCursor cursor = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      TSNode c = ts_tree_cursor_current_node(&cursor);
      if (!ts_node_is_extra(c)) out.push_back(c);
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

std::vector<TSNode> Builder::named_children(TSNode n) const {
  std::vector<TSNode> out;
  for (TSNode c : children(n)) {
    if (ts_node_is_named(c)) out.push_back(c);
  }
  return out;
}

TSNode Builder::field(TSNode n, const char* name) const {
  return ts_node_child_by_field_name(n, name, static_cast<std::uint32_t>(std::char_traits<char>::length(name)));
}

std::vector<TSNode> Builder::fields(TSNode n, const char* name) const {
  std::vector<TSNode> out;
  TSTreeCursor cursor = ts_tree_cursor_new(n);
  std::string_view wanted = name;
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const char* f = ts_tree_cursor_current_field_name(&cursor);
      if (f && wanted == f) out.push_back(ts_tree_cursor_current_node(&cursor));
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

bool Builder::has_token(TSNode n, std::string_view token) const {
  for (TSNode c : children(n)) {
    if (!ts_node_is_named(c) && type(c) == token) return true;
  }
  return false;
}

bool Builder::logical_newline_between(std::uint32_t from, std::uint32_t to) const {
  auto it = std::lower_bound(logical_newlines_.begin(), logical_newlines_.end(), static_cast<std::size_t>(from));
  return it != logical_newlines_.end() && *it < to;
}

// From byte offsets, not tree-sitter's points: the tree may be of a same-length rewrite of the
// source whose rows differ (parse.cpp grammar_rewrites).
base::SourceLoc Builder::loc_at(std::uint32_t byte) const {
  offset({1, 0});  // fills line_offsets_
  auto next = std::upper_bound(line_offsets_.begin(), line_offsets_.end(), static_cast<std::size_t>(byte));
  std::size_t line = static_cast<std::size_t>(next - line_offsets_.begin());
  return {static_cast<int>(line), static_cast<int>(byte - line_offsets_[line - 1])};
}

base::SourceLoc Builder::begin(TSNode n) const { return loc_at(ts_node_start_byte(n)); }

base::SourceLoc Builder::end(TSNode n) const { return loc_at(ts_node_end_byte(n)); }

void Builder::fail(base::SourceRange at, std::string message) {
  diags_.error(at, std::move(message));
  throw SyntaxErrorReported{};
}

void Builder::invalid_syntax(TSNode at) { fail(at, base::diag_message(base::DiagKind::InvalidSyntax)); }

void Builder::not_supported(TSNode at, std::string_view construct) {
  diags_.not_supported(range(at), construct);
  throw SyntaxErrorReported{};
}

Builder::DepthGuard::DepthGuard(Builder& b, TSNode at) : b_(b) {
  if (++b_.depth_ > kMaxDepth) {
    --b_.depth_;
    b_.fail(b_.range(at), base::diag_message(base::DiagKind::MaxRecursionDepth));
  }
}

}  // namespace py2cpp::parse
