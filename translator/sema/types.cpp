// Expression types: see types.h. Mirrors nothing in CPython, whose values
// are all objects; chosen so output never depends on the answer.
#include "sema/types.h"

namespace py2cpp::sema {

ExprType type_of(const ast::Expr& e, Use use) {
  if (use == Use::Value) return ExprType::Object;
  if (e.kind == ast::ExprKind::Compare) return ExprType::Bool;
  if (e.kind == ast::ExprKind::UnaryOp && ast::as<ast::UnaryOp>(e).op == ast::UnaryOpKind::Not) return ExprType::Bool;
  return ExprType::Object;
}

}  // namespace py2cpp::sema
