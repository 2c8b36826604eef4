// Statement builders: tree-sitter-python's statement rules -> CPython's stmt nodes
// (Grammar/python.gram: simple_stmt, compound_stmt). Statement ranges are the CST node's;
// a compound statement ends where its last nested statement ends, as in CPython.
#include "parse/builder.h"

#include <optional>

namespace py2cpp::parse {

using base::SourceLoc;

ast::Module Builder::module(TSNode root) {
  ast::Module m;
  statements_into(root, m.body);
  return m;
}

namespace {

// Where a statement's last token ends. tree-sitter-python puts comments that end an indented
// block inside the block (`for ...:` / `    f()` / `    # done`), so the statement's node can end
// after its NEWLINE: the comment line is an NL token in CPython (Parser/tokenizer.c, blank and
// comment-only lines), not a statement's end.
std::uint32_t end_byte_without_comments(TSNode n) {
  for (;;) {
    std::uint32_t i = ts_node_child_count(n);
    while (i > 0 && ts_node_is_extra(ts_node_child(n, i - 1))) --i;
    if (i == 0) return ts_node_end_byte(n);
    n = ts_node_child(n, i - 1);
  }
}

}  // namespace

// module: repeat(_statement); block: repeat(_statement) _dedent
// Statements on one logical line must be separated by ';' (tree-sitter-python also accepts
// `a b` as two statements).
void Builder::statements_into(TSNode parent, ast::StmtList& out) {
  bool have_previous = false, separated = false;
  std::uint32_t previous_end = 0;
  for (TSNode c : children(parent)) {
    if (!ts_node_is_named(c)) {
      if (type(c) == ";") separated = true;
      continue;
    }
    if (have_previous && !separated && !logical_newline_between(previous_end, ts_node_start_byte(c))) {
      invalid_syntax(c);
    }
    out.push_back(stmt(c));
    have_previous = true;
    separated = false;
    previous_end = end_byte_without_comments(c);
  }
}

// _suite: block (simple statements on the header's line, or an indented block)
ast::StmtList Builder::block(TSNode suite) {
  ast::StmtList body;
  if (ts_node_is_null(suite)) return body;
  if (!is(suite, "block")) invalid_syntax(suite);
  statements_into(suite, body);
  if (body.empty()) fail(suite, base::diag_message(base::DiagKind::ExpectedIndentedBlock));
  return body;
}

SourceLoc Builder::body_end(const ast::StmtList& body, TSNode fallback) const {
  if (body.empty()) return end(fallback);
  return node_end(*body.back());
}

ast::StmtPtr Builder::stmt(TSNode n) {
  DepthGuard guard(*this, n);
  std::string_view t = type(n);
  if (t == "expression_statement") return expression_statement(n);
  if (t == "import_statement") return import_statement(n);
  if (t == "import_from_statement" || t == "future_import_statement") return import_from_statement(n);
  if (t == "return_statement") {
    // return_statement: 'return' optional(_expressions)  ->  Return(value)
    auto r = make<ast::Return>(n);
    auto values = named_children(n);
    if (!values.empty()) r->value = expressions(values[0]);
    return r;
  }
  if (t == "pass_statement") return make<ast::Pass>(n);
  if (t == "break_statement") return make<ast::Break>(n);
  if (t == "continue_statement") return make<ast::Continue>(n);
  if (t == "delete_statement") {
    // delete_statement: 'del' _expressions  ->  Delete(targets) with Del contexts
    auto d = make<ast::Delete>(n);
    auto values = named_children(n);
    if (values.size() != 1) invalid_syntax(n);
    if (is(values[0], "expression_list")) {
      for (TSNode e : named_children(values[0])) d->targets.push_back(target(e, ast::ExprContext::Del));
    } else {
      d->targets.push_back(target(values[0], ast::ExprContext::Del));
    }
    return d;
  }
  if (t == "raise_statement") {
    // raise_statement: 'raise' optional(_expressions) optional('from' cause)  ->  Raise(exc, cause)
    auto r = make<ast::Raise>(n);
    TSNode cause = field(n, "cause");
    for (TSNode c : named_children(n)) {
      if (!ts_node_is_null(cause) && ts_node_eq(c, cause)) continue;
      if (r->exc || is(c, "expression_list")) invalid_syntax(c);
      r->exc = expr(c);
    }
    if (!ts_node_is_null(cause)) {
      if (!r->exc) invalid_syntax(cause);
      r->cause = expr(cause);
    }
    return r;
  }
  if (t == "assert_statement") {
    // assert_statement: 'assert' expression [',' expression]  ->  Assert(test, msg)
    auto a = make<ast::Assert>(n);
    auto values = named_children(n);
    if (values.empty() || values.size() > 2) invalid_syntax(n);
    a->test = expr(values[0]);
    if (values.size() == 2) a->msg = expr(values[1]);
    return a;
  }
  if (t == "global_statement") return global_statement(n, false);
  if (t == "nonlocal_statement") return global_statement(n, true);
  if (t == "if_statement") return if_statement(n);
  if (t == "for_statement") return for_statement(n);
  if (t == "while_statement") return while_statement(n);
  if (t == "try_statement") return try_statement(n);
  if (t == "with_statement") return with_statement(n);
  if (t == "function_definition") return function_definition(n, {});
  if (t == "class_definition") return class_definition(n, {});
  if (t == "decorated_definition") return decorated_definition(n);
  if (t == "match_statement") return match_statement(n);
  if (t == "print_statement" || t == "exec_statement") {
    std::string name(t.substr(0, t.find('_')));
    fail(n, base::diag_message(base::DiagKind::MissingParentheses, {name, name}));
  }
  // type_alias_statement (3.12), ERROR and anything else.
  invalid_syntax(n);
}

// expression_statement: expression | expression (',' expression)* [','] | assignment
//                       | augmented_assignment | yield   ->  Expr, Assign, AnnAssign, AugAssign
ast::StmtPtr Builder::expression_statement(TSNode n) {
  auto parts = named_children(n);
  if (parts.empty()) invalid_syntax(n);
  if (parts.size() == 1) {
    TSNode only = parts[0];
    if (is(only, "assignment")) return assignment(n, only);
    if (is(only, "augmented_assignment")) return augmented_assignment(n, only);
    auto s = make<ast::ExprStmt>(n);
    if (has_token(n, ",")) {
      s->value = tuple_of(parts, begin(n), end(n));
    } else {
      s->value = is(only, "yield") ? yield(only) : star_expr(only);
    }
    return s;
  }
  for (TSNode p : parts) {
    if (is(p, "assignment") || is(p, "augmented_assignment") || is(p, "yield")) invalid_syntax(p);
  }
  auto s = make<ast::ExprStmt>(n);
  s->value = tuple_of(parts, begin(n), end(n));
  return s;
}

namespace {

// Whether an assignment's right-hand side is itself an assignment (a chain).
bool is_rhs_chain(std::string_view t) { return t == "assignment" || t == "augmented_assignment"; }

std::optional<base::DiagKind> annotated_target_error(std::string_view t) {
  if (t == "pattern_list" || t == "tuple_pattern" || t == "tuple") return base::DiagKind::AnnotatedTuple;
  if (t == "list_pattern" || t == "list") return base::DiagKind::AnnotatedList;
  return std::nullopt;
}

}  // namespace

// assignment: left ('=' right | ':' type | ':' type '=' right), right possibly another
// assignment (a = b = c)  ->  Assign(targets, value) or AnnAssign(target, annotation, value, simple)
ast::StmtPtr Builder::assignment(TSNode stmt_node, TSNode n) {
  TSNode left = field(n, "left");
  TSNode right = field(n, "right");
  TSNode annotation = field(n, "type");
  if (ts_node_is_null(left)) invalid_syntax(n);
  auto rhs = [&](TSNode r) -> ast::ExprPtr {
    if (is(r, "yield")) return yield(r);
    return expressions(r);
  };
  if (!ts_node_is_null(annotation)) {
    auto a = make<ast::AnnAssign>(stmt_node);
    bool parenthesized_single = is(left, "tuple_pattern") && !has_token(left, ",") && named_children(left).size() == 1;
    if (!parenthesized_single) {
      if (auto error = annotated_target_error(type(left))) fail(left, base::diag_message(*error));
    }
    a->target = target(left, ast::ExprContext::Store);
    a->simple = is(left, "identifier") ? 1 : 0;
    a->annotation = type_expr(annotation);
    if (!ts_node_is_null(right)) {
      if (is_rhs_chain(type(right))) invalid_syntax(right);
      a->value = rhs(right);
    }
    return a;
  }
  auto a = make<ast::Assign>(stmt_node);
  a->targets.push_back(target(left, ast::ExprContext::Store));
  while (!ts_node_is_null(right) && is(right, "assignment")) {
    if (!ts_node_is_null(field(right, "type"))) invalid_syntax(right);
    TSNode next_left = field(right, "left");
    a->targets.push_back(target(next_left, ast::ExprContext::Store));
    right = field(right, "right");
  }
  if (ts_node_is_null(right) || is(right, "augmented_assignment")) invalid_syntax(n);
  a->value = rhs(right);
  return a;
}

namespace {

// "+=" is "+" followed by "=": the binary operator table serves both.
bool augmented_operator(std::string_view op, ast::Operator& out) {
  return op.size() >= 2 && op.back() == '=' && operator_from_token(op.substr(0, op.size() - 1), out);
}

}  // namespace

// augmented_assignment: left op right  ->  AugAssign(target, op, value)
ast::StmtPtr Builder::augmented_assignment(TSNode stmt_node, TSNode n) {
  TSNode left = field(n, "left");
  TSNode op = field(n, "operator");
  TSNode right = field(n, "right");
  if (ts_node_is_null(left) || ts_node_is_null(op) || ts_node_is_null(right)) invalid_syntax(n);
  auto a = make<ast::AugAssign>(stmt_node);
  if (!augmented_operator(text(op), a->op)) invalid_syntax(op);
  std::string_view lt = type(left);
  bool parenthesized_single = lt == "tuple_pattern" && !has_token(left, ",") && named_children(left).size() == 1;
  if (!parenthesized_single) {
    auto illegal = [&](const char* what) {
      fail(left, base::diag_message(base::DiagKind::IllegalAugmentedTarget, {what}));
    };
    if (lt == "pattern_list" || lt == "tuple_pattern") illegal("tuple");
    if (lt == "list_pattern") illegal("list");
    if (lt == "list_splat_pattern") illegal("starred");
  }
  a->target = target(left, ast::ExprContext::Store);
  if (a->target->kind == ast::ExprKind::Starred) {
    fail(left, base::diag_message(base::DiagKind::IllegalAugmentedTarget, {"starred"}));
  }
  if (is_rhs_chain(type(right))) invalid_syntax(right);
  a->value = is(right, "yield") ? yield(right) : expressions(right);
  return a;
}

namespace {

// Builds the alias name of a dotted_name: its identifiers joined by '.', without whitespace.
}  // namespace

// import_statement: 'import' (dotted_name | aliased_import) (',' ...)*  ->  Import(names)
ast::StmtPtr Builder::import_statement(TSNode n) {
  auto imp = make<ast::Import>(n);
  for (TSNode name : fields(n, "name")) {
    ast::alias a;
    TSNode dotted = name;
    if (is(name, "aliased_import")) {
      dotted = field(name, "name");
      TSNode as = field(name, "alias");
      if (ts_node_is_null(dotted) || ts_node_is_null(as)) invalid_syntax(name);
      a.asname = identifier_text(as);
    }
    if (!is(dotted, "dotted_name")) invalid_syntax(dotted);
    std::string joined;
    for (TSNode part : named_children(dotted)) {
      if (!joined.empty()) joined += '.';
      joined += identifier_text(part);
    }
    a.name = joined;
    locate(a, begin(name), end(name));
    imp->names.push_back(std::move(a));
  }
  if (imp->names.empty()) invalid_syntax(n);
  return imp;
}

// import_from_statement: 'from' (relative_import | dotted_name) 'import' (wildcard_import |
// _import_list | '(' _import_list ')'); future_import_statement likewise
//   ->  ImportFrom(module, names, level)
ast::StmtPtr Builder::import_from_statement(TSNode n) {
  auto imp = make<ast::ImportFrom>(n);
  bool future = is(n, "future_import_statement");
  if (future) {
    imp->module = "__future__";
  } else {
    TSNode module = field(n, "module_name");
    if (ts_node_is_null(module)) invalid_syntax(n);
    TSNode dotted = module;
    if (is(module, "relative_import")) {
      dotted = TSNode{};
      for (TSNode c : named_children(module)) {
        if (is(c, "import_prefix")) {
          for (char ch : text(c)) imp->level += ch == '.';
        } else if (is(c, "dotted_name")) {
          dotted = c;
        }
      }
    }
    if (!ts_node_is_null(dotted)) {
      std::string joined;
      for (TSNode part : named_children(dotted)) {
        if (!joined.empty()) joined += '.';
        joined += identifier_text(part);
      }
      imp->module = joined;
    }
  }
  bool seen_module = future;
  for (TSNode c : children(n)) {
    if (!ts_node_is_named(c)) continue;
    if (!seen_module) {  // the module_name child
      seen_module = true;
      continue;
    }
    if (is(c, "wildcard_import")) {
      ast::alias a;
      a.name = "*";
      locate(a, begin(c), end(c));
      imp->names.push_back(std::move(a));
      continue;
    }
    ast::alias a;
    TSNode dotted = c;
    if (is(c, "aliased_import")) {
      dotted = field(c, "name");
      TSNode as = field(c, "alias");
      if (ts_node_is_null(dotted) || ts_node_is_null(as)) invalid_syntax(c);
      a.asname = identifier_text(as);
    }
    if (!is(dotted, "dotted_name")) invalid_syntax(dotted);
    auto parts = named_children(dotted);
    if (parts.size() != 1) invalid_syntax(dotted);
    a.name = identifier_text(parts[0]);
    locate(a, begin(c), end(c));
    imp->names.push_back(std::move(a));
  }
  if (imp->names.empty()) invalid_syntax(n);
  if (has_token(n, "(") && imp->names.size() > 0 && imp->names[0].name == "*") invalid_syntax(n);
  return imp;
}

// global_statement / nonlocal_statement: keyword identifier (',' identifier)*  ->  Global/Nonlocal
ast::StmtPtr Builder::global_statement(TSNode n, bool is_nonlocal) {
  std::vector<ast::Identifier> names;
  for (TSNode c : named_children(n)) {
    if (!is(c, "identifier")) invalid_syntax(c);
    names.push_back(identifier_text(c));
  }
  if (is_nonlocal) {
    auto s = make<ast::Nonlocal>(n);
    s->names = std::move(names);
    return s;
  }
  auto s = make<ast::Global>(n);
  s->names = std::move(names);
  return s;
}

// else_clause: 'else' ':' body  ->  the orelse list
ast::StmtList Builder::else_body(TSNode else_clause) {
  if (ts_node_is_null(else_clause)) return {};
  if (!is(else_clause, "else_clause")) invalid_syntax(else_clause);
  return block(field(else_clause, "body"));
}

// elif_clause: 'elif' condition ':' consequence  ->  If(test, body, orelse) starting at 'elif'
ast::StmtPtr Builder::elif_clause(TSNode n, const std::vector<TSNode>& rest) {
  auto s = std::make_unique<ast::If>();
  s->test = named_expr(field(n, "condition"));
  s->body = block(field(n, "consequence"));
  if (!rest.empty()) {
    TSNode next = rest.front();
    if (is(next, "elif_clause")) {
      s->orelse.push_back(elif_clause(next, std::vector<TSNode>(rest.begin() + 1, rest.end())));
    } else {
      s->orelse = else_body(next);
    }
  }
  locate(*s, begin(n), body_end(s->orelse.empty() ? s->body : s->orelse, n));
  return s;
}

// if_statement: 'if' condition ':' consequence elif_clause* else_clause?  ->  If, elifs nested in orelse
ast::StmtPtr Builder::if_statement(TSNode n) {
  TSNode condition = field(n, "condition");
  if (ts_node_is_null(condition)) invalid_syntax(n);
  auto s = std::make_unique<ast::If>();
  s->test = named_expr(condition);
  s->body = block(field(n, "consequence"));
  std::vector<TSNode> alternatives = fields(n, "alternative");
  if (!alternatives.empty()) {
    TSNode first = alternatives.front();
    if (is(first, "elif_clause")) {
      s->orelse.push_back(elif_clause(first, std::vector<TSNode>(alternatives.begin() + 1, alternatives.end())));
    } else {
      s->orelse = else_body(first);
    }
  }
  locate(*s, begin(n), body_end(s->orelse.empty() ? s->body : s->orelse, n));
  return s;
}

// for_statement: ['async'] 'for' left 'in' right ':' body else_clause?  ->  For / AsyncFor
ast::StmtPtr Builder::for_statement(TSNode n) {
  std::unique_ptr<ast::For> s;
  if (has_token(n, "async")) {
    s = std::make_unique<ast::AsyncFor>();
  } else {
    s = std::make_unique<ast::For>();
  }
  TSNode left = field(n, "left");
  TSNode right = field(n, "right");
  if (ts_node_is_null(left) || ts_node_is_null(right)) invalid_syntax(n);
  s->target = target(left, ast::ExprContext::Store);
  s->iter = expressions(right);
  s->body = block(field(n, "body"));
  s->orelse = else_body(field(n, "alternative"));
  locate(*s, begin(n), body_end(s->orelse.empty() ? s->body : s->orelse, n));
  return s;
}

// while_statement: 'while' condition ':' body else_clause?  ->  While(test, body, orelse)
ast::StmtPtr Builder::while_statement(TSNode n) {
  auto s = std::make_unique<ast::While>();
  TSNode condition = field(n, "condition");
  if (ts_node_is_null(condition)) invalid_syntax(n);
  s->test = named_expr(condition);
  s->body = block(field(n, "body"));
  s->orelse = else_body(field(n, "alternative"));
  locate(*s, begin(n), body_end(s->orelse.empty() ? s->body : s->orelse, n));
  return s;
}

// try_statement: 'try' ':' body (except_clause+ | except_group_clause+) else_clause?
//                finally_clause?  ->  Try / TryStar(body, handlers, orelse, finalbody)
// except_clause: 'except' [value [('as' | ',') alias]] ':' block  ->  ExceptHandler(type, name, body)
// except_group_clause: 'except*' expression ['as' expression] ':' block
ast::StmtPtr Builder::try_statement(TSNode n) {
  bool star = false;
  for (TSNode c : named_children(n)) star = star || is(c, "except_group_clause");
  std::unique_ptr<ast::Try> s;
  if (star) {
    s = std::make_unique<ast::TryStar>();
  } else {
    s = std::make_unique<ast::Try>();
  }
  s->body = block(field(n, "body"));
  for (TSNode c : named_children(n)) {
    std::string_view t = type(c);
    if (t == "block") continue;  // the body
    if (t == "except_clause" || t == "except_group_clause") {
      if (star != (t == "except_group_clause")) {
        fail(c, base::diag_message(base::DiagKind::MixedExceptStar));
      }
      ast::ExceptHandler h;
      TSNode body{};
      std::vector<TSNode> values;
      for (TSNode part : named_children(c)) {
        if (is(part, "block")) {
          body = part;
        } else {
          values.push_back(part);
        }
      }
      if (has_token(c, ",")) {
        fail({begin(values.front()), end(values.back())}, base::diag_message(base::DiagKind::ExceptTypesNotParenthesized));
      }
      if (values.size() == 1 && is(values[0], "as_pattern")) {
        auto parts = named_children(values[0]);
        values = parts;
        if (values.size() == 2 && is(values[1], "as_pattern_target")) {
          auto inner = named_children(values[1]);
          if (inner.size() != 1) invalid_syntax(values[1]);
          values[1] = inner[0];
        }
      }
      if (values.size() > 2) invalid_syntax(c);
      if (star && values.empty()) fail(c, base::diag_message(base::DiagKind::ExceptStarWithoutType));
      if (!values.empty()) h.type = expr(values[0]);
      if (values.size() == 2) {
        if (!is(values[1], "identifier")) invalid_syntax(values[1]);
        h.name = identifier_text(values[1]);
      }
      h.body = block(body);
      locate(h, begin(c), body_end(h.body, c));
      s->handlers.push_back(std::move(h));
    } else if (t == "else_clause") {
      s->orelse = else_body(c);
    } else if (t == "finally_clause") {
      TSNode body{};
      for (TSNode part : named_children(c)) {
        if (is(part, "block")) body = part;
      }
      s->finalbody = block(body);
    } else {
      invalid_syntax(c);
    }
  }
  const ast::StmtList& last = !s->finalbody.empty() ? s->finalbody
                              : !s->orelse.empty()  ? s->orelse
                              : !s->handlers.empty() ? s->handlers.back().body
                                                     : s->body;
  SourceLoc e = body_end(last, n);
  if (s->finalbody.empty() && s->orelse.empty() && !s->handlers.empty()) e = node_end(s->handlers.back());
  locate(*s, begin(n), e);
  return s;
}

// with_statement: ['async'] 'with' with_clause ':' body; with_clause: with_item (',' with_item)*
// optionally in parentheses; with_item: expression, an as_pattern for `expr as target`
//   ->  With / AsyncWith(items=[withitem(context_expr, optional_vars)], body)
ast::StmtPtr Builder::with_statement(TSNode n) {
  std::unique_ptr<ast::With> s;
  if (has_token(n, "async")) {
    s = std::make_unique<ast::AsyncWith>();
  } else {
    s = std::make_unique<ast::With>();
  }
  TSNode clause{};
  for (TSNode c : named_children(n)) {
    if (is(c, "with_clause")) clause = c;
  }
  if (ts_node_is_null(clause)) invalid_syntax(n);
  auto items = named_children(clause);
  for (TSNode item : items) {
    if (!is(item, "with_item")) invalid_syntax(item);
    TSNode value = field(item, "value");
    if (ts_node_is_null(value)) invalid_syntax(item);
    // tree-sitter reads `with (a as b):` as one item valued by a parenthesized as_pattern;
    // CPython's '(' ','.with_item+ ')' makes it the item `a as b` (with several items, `(a as
    // b), c` stays invalid: `(a as b)` is no expression).
    if (items.size() == 1 && is(value, "parenthesized_expression")) {
      auto inner = named_children(value);
      if (inner.size() == 1 && is(inner[0], "as_pattern")) value = inner[0];
    }
    ast::withitem w;
    if (is(value, "as_pattern")) {
      auto parts = named_children(value);
      if (parts.size() != 2 || !is(parts[1], "as_pattern_target")) invalid_syntax(value);
      auto inner = named_children(parts[1]);
      if (inner.size() != 1) invalid_syntax(parts[1]);
      w.context_expr = expr(parts[0]);
      w.optional_vars = target(inner[0], ast::ExprContext::Store);
    } else {
      w.context_expr = expr(value);
    }
    s->items.push_back(std::move(w));
  }
  if (s->items.empty()) invalid_syntax(clause);
  s->body = block(field(n, "body"));
  locate(*s, begin(n), body_end(s->body, n));
  return s;
}

}  // namespace py2cpp::parse
