// The expression-type module: the one place that decides how the value of an
// expression is represented in generated C++. Today every value is a dynamic
// pyrt::Object except truth values consumed directly (if/while tests, `not`,
// comparisons in a condition), which are C++ bool; proven int, float and
// instance types grow here.
#pragma once

#include "ast/ast.h"

namespace py2cpp::sema {

/// The C++ representation of an expression's value.
enum class ExprType {
  Object,  // pyrt::Object, a dynamic Python value
  Bool,    // bool, a truth value already computed
};

/// How the enclosing construct consumes an expression's value.
enum class Use {
  Value,  // the Python object itself (operands, arguments, assignments)
  Truth,  // only its truth value (tests of if/while/assert/IfExp, `not`)
};

/// The C++ type lowering gives `e` when consumed as `use`: Bool for a
/// comparison or `not` whose truth is consumed directly (CPython's
/// COMPARE_OP followed by POP_JUMP_IF_FALSE never builds a bool object
/// either), Object for everything else.
ExprType type_of(const ast::Expr& e, Use use);

}  // namespace py2cpp::sema
