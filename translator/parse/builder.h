// Internal to parse/: the tree-sitter CST walker shared by the builders, one .cpp per
// construct family (statements, functions, expressions, comprehensions, literals, strings,
// patterns). Each builder reads one tree-sitter rule and makes one CPython node.
#pragma once

#include <tree_sitter/api.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "base/source.h"

namespace py2cpp::parse {

// Thrown after the one diagnostic of a syntax error has been reported; caught by parse_module.
struct SyntaxErrorReported {};

// How deep statements and expressions may nest. CPython 3.11 stops at about 3000 levels
// ("maximum recursion depth exceeded during ast construction"); 1000 keeps a debug or
// sanitizer build well inside an 8 MiB stack (about 3 frames per level).
inline constexpr int kMaxDepth = 1000;

class Builder {
 public:
  Builder(const base::SourceFile& source, base::Diagnostics& diags) : source_(source), diags_(diags) {}

  ast::Module module(TSNode root);

  // --- CST access (builder.cpp) ---------------------------------------------------------
  std::string_view type(TSNode n) const { return ts_node_type(n); }
  bool is(TSNode n, std::string_view t) const { return type(n) == t; }
  std::string_view text(TSNode n) const;
  std::string_view text(base::SourceLoc begin, base::SourceLoc end) const;
  // Children other than extras (comments, line continuations), named and anonymous.
  std::vector<TSNode> children(TSNode n) const;
  std::vector<TSNode> named_children(TSNode n) const;
  // The child with field `name`, or a null node.
  TSNode field(TSNode n, const char* name) const;
  std::vector<TSNode> fields(TSNode n, const char* name) const;
  // Whether `n` has an anonymous child token `token` (e.g. "," or "async").
  bool has_token(TSNode n, std::string_view token) const;
  base::SourceLoc begin(TSNode n) const;
  base::SourceLoc end(TSNode n) const;
  base::SourceRange range(TSNode n) const { return {begin(n), end(n)}; }
  // Offset of a location in the source text, and the location of an offset.
  std::size_t offset(base::SourceLoc loc) const;
  base::SourceLoc loc_at(std::uint32_t byte) const;

  template <class T>
  std::unique_ptr<T> make(TSNode located_at) {
    auto p = std::make_unique<T>();
    locate(*p, begin(located_at), end(located_at));
    return p;
  }
  template <class T>
  std::unique_ptr<T> make(base::SourceLoc b, base::SourceLoc e) {
    auto p = std::make_unique<T>();
    locate(*p, b, e);
    return p;
  }
  static void locate(ast::Node& node, base::SourceLoc b, base::SourceLoc e) {
    node.lineno = b.line;
    node.col_offset = b.col;
    node.end_lineno = e.line;
    node.end_col_offset = e.col;
  }
  static base::SourceLoc node_begin(const ast::Node& n) { return {n.lineno, n.col_offset}; }
  static base::SourceLoc node_end(const ast::Node& n) { return {n.end_lineno, n.end_col_offset}; }

  // --- errors (builder.cpp) -------------------------------------------------------------
  [[noreturn]] void fail(base::SourceRange at, std::string message);
  [[noreturn]] void fail(TSNode at, std::string message) { fail(range(at), std::move(message)); }
  [[noreturn]] void invalid_syntax(TSNode at);
  [[noreturn]] void not_supported(TSNode at, std::string_view construct);
  // A Starred built from `n` where CPython's grammar has no star_expression.
  [[noreturn]] void starred_here(TSNode n);

  class DepthGuard {
   public:
    DepthGuard(Builder& b, TSNode at);
    ~DepthGuard() { --b_.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

   private:
    Builder& b_;
  };

  // --- statements (statements.cpp) ------------------------------------------------------
  ast::StmtList block(TSNode suite);
  void statements_into(TSNode parent, ast::StmtList& out);
  ast::StmtPtr stmt(TSNode n);
  ast::StmtPtr expression_statement(TSNode n);
  ast::StmtPtr assignment(TSNode stmt_node, TSNode n);
  ast::StmtPtr augmented_assignment(TSNode stmt_node, TSNode n);
  ast::StmtPtr import_statement(TSNode n);
  ast::StmtPtr import_from_statement(TSNode n);
  ast::StmtPtr if_statement(TSNode n);
  ast::StmtPtr elif_clause(TSNode n, const std::vector<TSNode>& rest);
  ast::StmtPtr for_statement(TSNode n);
  ast::StmtPtr while_statement(TSNode n);
  ast::StmtPtr try_statement(TSNode n);
  ast::StmtPtr with_statement(TSNode n);
  ast::StmtPtr global_statement(TSNode n, bool is_nonlocal);
  ast::StmtList else_body(TSNode else_clause);
  base::SourceLoc body_end(const ast::StmtList& body, TSNode fallback) const;

  // --- functions and classes (functions.cpp) --------------------------------------------
  ast::StmtPtr function_definition(TSNode n, ast::ExprList decorators);
  ast::StmtPtr class_definition(TSNode n, ast::ExprList decorators);
  ast::StmtPtr decorated_definition(TSNode n);
  ast::arguments parameters(TSNode n, bool is_lambda);
  ast::ExprPtr lambda(TSNode n);

  // --- expressions (expressions.cpp) ----------------------------------------------------
  // An expression where CPython's grammar has `expression`: no bare walrus, no bare *x.
  ast::ExprPtr expr(TSNode n);
  // Where CPython has `named_expression` (if/while tests, call arguments, ...).
  ast::ExprPtr named_expr(TSNode n);
  // Where CPython has `star_expression` (collection elements, expression statements, ...).
  ast::ExprPtr star_expr(TSNode n);
  // Any expression node; `ctx` is Store or Del for targets (validated by set_context).
  ast::ExprPtr any_expr(TSNode n);
  // A comma list (expression_list, pattern_list, bare commas) as a Tuple, or one element.
  ast::ExprPtr expressions(TSNode n);
  ast::ExprPtr tuple_of(const std::vector<TSNode>& elements, base::SourceLoc b, base::SourceLoc e);
  // Turns a Load expression into an assignment (Store) or `del` (Del) target, or fails
  // with CPython's "cannot assign to ..." message.
  void set_context(ast::Expr& e, ast::ExprContext ctx, TSNode at);
  ast::ExprPtr target(TSNode n, ast::ExprContext ctx);
  ast::ExprPtr identifier(TSNode n);
  std::string identifier_text(TSNode n);
  ast::ExprPtr binary_operator(TSNode n);
  ast::ExprPtr boolean_operator(TSNode n);
  ast::ExprPtr comparison_operator(TSNode n);
  ast::ExprPtr unary_operator(TSNode n);
  ast::ExprPtr await_expr(TSNode n);
  ast::ExprPtr call(TSNode n);
  void arguments_into(TSNode argument_list, ast::ExprList& args, std::vector<ast::keyword>& keywords);
  ast::ExprPtr subscript(TSNode n);
  ast::ExprPtr slice(TSNode n);
  ast::ExprPtr collection(TSNode n);
  ast::ExprPtr dictionary(TSNode n);
  ast::ExprPtr yield(TSNode n);
  ast::ExprPtr conditional_expression(TSNode n);
  ast::ExprPtr named_expression(TSNode n);
  ast::ExprPtr type_expr(TSNode n);
  bool in_type_parameter(TSNode n);
  // The list_splat at the base of a call/attribute/subscript chain (`*g()` read as `(*g)()`),
  // or a null node.
  TSNode splat_led_postfix(TSNode n) const;
  // attribute | subscript | call  ->  Attribute / Subscript / Call
  ast::ExprPtr build_postfix(TSNode n);

  // --- comprehensions (comprehensions.cpp) ----------------------------------------------
  ast::ExprPtr comprehension(TSNode n);

  // --- literals (literals.cpp) ----------------------------------------------------------
  ast::ExprPtr number(TSNode n);

  // --- strings (strings.cpp) ------------------------------------------------------------
  ast::ExprPtr strings(TSNode n);

  // --- match statement (patterns.cpp) ---------------------------------------------------
  ast::StmtPtr match_statement(TSNode n);
  ast::PatternPtr pattern(TSNode n);

  const base::SourceFile& source() const { return source_; }
  // From scan_tokens(): where CPython's NEWLINE tokens are (sorted byte offsets).
  void set_logical_newlines(std::vector<std::size_t> offsets) { logical_newlines_ = std::move(offsets); }
  bool logical_newline_between(std::uint32_t from, std::uint32_t to) const;
  int fstring_depth_ = 0;

 private:
  const base::SourceFile& source_;
  base::Diagnostics& diags_;
  int depth_ = 0;
  // The list_splat that any_expr() builds as its operand alone, while the Starred around the
  // whole chain is being built (see splat_led_postfix).
  TSNode unsplat_{};
  std::vector<std::size_t> line_offsets_;
  std::vector<std::size_t> logical_newlines_;
};

/// The ast.operator for a binary operator token ("+", "//", ...); false if none.
bool operator_from_token(std::string_view op, ast::Operator& out);

}  // namespace py2cpp::parse
