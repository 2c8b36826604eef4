// Names of the AST node kinds, as CPython's ast module spells its classes.
#include "ast/ast.h"

namespace py2cpp::ast {

const char* kind_name(ExprKind kind) {
  switch (kind) {
    case ExprKind::BoolOp: return "BoolOp";
    case ExprKind::NamedExpr: return "NamedExpr";
    case ExprKind::BinOp: return "BinOp";
    case ExprKind::UnaryOp: return "UnaryOp";
    case ExprKind::Lambda: return "Lambda";
    case ExprKind::IfExp: return "IfExp";
    case ExprKind::Dict: return "Dict";
    case ExprKind::Set: return "Set";
    case ExprKind::ListComp: return "ListComp";
    case ExprKind::SetComp: return "SetComp";
    case ExprKind::DictComp: return "DictComp";
    case ExprKind::GeneratorExp: return "GeneratorExp";
    case ExprKind::Await: return "Await";
    case ExprKind::Yield: return "Yield";
    case ExprKind::YieldFrom: return "YieldFrom";
    case ExprKind::Compare: return "Compare";
    case ExprKind::Call: return "Call";
    case ExprKind::FormattedValue: return "FormattedValue";
    case ExprKind::JoinedStr: return "JoinedStr";
    case ExprKind::Constant: return "Constant";
    case ExprKind::Attribute: return "Attribute";
    case ExprKind::Subscript: return "Subscript";
    case ExprKind::Starred: return "Starred";
    case ExprKind::Name: return "Name";
    case ExprKind::List: return "List";
    case ExprKind::Tuple: return "Tuple";
    case ExprKind::Slice: return "Slice";
  }
  return "?";
}

const char* kind_name(StmtKind kind) {
  switch (kind) {
    case StmtKind::FunctionDef: return "FunctionDef";
    case StmtKind::AsyncFunctionDef: return "AsyncFunctionDef";
    case StmtKind::ClassDef: return "ClassDef";
    case StmtKind::Return: return "Return";
    case StmtKind::Delete: return "Delete";
    case StmtKind::Assign: return "Assign";
    case StmtKind::AugAssign: return "AugAssign";
    case StmtKind::AnnAssign: return "AnnAssign";
    case StmtKind::For: return "For";
    case StmtKind::AsyncFor: return "AsyncFor";
    case StmtKind::While: return "While";
    case StmtKind::If: return "If";
    case StmtKind::With: return "With";
    case StmtKind::AsyncWith: return "AsyncWith";
    case StmtKind::Match: return "Match";
    case StmtKind::Raise: return "Raise";
    case StmtKind::Try: return "Try";
    case StmtKind::TryStar: return "TryStar";
    case StmtKind::Assert: return "Assert";
    case StmtKind::Import: return "Import";
    case StmtKind::ImportFrom: return "ImportFrom";
    case StmtKind::Global: return "Global";
    case StmtKind::Nonlocal: return "Nonlocal";
    case StmtKind::Expr: return "Expr";
    case StmtKind::Pass: return "Pass";
    case StmtKind::Break: return "Break";
    case StmtKind::Continue: return "Continue";
  }
  return "?";
}

const char* kind_name(PatternKind kind) {
  switch (kind) {
    case PatternKind::MatchValue: return "MatchValue";
    case PatternKind::MatchSingleton: return "MatchSingleton";
    case PatternKind::MatchSequence: return "MatchSequence";
    case PatternKind::MatchMapping: return "MatchMapping";
    case PatternKind::MatchClass: return "MatchClass";
    case PatternKind::MatchStar: return "MatchStar";
    case PatternKind::MatchAs: return "MatchAs";
    case PatternKind::MatchOr: return "MatchOr";
  }
  return "?";
}

}  // namespace py2cpp::ast
