// Comprehension builders: tree-sitter's list/set/dictionary_comprehension and
// generator_expression with for_in_clause/if_clause -> CPython's ListComp, SetComp, DictComp,
// GeneratorExp with comprehension(target, iter, ifs, is_async) (python.gram: for_if_clauses).
#include "parse/builder.h"

namespace py2cpp::parse {

// list_comprehension: '[' body for_in_clause (for_in_clause | if_clause)* ']'
// set_comprehension / generator_expression likewise with '{' '}' / '(' ')';
// dictionary_comprehension: '{' pair for_in_clause ... '}'
// for_in_clause: ['async'] 'for' left 'in' right; if_clause: 'if' expression
ast::ExprPtr Builder::comprehension(TSNode n) {
  DepthGuard guard(*this, n);
  std::string_view t = type(n);
  TSNode body = field(n, "body");
  if (ts_node_is_null(body)) invalid_syntax(n);
  std::vector<ast::comprehension> generators;
  for (TSNode c : named_children(n)) {
    if (is(c, "for_in_clause")) {
      ast::comprehension g;
      g.is_async = has_token(c, "async") ? 1 : 0;
      TSNode left = field(c, "left");
      std::vector<TSNode> rights = fields(c, "right");
      if (ts_node_is_null(left) || rights.size() != 1 || has_token(c, ",")) invalid_syntax(c);
      g.target = target(left, ast::ExprContext::Store);
      g.iter = is(rights[0], "lambda") ? lambda(rights[0]) : expr(rights[0]);
      generators.push_back(std::move(g));
    } else if (is(c, "if_clause")) {
      auto conditions = named_children(c);
      if (conditions.size() != 1 || generators.empty()) invalid_syntax(c);
      generators.back().ifs.push_back(expr(conditions[0]));
    } else if (!ts_node_eq(c, body)) {
      invalid_syntax(c);
    }
  }
  if (generators.empty()) invalid_syntax(n);
  if (t == "dictionary_comprehension") {
    if (!is(body, "pair")) invalid_syntax(body);
    TSNode key = field(body, "key");
    TSNode value = field(body, "value");
    if (ts_node_is_null(key) || ts_node_is_null(value)) invalid_syntax(body);
    auto d = make<ast::DictComp>(n);
    d->key = expr(key);
    d->value = expr(value);
    d->generators = std::move(generators);
    return d;
  }
  if (is(body, "list_splat")) fail(body, base::diag_message(base::DiagKind::UnpackingInComprehension));
  ast::ExprPtr elt = named_expr(body);
  if (t == "list_comprehension") {
    auto l = make<ast::ListComp>(n);
    l->elt = std::move(elt);
    l->generators = std::move(generators);
    return l;
  }
  if (t == "set_comprehension") {
    auto s = make<ast::SetComp>(n);
    s->elt = std::move(elt);
    s->generators = std::move(generators);
    return s;
  }
  auto g = make<ast::GeneratorExp>(n);
  g->elt = std::move(elt);
  g->generators = std::move(generators);
  return g;
}

}  // namespace py2cpp::parse
