// Generic helpers over the AST shared by sema and lower: child traversal of
// expressions and uniform access to nodes that CPython shapes alike
// (For/AsyncFor, With/AsyncWith, the comprehension kinds).
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "ast/ast.h"

namespace py2cpp {

/// Lets code iterate AST child lists whether they hold values or pointers.
template <class T>
const T& deref(const T& x) {
  return x;
}
template <class T>
const T& deref(const std::unique_ptr<T>& x) {
  return *x;
}
template <class T>
const T& deref(const std::optional<T>& x) {
  return *x;
}

/// Calls `f` on each direct child expression of `e` in evaluation order
/// (blocks such as lambda bodies and comprehensions included).
template <class F>
void for_each_child(const ast::Expr& e, F&& f) {
  using K = ast::ExprKind;
  auto each = [&](const auto& list) {
    for (const auto& x : list)
      if (x) f(*x);
  };
  auto one = [&](const auto& p) {
    if (p) f(*p);
  };
  switch (e.kind) {
    case K::BoolOp: each(ast::as<ast::BoolOp>(e).values); return;
    case K::NamedExpr: one(ast::as<ast::NamedExpr>(e).value); return;
    case K::BinOp:
      one(ast::as<ast::BinOp>(e).left);
      one(ast::as<ast::BinOp>(e).right);
      return;
    case K::UnaryOp: one(ast::as<ast::UnaryOp>(e).operand); return;
    case K::Lambda: one(ast::as<ast::Lambda>(e).body); return;
    case K::IfExp:
      one(ast::as<ast::IfExp>(e).test);
      one(ast::as<ast::IfExp>(e).body);
      one(ast::as<ast::IfExp>(e).orelse);
      return;
    case K::Dict: {
      const auto& d = ast::as<ast::Dict>(e);
      for (std::size_t i = 0; i < d.values.size(); ++i) {
        one(d.keys[i]);
        one(d.values[i]);
      }
      return;
    }
    case K::Set: each(ast::as<ast::Set>(e).elts); return;
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: return;
    case K::Await: one(ast::as<ast::Await>(e).value); return;
    case K::Yield: one(ast::as<ast::Yield>(e).value); return;
    case K::YieldFrom: one(ast::as<ast::YieldFrom>(e).value); return;
    case K::Compare:
      one(ast::as<ast::Compare>(e).left);
      each(ast::as<ast::Compare>(e).comparators);
      return;
    case K::Call: {
      const auto& c = ast::as<ast::Call>(e);
      one(c.func);
      each(c.args);
      for (const auto& k : c.keywords) one(deref(k).value);
      return;
    }
    case K::FormattedValue:
      one(ast::as<ast::FormattedValue>(e).value);
      one(ast::as<ast::FormattedValue>(e).format_spec);
      return;
    case K::JoinedStr: each(ast::as<ast::JoinedStr>(e).values); return;
    case K::Constant: return;
    case K::Attribute: one(ast::as<ast::Attribute>(e).value); return;
    case K::Subscript:
      one(ast::as<ast::Subscript>(e).value);
      one(ast::as<ast::Subscript>(e).slice);
      return;
    case K::Starred: one(ast::as<ast::Starred>(e).value); return;
    case K::Name: return;
    case K::List: each(ast::as<ast::List>(e).elts); return;
    case K::Tuple: each(ast::as<ast::Tuple>(e).elts); return;
    case K::Slice:
      one(ast::as<ast::Slice>(e).lower);
      one(ast::as<ast::Slice>(e).upper);
      one(ast::as<ast::Slice>(e).step);
      return;
  }
}

}  // namespace py2cpp
