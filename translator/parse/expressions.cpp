// Expression builders: tree-sitter-python's expression rules -> CPython's expr nodes
// (Grammar/python.gram: expressions, disjunction .. primary, atom, targets). Ranges are the
// CST node's; parentheses around a non-tuple are not part of the inner node, as in CPython.
#include "base/unicode.h"
#include "parse/builder.h"

namespace py2cpp::parse {

using base::SourceLoc;

namespace {

bool is_bare_tuple_like(std::string_view t) { return t == "expression_list" || t == "pattern_list"; }

}  // namespace

namespace {

// Nodes that build a Starred: `*x`, `*x + y` (a binary_operator led by a list_splat),
// `*f()`, `*a.b`, `*t[i]` (see Builder::splat_led_postfix) and a rewritten `*[1]` (a
// unary_operator, see Builder::unary_operator).
bool makes_starred(std::string_view t) {
  return t == "list_splat" || t == "list_splat_pattern" || t == "binary_operator" || t == "call" ||
         t == "attribute" || t == "subscript" || t == "unary_operator";
}

}  // namespace

ast::ExprPtr Builder::expr(TSNode n) {
  ast::ExprPtr e = any_expr(n);
  if (is(n, "named_expression")) invalid_syntax(n);
  if (e->kind == ast::ExprKind::Starred && makes_starred(type(n))) starred_here(n);
  return e;
}

ast::ExprPtr Builder::named_expr(TSNode n) {
  ast::ExprPtr e = any_expr(n);
  if (e->kind == ast::ExprKind::Starred && makes_starred(type(n))) starred_here(n);
  return e;
}

void Builder::starred_here(TSNode n) {
  // A rewritten '*' (see unary_operator) where no star_expression fits is outside CPython's
  // grammar altogether (`a * * b`, `*a < b` in a tuple): "invalid syntax", as CPython says.
  if (is(n, "unary_operator")) invalid_syntax(n);
  fail(n, base::diag_message(base::DiagKind::StarredHere));
}

ast::ExprPtr Builder::star_expr(TSNode n) {
  if (is(n, "named_expression")) invalid_syntax(n);
  return any_expr(n);
}

// _expressions / _right_hand_side: expression | expression_list | pattern_list  ->  expr or Tuple
ast::ExprPtr Builder::expressions(TSNode n) {
  if (is_bare_tuple_like(type(n))) return any_expr(n);
  return star_expr(n);
}

// Elements separated by commas, as a Tuple spanning [b, e) (CPython includes a trailing comma).
ast::ExprPtr Builder::tuple_of(const std::vector<TSNode>& elements, SourceLoc b, SourceLoc e) {
  auto t = make<ast::Tuple>(b, e);
  for (TSNode el : elements) t->elts.push_back(star_expr(el));
  return t;
}

TSNode Builder::splat_led_postfix(TSNode n) const {
  while (true) {
    std::string_view t = type(n);
    TSNode next = t == "call" ? field(n, "function") : t == "attribute" ? field(n, "object")
                : t == "subscript" ? field(n, "value") : TSNode{};
    if (ts_node_is_null(next)) return is(n, "list_splat") ? n : TSNode{};
    n = next;
  }
}

ast::ExprPtr Builder::any_expr(TSNode n) {
  DepthGuard guard(*this, n);
  std::string_view t = type(n);
  if (t == "call" || t == "attribute" || t == "subscript") {
    // tree-sitter-python reads `*g()` as `(*g)()`; CPython's star_expression is `*` applied to
    // the whole primary: Starred(Call(g)). Build the chain with the splat's operand at its base.
    TSNode splat = splat_led_postfix(n);
    if (!ts_node_is_null(splat) && !(!ts_node_is_null(unsplat_) && ts_node_eq(splat, unsplat_))) {
      TSNode saved = unsplat_;
      unsplat_ = splat;
      auto starred = make<ast::Starred>(n);
      starred->value = any_expr(n);
      unsplat_ = saved;
      return starred;
    }
    if (!ts_node_is_null(splat)) {
      // Building the chain under its Starred: each link starts after the '*', where its base does.
      ast::ExprPtr e = build_postfix(n);
      auto inner = named_children(splat);
      if (inner.size() != 1) invalid_syntax(splat);
      SourceLoc start = begin(inner[0]);
      for (ast::Expr* link = e.get(); link;) {
        link->lineno = start.line;
        link->col_offset = start.col;
        link = link->kind == ast::ExprKind::Call        ? static_cast<ast::Call*>(link)->func.get()
               : link->kind == ast::ExprKind::Attribute ? static_cast<ast::Attribute*>(link)->value.get()
               : link->kind == ast::ExprKind::Subscript ? static_cast<ast::Subscript*>(link)->value.get()
                                                        : nullptr;
      }
      return e;
    }
  }
  if ((t == "list_splat" || t == "list_splat_pattern") && !ts_node_is_null(unsplat_) && ts_node_eq(n, unsplat_)) {
    auto inner = named_children(n);
    if (inner.size() != 1) invalid_syntax(n);
    unsplat_ = TSNode{};
    return expr(inner[0]);
  }
  if (t == "identifier") return identifier(n);
  if (t == "string" || t == "concatenated_string") return strings(n);
  if (t == "integer" || t == "float") return number(n);
  if (t == "true" || t == "false" || t == "none" || t == "ellipsis") {
    auto c = make<ast::Constant>(n);
    c->value = t == "true"    ? ast::ConstantValue::boolean(true)
               : t == "false" ? ast::ConstantValue::boolean(false)
               : t == "none"  ? ast::ConstantValue::none()
                              : ast::ConstantValue::ellipsis();
    return c;
  }
  if (t == "binary_operator") return binary_operator(n);
  if (t == "unary_operator") return unary_operator(n);
  if (t == "not_operator") {
    // not_operator: 'not' argument  ->  UnaryOp(Not, operand)
    auto u = make<ast::UnaryOp>(n);
    u->op = ast::UnaryOpKind::Not;
    TSNode arg = field(n, "argument");
    if (ts_node_is_null(arg)) invalid_syntax(n);
    u->operand = expr(arg);
    return u;
  }
  if (t == "boolean_operator") return boolean_operator(n);
  if (t == "comparison_operator") return comparison_operator(n);
  if (t == "lambda") return lambda(n);
  if (t == "conditional_expression") return conditional_expression(n);
  if (t == "named_expression") return named_expression(n);
  if (t == "await") return await_expr(n);
  if (t == "attribute" || t == "subscript" || t == "call") return build_postfix(n);
  if (t == "list" || t == "set" || t == "tuple" || t == "tuple_pattern" || t == "list_pattern" ||
      t == "expression_list" || t == "pattern_list") {
    return collection(n);
  }
  if (t == "dictionary") return dictionary(n);
  if (t == "list_comprehension" || t == "set_comprehension" || t == "dictionary_comprehension" ||
      t == "generator_expression") {
    return comprehension(n);
  }
  if (t == "parenthesized_expression") {
    // parenthesized_expression: '(' (expression | yield) ')'  ->  the inner node, its own range
    auto inner = named_children(n);
    if (inner.size() != 1) invalid_syntax(n);
    if (is(inner[0], "yield")) return yield(inner[0]);
    if (is(inner[0], "list_splat") || is(inner[0], "parenthesized_list_splat")) {
      fail(inner[0], base::diag_message(base::DiagKind::StarredHere));
    }
    return named_expr(inner[0]);
  }
  if (t == "list_splat" || t == "list_splat_pattern") {
    // list_splat: '*' expression  ->  Starred(value, ctx)
    auto s = make<ast::Starred>(n);
    auto inner = named_children(n);
    if (inner.size() != 1) invalid_syntax(n);
    s->value = expr(inner[0]);
    return s;
  }
  if (t == "yield") return yield(n);
  if (t == "type") return type_expr(n);
  if (t == "as_pattern_target") {
    auto inner = named_children(n);
    if (inner.size() != 1) invalid_syntax(n);
    return any_expr(inner[0]);
  }
  // as_pattern outside with/except, keyword_argument, dictionary_splat, slice, ERROR, ...
  invalid_syntax(n);
}

ast::ExprPtr Builder::build_postfix(TSNode n) {
  if (is(n, "subscript")) return subscript(n);
  if (is(n, "call")) return call(n);
  // attribute: object '.' attribute  ->  Attribute(value, attr, ctx)
  auto a = make<ast::Attribute>(n);
  TSNode object = field(n, "object");
  TSNode attr = field(n, "attribute");
  if (ts_node_is_null(object) || ts_node_is_null(attr)) invalid_syntax(n);
  a->value = expr(object);
  a->attr = identifier_text(attr);
  return a;
}

std::string Builder::identifier_text(TSNode n) {
  if (!is(n, "identifier")) invalid_syntax(n);
  std::string_view name = text(n);
  // tree-sitter lexes a keyword where no keyword is expected as an identifier (`def f(for):`),
  // and accepts Python 2's `async`/`await` names; CPython's hard keywords (Lib/keyword.py).
  static constexpr std::string_view kKeywords[] = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
      "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
      "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
      "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
      "while", "with",   "yield"};
  for (std::string_view k : kKeywords) {
    if (name == k) invalid_syntax(n);
  }
  // CPython stores non-ASCII identifiers in NFKC (Parser/pegen.c _PyPegen_new_identifier), so
  // `ｗｉｄｔｈ` and `width` are one name and `µ` (U+00B5) is `μ` (U+03BC).
  return base::nfkc(name);
}

// identifier  ->  Name(id, ctx)
ast::ExprPtr Builder::identifier(TSNode n) {
  auto name = make<ast::Name>(n);
  name->id = identifier_text(n);
  return name;
}

bool operator_from_token(std::string_view op, ast::Operator& out) {
  static constexpr std::pair<std::string_view, ast::Operator> kOps[] = {
      {"+", ast::Operator::Add},      {"-", ast::Operator::Sub},         {"*", ast::Operator::Mult},
      {"@", ast::Operator::MatMult},  {"/", ast::Operator::Div},         {"%", ast::Operator::Mod},
      {"**", ast::Operator::Pow},     {"<<", ast::Operator::LShift},     {">>", ast::Operator::RShift},
      {"|", ast::Operator::BitOr},    {"^", ast::Operator::BitXor},      {"&", ast::Operator::BitAnd},
      {"//", ast::Operator::FloorDiv}};
  for (const auto& [text, o] : kOps) {
    if (text == op) {
      out = o;
      return true;
    }
  }
  return false;
}

namespace {

// Python's binding strength of a binary operator (Grammar/python.gram: bitwise_or ..
// power); higher binds tighter.
int binding(ast::Operator op) {
  switch (op) {
    case ast::Operator::BitOr: return 1;
    case ast::Operator::BitXor: return 2;
    case ast::Operator::BitAnd: return 3;
    case ast::Operator::LShift:
    case ast::Operator::RShift: return 4;
    case ast::Operator::Add:
    case ast::Operator::Sub: return 5;
    case ast::Operator::Mult:
    case ast::Operator::MatMult:
    case ast::Operator::Div:
    case ast::Operator::FloorDiv:
    case ast::Operator::Mod: return 6;
    case ast::Operator::Pow: return 7;
  }
  return 0;
}

}  // namespace

// binary_operator: left op right  ->  BinOp(left, op, right)
// tree-sitter-python 0.23 ranks '^' above '&' (PREC.xor 16 > PREC.bitwise_and 15), so a run of
// unparenthesized binary operators is flattened to operands and operators in source order and
// regrouped with Python's precedence (shunting-yard, no recursion).
ast::ExprPtr Builder::binary_operator(TSNode n) {
  struct Operand {
    ast::ExprPtr e;
    SourceLoc b, e_end;
  };
  std::vector<TSNode> operand_nodes;
  std::vector<ast::Operator> ops;
  // In-order walk of the binary_operator nodes: a stack of (node, next-step) pairs.
  std::vector<std::pair<TSNode, int>> stack{{n, 0}};
  while (!stack.empty()) {
    auto& [node, step] = stack.back();
    if (!is(node, "binary_operator")) {
      operand_nodes.push_back(node);
      stack.pop_back();
      continue;
    }
    TSNode left = field(node, "left"), op = field(node, "operator"), right = field(node, "right");
    if (ts_node_is_null(left) || ts_node_is_null(op) || ts_node_is_null(right)) invalid_syntax(node);
    if (step == 0) {
      step = 1;
      stack.push_back({left, 0});
    } else {
      ast::Operator o;
      if (!operator_from_token(type(op), o)) invalid_syntax(op);
      ops.push_back(o);
      stack.pop_back();
      stack.push_back({right, 0});
    }
    if (stack.size() > static_cast<std::size_t>(kMaxDepth)) {
      fail(range(n), base::diag_message(base::DiagKind::MaxRecursionDepth));
    }
  }
  // tree-sitter reads `*a + b` as (*a) + b; CPython's `star_expression: '*' bitwise_or` makes
  // it Starred(a + b).
  // Likewise `*g() + b`, read as ((*g)()) + b: the splat at the chain's base is dropped there.
  bool starred = is(operand_nodes.front(), "list_splat") ||
                 (is(operand_nodes.front(), "unary_operator") &&
                  text(field(operand_nodes.front(), "operator")) == "*");
  if (starred) {
    auto inner = named_children(operand_nodes.front());
    if (inner.size() != 1) invalid_syntax(operand_nodes.front());
    operand_nodes.front() = inner[0];
  }
  TSNode saved_unsplat = unsplat_;
  bool splat_in_chain = false;
  if (TSNode splat = splat_led_postfix(operand_nodes.front()); !starred && !ts_node_is_null(splat)) {
    starred = splat_in_chain = true;
    unsplat_ = splat;
  }
  std::vector<Operand> values;
  std::vector<ast::Operator> pending;
  auto reduce = [&]() {
    Operand right = std::move(values.back());
    values.pop_back();
    Operand left = std::move(values.back());
    values.pop_back();
    auto b = make<ast::BinOp>(left.b, right.e_end);
    b->op = pending.back();
    pending.pop_back();
    b->left = std::move(left.e);
    b->right = std::move(right.e);
    values.push_back({std::move(b), left.b, right.e_end});
  };
  for (std::size_t i = 0; i < operand_nodes.size(); ++i) {
    if (i > 0) {
      ast::Operator o = ops[i - 1];
      int p = binding(o);
      while (!pending.empty() &&
             (binding(pending.back()) > p || (binding(pending.back()) == p && o != ast::Operator::Pow))) {
        reduce();
      }
      pending.push_back(o);
    }
    TSNode operand = operand_nodes[i];
    ast::ExprPtr value = expr(operand);
    values.push_back({std::move(value), begin(operand), end(operand)});
    if (i == 0 && splat_in_chain) {
      values.back().b = node_begin(*values.back().e);
      unsplat_ = saved_unsplat;
    }
  }
  unsplat_ = saved_unsplat;
  while (!pending.empty()) reduce();
  if (values.size() != 1) invalid_syntax(n);
  if (starred) {
    auto s = make<ast::Starred>(n);
    s->value = std::move(values.back().e);
    return s;
  }
  return std::move(values.back().e);
}

// unary_operator: ('+' | '-' | '~') argument  ->  UnaryOp(op, operand)
ast::ExprPtr Builder::unary_operator(TSNode n) {
  TSNode op = field(n, "operator");
  TSNode arg = field(n, "argument");
  if (ts_node_is_null(op) || ts_node_is_null(arg)) invalid_syntax(n);
  if (text(op) == "*") {
    // A '*' that parse.cpp's grammar_rewrites() gave tree-sitter as '~' (star_expression:
    // '*' bitwise_or in an unparenthesized tuple)  ->  Starred(value)
    auto s = make<ast::Starred>(n);
    s->value = expr(arg);
    return s;
  }
  auto u = make<ast::UnaryOp>(n);
  std::string_view o = type(op);
  u->op = o == "+" ? ast::UnaryOpKind::UAdd : o == "-" ? ast::UnaryOpKind::USub : ast::UnaryOpKind::Invert;
  u->operand = expr(arg);
  return u;
}

// await: 'await' primary_expression  ->  Await(value)
// tree-sitter-python ranks 'await' below '**', so `await x ** 2` arrives as await(x ** 2);
// CPython's `power: await_primary '**' factor` makes it BinOp(Await(x), Pow, 2). The operand
// must be a CPython `primary`: `await -x` and `await await x` are invalid syntax.
ast::ExprPtr Builder::await_expr(TSNode n) {
  auto operands = named_children(n);
  if (operands.size() != 1) invalid_syntax(n);
  TSNode operand = operands[0];
  std::string_view t = type(operand);
  if (t == "binary_operator") {
    TSNode op = field(operand, "operator");
    if (ts_node_is_null(op) || type(op) != "**") invalid_syntax(operand);
    TSNode left = field(operand, "left");
    std::string_view lt = type(left);
    if (lt == "unary_operator" || lt == "await" || lt == "binary_operator") invalid_syntax(left);
    auto power = make<ast::BinOp>(n);
    power->op = ast::Operator::Pow;
    auto a = make<ast::Await>(begin(n), end(left));
    a->value = expr(left);
    power->left = std::move(a);
    power->right = expr(field(operand, "right"));
    return power;
  }
  if (t == "unary_operator" || t == "await" || t == "not_operator") {
    TSNode first = ts_node_child(operand, 0);
    invalid_syntax(ts_node_is_null(first) ? operand : first);
  }
  auto a = make<ast::Await>(n);
  a->value = expr(operand);
  return a;
}

// boolean_operator: left ('and' | 'or') right, left-nested  ->  one BoolOp(op, values) per
// run of the same operator, as CPython's `disjunction: conjunction ('or' conjunction)+`
ast::ExprPtr Builder::boolean_operator(TSNode n) {
  TSNode op = field(n, "operator");
  if (ts_node_is_null(op)) invalid_syntax(n);
  std::string_view op_text = type(op);
  auto b = make<ast::BoolOp>(n);
  b->op = op_text == "and" ? ast::BoolOpKind::And : ast::BoolOpKind::Or;
  // Walk down the left spine iteratively (a long `a or b or c ...` chain is deep).
  std::vector<TSNode> rights;
  TSNode cur = n;
  while (is(cur, "boolean_operator")) {
    TSNode cur_op = field(cur, "operator");
    if (ts_node_is_null(cur_op) || type(cur_op) != op_text) break;
    TSNode right = field(cur, "right");
    if (ts_node_is_null(right)) invalid_syntax(cur);
    rights.push_back(right);
    cur = field(cur, "left");
    if (ts_node_is_null(cur)) invalid_syntax(n);
  }
  b->values.push_back(expr(cur));
  for (auto it = rights.rbegin(); it != rights.rend(); ++it) b->values.push_back(expr(*it));
  return b;
}

// comparison_operator: primary (op primary)+  ->  Compare(left, ops, comparators)
ast::ExprPtr Builder::comparison_operator(TSNode n) {
  auto c = make<ast::Compare>(n);
  bool first = true;
  for (TSNode child : children(n)) {
    if (ts_node_is_named(child)) {
      if (first) {
        c->left = expr(child);
        first = false;
      } else {
        c->comparators.push_back(expr(child));
      }
      continue;
    }
    std::string_view op = type(child);
    ast::CmpOp cmp;
    if (op == "<") cmp = ast::CmpOp::Lt;
    else if (op == "<=") cmp = ast::CmpOp::LtE;
    else if (op == "==") cmp = ast::CmpOp::Eq;
    else if (op == "!=") cmp = ast::CmpOp::NotEq;
    else if (op == ">=") cmp = ast::CmpOp::GtE;
    else if (op == ">") cmp = ast::CmpOp::Gt;
    else if (op == "in") cmp = ast::CmpOp::In;
    else if (op == "not in") cmp = ast::CmpOp::NotIn;
    else if (op == "is") cmp = ast::CmpOp::Is;
    else if (op == "is not") cmp = ast::CmpOp::IsNot;
    else invalid_syntax(child);  // '<>' and anything else
    c->ops.push_back(cmp);
  }
  if (!c->left || c->ops.empty() || c->ops.size() != c->comparators.size()) invalid_syntax(n);
  return c;
}

// conditional_expression: body 'if' test 'else' orelse  ->  IfExp(test, body, orelse)
ast::ExprPtr Builder::conditional_expression(TSNode n) {
  auto parts = named_children(n);
  if (parts.size() != 3) invalid_syntax(n);
  auto e = make<ast::IfExp>(n);
  e->body = expr(parts[0]);
  e->test = expr(parts[1]);
  e->orelse = expr(parts[2]);
  return e;
}

// named_expression: name ':=' value  ->  NamedExpr(target=Name(Store), value)
ast::ExprPtr Builder::named_expression(TSNode n) {
  TSNode name = field(n, "name");
  TSNode value = field(n, "value");
  if (ts_node_is_null(name) || ts_node_is_null(value)) invalid_syntax(n);
  auto e = make<ast::NamedExpr>(n);
  auto target = identifier(name);
  static_cast<ast::Name&>(*target).ctx = ast::ExprContext::Store;
  e->target = std::move(target);
  e->value = expr(value);
  return e;
}

// yield: 'yield' ['from' expression | _expressions]  ->  Yield(value) / YieldFrom(value)
ast::ExprPtr Builder::yield(TSNode n) {
  auto parts = named_children(n);
  if (has_token(n, "from")) {
    if (parts.size() != 1) invalid_syntax(n);
    auto y = make<ast::YieldFrom>(n);
    y->value = expr(parts[0]);
    return y;
  }
  auto y = make<ast::Yield>(n);
  if (parts.size() > 1) invalid_syntax(n);
  if (parts.size() == 1) y->value = expressions(parts[0]);
  return y;
}

// call: function (argument_list | generator_expression)  ->  Call(func, args, keywords)
ast::ExprPtr Builder::call(TSNode n) {
  TSNode function = field(n, "function");
  TSNode arguments = field(n, "arguments");
  if (ts_node_is_null(function) || ts_node_is_null(arguments)) invalid_syntax(n);
  auto c = make<ast::Call>(n);
  c->func = expr(function);
  if (is(arguments, "generator_expression")) {
    c->args.push_back(comprehension(arguments));
  } else {
    arguments_into(arguments, c->args, c->keywords);
  }
  return c;
}

// argument_list: '(' (expression | list_splat | dictionary_splat | keyword_argument)* ')'
//   ->  positional args (Starred for *x) and keywords (arg=None for **x), with CPython's
//       ordering errors
void Builder::arguments_into(TSNode argument_list, ast::ExprList& args, std::vector<ast::keyword>& keywords) {
  if (!is(argument_list, "argument_list")) invalid_syntax(argument_list);
  bool seen_keyword = false, seen_double_star = false;
  auto items = named_children(argument_list);
  for (TSNode item : items) {
    std::string_view t = type(item);
    if (t == "keyword_argument") {
      TSNode name = field(item, "name");
      TSNode value = field(item, "value");
      if (ts_node_is_null(name) || ts_node_is_null(value)) invalid_syntax(item);
      ast::keyword k;
      k.arg = identifier_text(name);
      k.value = expr(value);
      locate(k, begin(item), end(item));
      keywords.push_back(std::move(k));
      seen_keyword = true;
    } else if (t == "dictionary_splat") {
      auto inner = named_children(item);
      if (inner.size() != 1) invalid_syntax(item);
      ast::keyword k;
      k.value = expr(inner[0]);
      locate(k, begin(item), end(item));
      keywords.push_back(std::move(k));
      seen_double_star = true;
    } else if (t == "list_splat" || !ts_node_is_null(splat_led_postfix(item))) {
      if (seen_double_star) fail(item, base::diag_message(base::DiagKind::IterableAfterKeywordUnpacking));
      args.push_back(any_expr(item));
    } else {
      if (seen_double_star) fail(item, base::diag_message(base::DiagKind::PositionalAfterKeywordUnpacking));
      if (seen_keyword) fail(item, base::diag_message(base::DiagKind::PositionalAfterKeyword));
      args.push_back(named_expr(item));
    }
  }
}

// subscript: value '[' (expression | slice) (',' ...)* [','] ']'  ->  Subscript(value, slice),
// several subscripts (or a trailing comma) making a Tuple spanning them
ast::ExprPtr Builder::subscript(TSNode n) {
  TSNode value = field(n, "value");
  if (ts_node_is_null(value)) invalid_syntax(n);
  auto s = make<ast::Subscript>(n);
  s->value = expr(value);
  std::vector<TSNode> items = fields(n, "subscript");
  if (items.empty()) invalid_syntax(n);
  auto element = [&](TSNode item) -> ast::ExprPtr {
    if (is(item, "slice")) return slice(item);
    if (is(item, "list_splat") || !ts_node_is_null(splat_led_postfix(item))) return any_expr(item);
    return named_expr(item);
  };
  // Between '[' and ']': the span of a tuple of subscripts, trailing comma included.
  SourceLoc first{}, last{};
  bool comma = false, in_brackets = false, have_first = false;
  for (TSNode c : children(n)) {
    if (!ts_node_is_named(c) && type(c) == "[" && !in_brackets) {
      in_brackets = true;
      continue;
    }
    if (!in_brackets) continue;
    if (!ts_node_is_named(c) && type(c) == "]") break;
    if (!ts_node_is_named(c) && type(c) == ",") comma = true;
    if (!have_first) {
      first = begin(c);
      have_first = true;
    }
    last = end(c);
  }
  bool starred = false;
  for (TSNode item : items) starred = starred || is(item, "list_splat") || !ts_node_is_null(splat_led_postfix(item));
  if (items.size() == 1 && !comma && !starred) {
    s->slice = element(items[0]);
    return s;
  }
  auto t = make<ast::Tuple>(first, last);
  for (TSNode item : items) t->elts.push_back(element(item));
  s->slice = std::move(t);
  return s;
}

// slice: [expression] ':' [expression] [':' [expression]]  ->  Slice(lower, upper, step)
ast::ExprPtr Builder::slice(TSNode n) {
  auto s = make<ast::Slice>(n);
  int part = 0;
  for (TSNode c : children(n)) {
    if (!ts_node_is_named(c)) {
      if (type(c) != ":") invalid_syntax(c);
      ++part;
      continue;
    }
    ast::ExprPtr e = expr(c);
    if (part == 0) s->lower = std::move(e);
    else if (part == 1) s->upper = std::move(e);
    else s->step = std::move(e);
  }
  return s;
}

// list / set / tuple (and their target forms list_pattern, tuple_pattern, pattern_list,
// expression_list): elements separated by commas  ->  List / Set / Tuple(elts, ctx).
// A parenthesized single element without a comma is that element: `(a) = 1`.
ast::ExprPtr Builder::collection(TSNode n) {
  std::string_view t = type(n);
  std::vector<TSNode> elements;
  for (TSNode c : named_children(n)) elements.push_back(c);
  bool comma = has_token(n, ",");
  auto element = [&](TSNode el) -> ast::ExprPtr {
    if (is(el, "yield")) invalid_syntax(el);
    if (is(el, "parenthesized_list_splat")) fail(el, base::diag_message(base::DiagKind::StarredHere));
    return any_expr(el);
  };
  if ((t == "tuple" || t == "tuple_pattern") && elements.size() == 1 && !comma) {
    if (is(elements[0], "list_splat") || is(elements[0], "list_splat_pattern")) {
      fail(elements[0], base::diag_message(base::DiagKind::StarredHere));
    }
    return t == "tuple" ? named_expr(elements[0]) : any_expr(elements[0]);
  }
  if (t == "set") {
    auto s = make<ast::Set>(n);
    for (TSNode el : elements) s->elts.push_back(element(el));
    return s;
  }
  if (t == "list" || t == "list_pattern") {
    auto l = make<ast::List>(n);
    for (TSNode el : elements) l->elts.push_back(element(el));
    return l;
  }
  auto tuple = make<ast::Tuple>(n);
  for (TSNode el : elements) tuple->elts.push_back(element(el));
  return tuple;
}

// dictionary: '{' (pair | dictionary_splat) (',' ...)* [','] '}'  ->  Dict(keys, values),
// a null key for `**mapping`
ast::ExprPtr Builder::dictionary(TSNode n) {
  auto d = make<ast::Dict>(n);
  for (TSNode item : named_children(n)) {
    if (is(item, "pair")) {
      TSNode key = field(item, "key");
      TSNode value = field(item, "value");
      if (ts_node_is_null(key) || ts_node_is_null(value)) invalid_syntax(item);
      d->keys.push_back(expr(key));
      d->values.push_back(expr(value));
    } else if (is(item, "dictionary_splat")) {
      auto inner = named_children(item);
      if (inner.size() != 1) invalid_syntax(item);
      d->keys.push_back(nullptr);
      d->values.push_back(expr(inner[0]));
    } else {
      invalid_syntax(item);
    }
  }
  return d;
}

// True when type node `n` is an item of a subscript's type_parameter.
bool Builder::in_type_parameter(TSNode n) {
  TSNode parent = ts_node_parent(n);
  return !ts_node_is_null(parent) && is(parent, "type_parameter");
}

// type: expression | splat_type | generic_type | union_type | member_type (annotations)
//   ->  the annotation expression (Starred for `*args: *Ts`, Subscript, BinOp(BitOr), Attribute)
ast::ExprPtr Builder::type_expr(TSNode n) {
  DepthGuard guard(*this, n);
  if (!is(n, "type")) return expr(n);
  auto parts = named_children(n);
  if (parts.size() != 1) invalid_syntax(n);
  TSNode inner = parts[0];
  std::string_view t = type(inner);
  if (t == "splat_type") {
    if (!has_token(inner, "*")) invalid_syntax(inner);
    auto names = named_children(inner);
    if (names.size() != 1) invalid_syntax(inner);
    auto s = make<ast::Starred>(inner);
    s->value = identifier(names[0]);
    return s;
  }
  if (t == "generic_type") {
    auto gparts = named_children(inner);
    if (gparts.size() != 2 || !is(gparts[1], "type_parameter")) invalid_syntax(inner);
    auto s = make<ast::Subscript>(inner);
    s->value = identifier(gparts[0]);
    auto params = named_children(gparts[1]);
    if (params.empty()) invalid_syntax(gparts[1]);
    ast::ExprPtr single = params.size() == 1 && !has_token(gparts[1], ",") ? type_expr(params[0]) : nullptr;
    if (single && single->kind != ast::ExprKind::Starred) {
      s->slice = std::move(single);
    } else if (single) {
      // A lone starred subscript is a one-element Tuple, as in `t[*Ts]` (CPython's slices rule).
      auto tuple = make<ast::Tuple>(begin(params.front()), end(params.back()));
      tuple->elts.push_back(std::move(single));
      s->slice = std::move(tuple);
    } else {
      auto tuple = make<ast::Tuple>(begin(params.front()), end(params.back()));
      for (TSNode p : params) tuple->elts.push_back(type_expr(p));
      s->slice = std::move(tuple);
    }
    return s;
  }
  if (t == "union_type") {
    auto uparts = named_children(inner);
    if (uparts.size() != 2) invalid_syntax(inner);
    auto b = make<ast::BinOp>(inner);
    b->op = ast::Operator::BitOr;
    b->left = type_expr(uparts[0]);
    b->right = type_expr(uparts[1]);
    return b;
  }
  if (t == "member_type") {
    auto mparts = named_children(inner);
    if (mparts.size() != 2) invalid_syntax(inner);
    auto a = make<ast::Attribute>(inner);
    a->value = type_expr(mparts[0]);
    a->attr = identifier_text(mparts[1]);
    return a;
  }
  // Inside a subscript, `a[1:2]` in an annotation reaches us as constrained_type (the grammar's
  // `type ':' type`, right-associative): it is CPython's Slice, `1:2:3` nesting the step.
  if (t == "constrained_type") {
    auto cparts = named_children(inner);
    if (cparts.size() != 2 || !in_type_parameter(n)) invalid_syntax(inner);
    auto slice = make<ast::Slice>(inner);
    slice->lower = type_expr(cparts[0]);
    TSNode upper = cparts[1];
    auto upper_parts = named_children(upper);
    if (upper_parts.size() == 1 && is(upper_parts[0], "constrained_type")) {
      auto steps = named_children(upper_parts[0]);
      if (steps.size() != 2) invalid_syntax(upper);
      slice->upper = type_expr(steps[0]);
      slice->step = type_expr(steps[1]);
    } else {
      slice->upper = type_expr(upper);
    }
    return slice;
  }
  // `*args: *tuple[int, str]` (PEP 646) arrives as a splat-led subscript, not a splat_type;
  // the parameter builder rejects a Starred annotation anywhere but on *args.
  if (!ts_node_is_null(splat_led_postfix(inner))) return any_expr(inner);
  return expr(inner);
}

namespace {

const char* target_description(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Call: return "function call";
    case ast::ExprKind::Constant: {
      const auto& c = ast::as<ast::Constant>(e);
      switch (c.value.kind) {
        case ast::ConstantValue::Kind::True: return "True";
        case ast::ConstantValue::Kind::False: return "False";
        case ast::ConstantValue::Kind::None: return "None";
        case ast::ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ast::ExprKind::Compare: return "comparison";
    case ast::ExprKind::Lambda: return "lambda";
    case ast::ExprKind::IfExp: return "conditional expression";
    case ast::ExprKind::NamedExpr: return "named expression";
    case ast::ExprKind::Await: return "await expression";
    case ast::ExprKind::Yield:
    case ast::ExprKind::YieldFrom: return "yield expression";
    case ast::ExprKind::Dict: return "dict literal";
    case ast::ExprKind::Set: return "set display";
    case ast::ExprKind::ListComp: return "list comprehension";
    case ast::ExprKind::SetComp: return "set comprehension";
    case ast::ExprKind::DictComp: return "dict comprehension";
    case ast::ExprKind::GeneratorExp: return "generator expression";
    case ast::ExprKind::JoinedStr:
    case ast::ExprKind::FormattedValue: return "f-string expression";
    default: return "expression";
  }
}

}  // namespace

// CPython's _PyPegen_set_expr_context plus the invalid_assignment/invalid_del_stmt errors.
void Builder::set_context(ast::Expr& e, ast::ExprContext ctx, TSNode at) {
  switch (e.kind) {
    case ast::ExprKind::Name: static_cast<ast::Name&>(e).ctx = ctx; return;
    case ast::ExprKind::Attribute: static_cast<ast::Attribute&>(e).ctx = ctx; return;
    case ast::ExprKind::Subscript: static_cast<ast::Subscript&>(e).ctx = ctx; return;
    case ast::ExprKind::Starred: {
      auto& s = static_cast<ast::Starred&>(e);
      if (ctx == ast::ExprContext::Del) fail(e.range(), base::diag_message(base::DiagKind::DeleteStarred));
      s.ctx = ctx;
      set_context(*s.value, ctx, at);
      return;
    }
    case ast::ExprKind::Tuple: {
      auto& t = static_cast<ast::Tuple&>(e);
      t.ctx = ctx;
      for (auto& el : t.elts) set_context(*el, ctx, at);
      return;
    }
    case ast::ExprKind::List: {
      auto& l = static_cast<ast::List&>(e);
      l.ctx = ctx;
      for (auto& el : l.elts) set_context(*el, ctx, at);
      return;
    }
    default: {
      fail(e.range(), base::diag_message(ctx == ast::ExprContext::Del ? base::DiagKind::CannotDelete
                                                                       : base::DiagKind::CannotAssign,
                                         {target_description(e)}));
    }
  }
}

ast::ExprPtr Builder::target(TSNode n, ast::ExprContext ctx) {
  ast::ExprPtr e = any_expr(n);
  set_context(*e, ctx, n);
  return e;
}

}  // namespace py2cpp::parse
