// Function, class and lambda builders: tree-sitter's function_definition, class_definition,
// decorated_definition, parameters and lambda -> CPython's FunctionDef, AsyncFunctionDef,
// ClassDef, arguments and Lambda (Grammar/python.gram: function_def, class_def, params).
#include "parse/builder.h"

namespace py2cpp::parse {

using base::SourceLoc;

// decorated_definition: decorator+ definition; decorator: '@' expression _newline
//   ->  the definition with decorator_list (the node itself starts at 'def'/'class')
ast::StmtPtr Builder::decorated_definition(TSNode n) {
  ast::ExprList decorators;
  TSNode definition = field(n, "definition");
  for (TSNode c : named_children(n)) {
    if (!is(c, "decorator")) continue;
    auto parts = named_children(c);
    if (parts.size() != 1) invalid_syntax(c);
    decorators.push_back(named_expr(parts[0]));
  }
  if (ts_node_is_null(definition)) invalid_syntax(n);
  if (is(definition, "function_definition")) return function_definition(definition, std::move(decorators));
  if (is(definition, "class_definition")) return class_definition(definition, std::move(decorators));
  invalid_syntax(definition);
}

// function_definition: ['async'] 'def' name parameters ['->' return_type] ':' body
//   ->  FunctionDef / AsyncFunctionDef(name, args, body, decorator_list, returns)
ast::StmtPtr Builder::function_definition(TSNode n, ast::ExprList decorators) {
  std::unique_ptr<ast::FunctionDef> f;
  if (has_token(n, "async")) {
    f = std::make_unique<ast::AsyncFunctionDef>();
  } else {
    f = std::make_unique<ast::FunctionDef>();
  }
  TSNode name = field(n, "name");
  TSNode params = field(n, "parameters");
  if (ts_node_is_null(name) || ts_node_is_null(params)) invalid_syntax(n);
  if (TSNode tp = field(n, "type_parameters"); !ts_node_is_null(tp)) invalid_syntax(tp);  // PEP 695 is 3.12
  f->name = identifier_text(name);
  f->args = parameters(params, false);
  f->decorator_list = std::move(decorators);
  if (TSNode returns = field(n, "return_type"); !ts_node_is_null(returns)) {
    f->returns = type_expr(returns);
    // CPython's return annotation is an `expression`: no `-> *Ts`.
    if (f->returns->kind == ast::ExprKind::Starred) invalid_syntax(returns);
  }
  f->body = block(field(n, "body"));
  locate(*f, begin(n), body_end(f->body, n));
  return f;
}

// class_definition: 'class' name [argument_list] ':' body  ->  ClassDef(name, bases, keywords, body, decorator_list)
ast::StmtPtr Builder::class_definition(TSNode n, ast::ExprList decorators) {
  auto c = std::make_unique<ast::ClassDef>();
  TSNode name = field(n, "name");
  if (ts_node_is_null(name)) invalid_syntax(n);
  if (TSNode tp = field(n, "type_parameters"); !ts_node_is_null(tp)) invalid_syntax(tp);
  c->name = identifier_text(name);
  if (TSNode supers = field(n, "superclasses"); !ts_node_is_null(supers)) arguments_into(supers, c->bases, c->keywords);
  c->decorator_list = std::move(decorators);
  c->body = block(field(n, "body"));
  locate(*c, begin(n), body_end(c->body, n));
  return c;
}

// lambda: 'lambda' [lambda_parameters] ':' body  ->  Lambda(args, body)
ast::ExprPtr Builder::lambda(TSNode n) {
  DepthGuard guard(*this, n);
  auto l = make<ast::Lambda>(n);
  if (TSNode params = field(n, "parameters"); !ts_node_is_null(params)) l->args = parameters(params, true);
  TSNode body = field(n, "body");
  if (ts_node_is_null(body)) invalid_syntax(n);
  l->body = is(body, "lambda") ? lambda(body) : expr(body);
  return l;
}

// parameters: '(' parameter (',' parameter)* [','] ')'; lambda_parameters likewise, where
// parameter: identifier | typed_parameter | default_parameter | typed_default_parameter
//          | list_splat_pattern | dictionary_splat_pattern | keyword_separator ('*')
//          | positional_separator ('/')
//   ->  arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults),
// with CPython's errors for misplaced '/', '*', '**' and defaults.
ast::arguments Builder::parameters(TSNode n, bool is_lambda) {
  ast::arguments a;
  bool seen_slash = false, seen_star = false, seen_default = false, bare_star = false;
  bool seen_kwarg = false;
  TSNode bare_star_node{};
  for (TSNode p : named_children(n)) {
    std::string_view t = type(p);
    if (seen_kwarg) fail(p, base::diag_message(base::DiagKind::ArgAfterKwarg));
    if (t == "positional_separator") {
      if (seen_slash) fail(p, base::diag_message(base::DiagKind::SlashTwice));
      if (seen_star) fail(p, base::diag_message(base::DiagKind::SlashAfterStar));
      if (a.args.empty()) fail(p, base::diag_message(base::DiagKind::SlashFirst));
      seen_slash = true;
      for (auto& arg : a.args) a.posonlyargs.push_back(std::move(arg));
      a.args.clear();
      continue;
    }
    if (t == "keyword_separator") {
      if (seen_star) fail(p, base::diag_message(base::DiagKind::StarTwice));
      seen_star = bare_star = true;
      bare_star_node = p;
      continue;
    }
    // The parameter's name node, its annotation (type) node, its default (value) node.
    TSNode name = p, annotation{}, value{};
    bool star = false, double_star = false;
    if (t == "typed_parameter") {
      auto parts = named_children(p);
      if (parts.empty()) invalid_syntax(p);
      name = parts[0];
      annotation = field(p, "type");
    } else if (t == "default_parameter" || t == "typed_default_parameter") {
      name = field(p, "name");
      annotation = field(p, "type");
      value = field(p, "value");
    } else if (t != "identifier" && t != "list_splat_pattern" && t != "dictionary_splat_pattern") {
      invalid_syntax(p);
    }
    if (ts_node_is_null(name)) invalid_syntax(p);
    // arg's range starts at the name (after any '*' or '**') and ends after its annotation.
    TSNode name_id = name;
    if (is(name, "list_splat_pattern") || is(name, "dictionary_splat_pattern")) {
      star = is(name, "list_splat_pattern");
      double_star = !star;
      auto inner = named_children(name);
      if (inner.size() != 1) invalid_syntax(name);
      name_id = inner[0];
    }
    if (!is(name_id, "identifier")) invalid_syntax(name_id);
    ast::arg arg;
    arg.arg = identifier_text(name_id);
    SourceLoc arg_end = end(name_id);
    if (!ts_node_is_null(annotation)) {
      if (is_lambda) invalid_syntax(annotation);
      arg.annotation = type_expr(annotation);
      arg_end = end(annotation);
      if (arg.annotation->kind == ast::ExprKind::Starred && !star) invalid_syntax(annotation);
    }
    locate(arg, begin(name_id), arg_end);
    if (double_star) {
      if (!ts_node_is_null(value)) fail(value, base::diag_message(base::DiagKind::KwargDefault));
      a.kwarg = std::move(arg);
      seen_kwarg = true;
      continue;
    }
    if (star) {
      if (seen_star) fail(p, base::diag_message(base::DiagKind::StarTwice));
      if (!ts_node_is_null(value)) fail(value, base::diag_message(base::DiagKind::VarargDefault));
      seen_star = true;
      a.vararg = std::move(arg);
      continue;
    }
    if (seen_star) {
      a.kwonlyargs.push_back(std::move(arg));
      a.kw_defaults.push_back(ts_node_is_null(value) ? nullptr : expr(value));
      bare_star = false;
      continue;
    }
    if (!ts_node_is_null(value)) {
      seen_default = true;
      a.defaults.push_back(expr(value));
    } else if (seen_default) {
      fail(p, base::diag_message(base::DiagKind::NonDefaultAfterDefault));
    }
    a.args.push_back(std::move(arg));
  }
  if (bare_star) fail(bare_star_node, base::diag_message(base::DiagKind::BareStar));
  return a;
}

}  // namespace py2cpp::parse
