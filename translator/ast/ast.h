// The Python AST, shaped and named exactly like CPython 3.11's `ast` module
// (Parser/Python.asdl): same node names, same field names, same locations.
#pragma once

#include <cassert>
#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/source.h"

namespace py2cpp::ast {

// The location attributes every located node carries (CPython's `attributes (...)`).
struct Node {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  base::SourceRange range() const { return {{lineno, col_offset}, {end_lineno, end_col_offset}}; }
};

// ---------------------------------------------------------------------------
// Simple sum types (printed by dump() as `Add()`, `Load()`, ...)

enum class BoolOpKind { And, Or };
enum class Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext { Load, Store, Del };

// CPython's `constant`: the value of a Constant or MatchSingleton.
struct ConstantValue {
  enum class Kind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: decimal digits, no sign, no leading zeros ("0" for zero); literals of any base
  // and with underscores are converted, precision is arbitrary.
  std::string int_digits;
  // Float: the value. Complex: the imaginary part (a literal `2j` is complex(0, 2)).
  double float_value = 0;
  // Str: the decoded value in UTF-8 (a lone surrogate from "\ud800" as 3-byte WTF-8).
  std::string str_value;
  // Bytes: the decoded bytes.
  std::string bytes_value;

  static ConstantValue none() { return {}; }
  static ConstantValue boolean(bool b) {
    ConstantValue v;
    v.kind = b ? Kind::True : Kind::False;
    return v;
  }
  static ConstantValue ellipsis() {
    ConstantValue v;
    v.kind = Kind::Ellipsis;
    return v;
  }
  static ConstantValue integer(std::string digits) {
    ConstantValue v;
    v.kind = Kind::Int;
    v.int_digits = std::move(digits);
    return v;
  }
  static ConstantValue floating(double d) {
    ConstantValue v;
    v.kind = Kind::Float;
    v.float_value = d;
    return v;
  }
  static ConstantValue imaginary(double imag) {
    ConstantValue v;
    v.kind = Kind::Complex;
    v.float_value = imag;
    return v;
  }
  static ConstantValue str(std::string s) {
    ConstantValue v;
    v.kind = Kind::Str;
    v.str_value = std::move(s);
    return v;
  }
  static ConstantValue bytes(std::string b) {
    ConstantValue v;
    v.kind = Kind::Bytes;
    v.bytes_value = std::move(b);
    return v;
  }
};

// ---------------------------------------------------------------------------
// Node kinds

enum class ExprKind {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

enum class StmtKind {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};

enum class PatternKind {
  MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Expr : Node {
  const ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
};

struct Stmt : Node {
  const StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
};

// CPython's `pattern` (match statement patterns).
struct Pattern : Node {
  const PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
  virtual ~Pattern() = default;
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;
};

using ExprPtr = std::unique_ptr<Expr>;  // null where CPython's field is optional and None
using ExprList = std::vector<ExprPtr>;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;
using PatternPtr = std::unique_ptr<Pattern>;
using PatternList = std::vector<PatternPtr>;
using Identifier = std::string;

// ---------------------------------------------------------------------------
// Product types

// arg = (identifier arg, expr? annotation, string? type_comment)
struct arg : Node {
  Identifier arg;
  ExprPtr annotation;
};

// arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs,
//              expr* kw_defaults, arg? kwarg, expr* defaults)
struct arguments {
  std::vector<ast::arg> posonlyargs;
  std::vector<ast::arg> args;
  std::optional<ast::arg> vararg;
  std::vector<ast::arg> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; null where it has no default
  std::optional<ast::arg> kwarg;
  ExprList defaults;  // for the last len(defaults) of posonlyargs + args
};

// keyword = (identifier? arg, expr value); arg is nullopt for `**value`
struct keyword : Node {
  std::optional<Identifier> arg;
  ExprPtr value;
};

// alias = (identifier name, identifier? asname)
struct alias : Node {
  Identifier name;
  std::optional<Identifier> asname;
};

// withitem = (expr context_expr, expr? optional_vars)
struct withitem {
  ExprPtr context_expr;
  ExprPtr optional_vars;
};

// comprehension = (expr target, expr iter, expr* ifs, int is_async)
struct comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  int is_async = 0;
};

// excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
struct ExceptHandler : Node {
  ExprPtr type;
  std::optional<Identifier> name;
  StmtList body;
};

// match_case = (pattern pattern, expr? guard, stmt* body)
struct match_case {
  PatternPtr pattern;
  ExprPtr guard;
  StmtList body;
};

// ---------------------------------------------------------------------------
// Expressions. Each has `static constexpr ExprKind static_kind` for as<T>().

#define PY2CPP_EXPR(Name)                                    \
  static constexpr ExprKind static_kind = ExprKind::Name;    \
  Name() : Expr(ExprKind::Name) {}

struct BoolOp : Expr {
  PY2CPP_EXPR(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  ExprList values;
};
struct NamedExpr : Expr {
  PY2CPP_EXPR(NamedExpr)
  ExprPtr target;
  ExprPtr value;
};
struct BinOp : Expr {
  PY2CPP_EXPR(BinOp)
  ExprPtr left;
  Operator op = Operator::Add;
  ExprPtr right;
};
struct UnaryOp : Expr {
  PY2CPP_EXPR(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  ExprPtr operand;
};
struct Lambda : Expr {
  PY2CPP_EXPR(Lambda)
  arguments args;
  ExprPtr body;
};
struct IfExp : Expr {
  PY2CPP_EXPR(IfExp)
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};
struct Dict : Expr {
  PY2CPP_EXPR(Dict)
  ExprList keys;  // null key for `**value`
  ExprList values;
};
struct Set : Expr {
  PY2CPP_EXPR(Set)
  ExprList elts;
};
struct ListComp : Expr {
  PY2CPP_EXPR(ListComp)
  ExprPtr elt;
  std::vector<comprehension> generators;
};
struct SetComp : Expr {
  PY2CPP_EXPR(SetComp)
  ExprPtr elt;
  std::vector<comprehension> generators;
};
struct DictComp : Expr {
  PY2CPP_EXPR(DictComp)
  ExprPtr key;
  ExprPtr value;
  std::vector<comprehension> generators;
};
struct GeneratorExp : Expr {
  PY2CPP_EXPR(GeneratorExp)
  ExprPtr elt;
  std::vector<comprehension> generators;
};
struct Await : Expr {
  PY2CPP_EXPR(Await)
  ExprPtr value;
};
struct Yield : Expr {
  PY2CPP_EXPR(Yield)
  ExprPtr value;  // optional
};
struct YieldFrom : Expr {
  PY2CPP_EXPR(YieldFrom)
  ExprPtr value;
};
struct Compare : Expr {
  PY2CPP_EXPR(Compare)
  ExprPtr left;
  std::vector<CmpOp> ops;
  ExprList comparators;
};
struct Call : Expr {
  PY2CPP_EXPR(Call)
  ExprPtr func;
  ExprList args;
  std::vector<keyword> keywords;
};
struct FormattedValue : Expr {
  PY2CPP_EXPR(FormattedValue)
  ExprPtr value;
  int conversion = -1;  // -1, 's', 'r' or 'a'
  ExprPtr format_spec;  // a JoinedStr, or null
};
struct JoinedStr : Expr {
  PY2CPP_EXPR(JoinedStr)
  ExprList values;  // Constant (str) and FormattedValue
};
struct Constant : Expr {
  PY2CPP_EXPR(Constant)
  ConstantValue value;
  // CPython's Constant.kind ("u" for u"..." literals); renamed because Expr::kind is the node kind.
  std::optional<std::string> string_kind;
};
struct Attribute : Expr {
  PY2CPP_EXPR(Attribute)
  ExprPtr value;
  Identifier attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
  PY2CPP_EXPR(Subscript)
  ExprPtr value;
  ExprPtr slice;
  ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr {
  PY2CPP_EXPR(Starred)
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};
struct Name : Expr {
  PY2CPP_EXPR(Name)
  Identifier id;
  ExprContext ctx = ExprContext::Load;
};
struct List : Expr {
  PY2CPP_EXPR(List)
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : Expr {
  PY2CPP_EXPR(Tuple)
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : Expr {
  PY2CPP_EXPR(Slice)
  ExprPtr lower;  // each optional
  ExprPtr upper;
  ExprPtr step;
};

#undef PY2CPP_EXPR

// ---------------------------------------------------------------------------
// Statements. Each has `static constexpr StmtKind static_kind` for as<T>().

#define PY2CPP_STMT(Name, Kind)                              \
  static constexpr StmtKind static_kind = StmtKind::Kind;    \
  Name() : Stmt(StmtKind::Kind) {}

// AsyncFunctionDef has FunctionDef's fields (CPython's asdl repeats them); deriving lets
// code that handles both take a `const FunctionDef&` (see as_function()).
struct FunctionDef : Stmt {
  static constexpr StmtKind static_kind = StmtKind::FunctionDef;
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
  Identifier name;
  arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // optional
 protected:
  explicit FunctionDef(StmtKind k) : Stmt(k) {}
};
struct AsyncFunctionDef : FunctionDef {
  static constexpr StmtKind static_kind = StmtKind::AsyncFunctionDef;
  AsyncFunctionDef() : FunctionDef(StmtKind::AsyncFunctionDef) {}
};
struct ClassDef : Stmt {
  PY2CPP_STMT(ClassDef, ClassDef)
  Identifier name;
  ExprList bases;
  std::vector<keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};
struct Return : Stmt {
  PY2CPP_STMT(Return, Return)
  ExprPtr value;  // optional
};
struct Delete : Stmt {
  PY2CPP_STMT(Delete, Delete)
  ExprList targets;
};
struct Assign : Stmt {
  PY2CPP_STMT(Assign, Assign)
  ExprList targets;
  ExprPtr value;
};
struct AugAssign : Stmt {
  PY2CPP_STMT(AugAssign, AugAssign)
  ExprPtr target;
  Operator op = Operator::Add;
  ExprPtr value;
};
struct AnnAssign : Stmt {
  PY2CPP_STMT(AnnAssign, AnnAssign)
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // optional
  int simple = 0;
};
// AsyncFor has For's fields; see as_for().
struct For : Stmt {
  static constexpr StmtKind static_kind = StmtKind::For;
  For() : Stmt(StmtKind::For) {}
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
 protected:
  explicit For(StmtKind k) : Stmt(k) {}
};
struct AsyncFor : For {
  static constexpr StmtKind static_kind = StmtKind::AsyncFor;
  AsyncFor() : For(StmtKind::AsyncFor) {}
};
struct While : Stmt {
  PY2CPP_STMT(While, While)
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};
struct If : Stmt {
  PY2CPP_STMT(If, If)
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};
// AsyncWith has With's fields; see as_with().
struct With : Stmt {
  static constexpr StmtKind static_kind = StmtKind::With;
  With() : Stmt(StmtKind::With) {}
  std::vector<withitem> items;
  StmtList body;
 protected:
  explicit With(StmtKind k) : Stmt(k) {}
};
struct AsyncWith : With {
  static constexpr StmtKind static_kind = StmtKind::AsyncWith;
  AsyncWith() : With(StmtKind::AsyncWith) {}
};
struct Match : Stmt {
  PY2CPP_STMT(Match, Match)
  ExprPtr subject;
  std::vector<match_case> cases;
};
struct Raise : Stmt {
  PY2CPP_STMT(Raise, Raise)
  ExprPtr exc;    // optional
  ExprPtr cause;  // optional
};
// TryStar (`except*`) has Try's fields; see as_try().
struct Try : Stmt {
  static constexpr StmtKind static_kind = StmtKind::Try;
  Try() : Stmt(StmtKind::Try) {}
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
 protected:
  explicit Try(StmtKind k) : Stmt(k) {}
};
struct TryStar : Try {
  static constexpr StmtKind static_kind = StmtKind::TryStar;
  TryStar() : Try(StmtKind::TryStar) {}
};
struct Assert : Stmt {
  PY2CPP_STMT(Assert, Assert)
  ExprPtr test;
  ExprPtr msg;  // optional
};
struct Import : Stmt {
  PY2CPP_STMT(Import, Import)
  std::vector<alias> names;
};
struct ImportFrom : Stmt {
  PY2CPP_STMT(ImportFrom, ImportFrom)
  std::optional<Identifier> module;
  std::vector<alias> names;
  int level = 0;
};
struct Global : Stmt {
  PY2CPP_STMT(Global, Global)
  std::vector<Identifier> names;
};
struct Nonlocal : Stmt {
  PY2CPP_STMT(Nonlocal, Nonlocal)
  std::vector<Identifier> names;
};
// CPython's `Expr` statement (an expression used as a statement).
struct ExprStmt : Stmt {
  PY2CPP_STMT(ExprStmt, Expr)
  ExprPtr value;
};
struct Pass : Stmt {
  PY2CPP_STMT(Pass, Pass)
};
struct Break : Stmt {
  PY2CPP_STMT(Break, Break)
};
struct Continue : Stmt {
  PY2CPP_STMT(Continue, Continue)
};

#undef PY2CPP_STMT

// ---------------------------------------------------------------------------
// Patterns (match statement). Each has `static constexpr PatternKind static_kind`.

#define PY2CPP_PATTERN(Name)                                    \
  static constexpr PatternKind static_kind = PatternKind::Name; \
  Name() : Pattern(PatternKind::Name) {}

struct MatchValue : Pattern {
  PY2CPP_PATTERN(MatchValue)
  ExprPtr value;
};
struct MatchSingleton : Pattern {
  PY2CPP_PATTERN(MatchSingleton)
  ConstantValue value;  // None, True or False
};
struct MatchSequence : Pattern {
  PY2CPP_PATTERN(MatchSequence)
  PatternList patterns;
};
struct MatchMapping : Pattern {
  PY2CPP_PATTERN(MatchMapping)
  ExprList keys;
  PatternList patterns;
  std::optional<Identifier> rest;
};
struct MatchClass : Pattern {
  PY2CPP_PATTERN(MatchClass)
  ExprPtr cls;
  PatternList patterns;
  std::vector<Identifier> kwd_attrs;
  PatternList kwd_patterns;
};
struct MatchStar : Pattern {
  PY2CPP_PATTERN(MatchStar)
  std::optional<Identifier> name;
};
struct MatchAs : Pattern {
  PY2CPP_PATTERN(MatchAs)
  PatternPtr pattern;  // optional
  std::optional<Identifier> name;
};
struct MatchOr : Pattern {
  PY2CPP_PATTERN(MatchOr)
  PatternList patterns;
};

#undef PY2CPP_PATTERN

// mod = Module(stmt* body, type_ignore* type_ignores); owns every node of the file.
struct Module {
  StmtList body;
};

// ---------------------------------------------------------------------------
// Downcasts; the kind is checked with assert() (debug builds).

template <class T>
  requires std::derived_from<T, Expr>
const T& as(const Expr& e) {
  assert(e.kind == T::static_kind);
  return static_cast<const T&>(e);
}
template <class T>
  requires std::derived_from<T, Stmt>
const T& as(const Stmt& s) {
  assert(s.kind == T::static_kind);
  return static_cast<const T&>(s);
}
template <class T>
  requires std::derived_from<T, Pattern>
const T& as(const Pattern& p) {
  assert(p.kind == T::static_kind);
  return static_cast<const T&>(p);
}
// Null when the node is of another kind.
template <class T>
  requires std::derived_from<T, Expr>
const T* as_if(const Expr* e) {
  return e && e->kind == T::static_kind ? static_cast<const T*>(e) : nullptr;
}
template <class T>
  requires std::derived_from<T, Stmt>
const T* as_if(const Stmt* s) {
  return s && s->kind == T::static_kind ? static_cast<const T*>(s) : nullptr;
}

// The fields shared by a statement and its async (or `except*`) twin, for either kind.
inline const FunctionDef& as_function(const Stmt& s) {
  assert(s.kind == StmtKind::FunctionDef || s.kind == StmtKind::AsyncFunctionDef);
  return static_cast<const FunctionDef&>(s);
}
inline const For& as_for(const Stmt& s) {
  assert(s.kind == StmtKind::For || s.kind == StmtKind::AsyncFor);
  return static_cast<const For&>(s);
}
inline const With& as_with(const Stmt& s) {
  assert(s.kind == StmtKind::With || s.kind == StmtKind::AsyncWith);
  return static_cast<const With&>(s);
}
inline const Try& as_try(const Stmt& s) {
  assert(s.kind == StmtKind::Try || s.kind == StmtKind::TryStar);
  return static_cast<const Try&>(s);
}

// CPython's class name of a node kind ("AsyncFunctionDef", "Expr" for StmtKind::Expr, ...).
const char* kind_name(ExprKind kind);
const char* kind_name(StmtKind kind);
const char* kind_name(PatternKind kind);

// The text CPython 3.11's `ast.dump(tree, include_attributes=...)` prints (Lib/ast.py,
// annotate_fields=True, indent=None), so tests can compare our trees with CPython's.
std::string dump(const Module& module, bool include_attributes = false);
std::string dump(const Expr& expr, bool include_attributes = false);
std::string dump(const Stmt& stmt, bool include_attributes = false);

// Python's repr() of a constant ("'a\\n'", "b'x'", "1.5", "1e+16", "2j", "None", ...).
std::string constant_repr(const ConstantValue& value);

}  // namespace py2cpp::ast
