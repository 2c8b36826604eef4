// Internal to lower/: the state of one lowering run and the per-function
// context. lower_expr.cpp, lower_stmt.cpp and lower_module.cpp implement it.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "lower/code_writer.h"
#include "lower/lower.h"
#include "lower/names.h"
#include "lower/runtime_names.h"
#include "lower/value.h"
#include "sema/sema.h"

namespace py2cpp::lower {

/// "Add", "Sub", ...: pyrt::BinaryOp's enumerator for a Python operator.
const char* binary_op_text(ast::Operator op);
/// `e` as source text, as CPython writes an annotation under `from __future__ import
/// annotations` (ast_unparse.c); nullopt for the kinds not written yet (lambdas,
/// comprehensions, f-strings, yield, `:=`).
std::optional<std::string> unparse(const ast::Expr& e);
/// The docstring of a module, class or function body: its first statement when that is a
/// str constant expression (CPython's _PyAST_GetDocString); null otherwise.
const std::string* docstring(const ast::StmtList& body);
/// A C++ string literal for UTF-8 text, escaping everything outside printable ASCII (and '?',
/// against trigraphs) so the generated file is plain ASCII.
std::string cxx_string_literal(const std::string& s);
/// The generators of a ListComp/SetComp/DictComp/GeneratorExp.
const std::vector<ast::comprehension>& comprehension_generators(const ast::Expr& e);

/// Where a `break`, `continue` or `return` must go through first: a
/// try/finally (or with) between the jump and its target.
struct FinallyTarget {
  std::string label;      // C++ label of the finally code
  std::string kind_var;   // int variable recording why we jumped there
  std::string value_var;  // Object holding a pending return value
  int loop_depth;         // loops open when the try started
  bool used_break = false, used_continue = false, used_return = false;
};

/// One C++ function being emitted (a Python function, lambda, generator
/// expression, or the module body).
struct FunctionContext {
  const sema::SymbolTable* table = nullptr;
  sema::FunctionKind kind = sema::FunctionKind::Function;
  bool is_module = false;
  /// Python name -> C++ variable, for locals, cells and free variables;
  /// comprehension blocks push their own entries on top.
  std::vector<std::map<std::string, std::string>> names;
  std::vector<const sema::SymbolTable*> blocks;
  NameScope cxx_names;
  int temps = 0;
  int loop_depth = 0;
  std::vector<FinallyTarget> finallies;
  /// Per open Python loop: the flag a `break` sets so `else:` is skipped
  /// (empty when the loop has no else clause).
  std::vector<std::string> break_flags;
  /// Locals certainly bound here: targets of the `for` loops being lowered,
  /// read without an unbound check while their loop body is lowered.
  std::vector<std::string> loop_targets;
  /// Per open except* handler: the loop depth where it began (a break or continue must stay
  /// inside, a return cannot appear).
  std::vector<int> except_star_loop_depths;
  /// The frame's locals() dict (f_locals), when the function calls locals()/vars()/dir().
  std::string locals_dict;
  /// C++ variable holding the class namespace while lowering a class body.
  std::string class_ns;
};

class Lowerer {
 public:
  Lowerer(const sema::ModuleInfo& info, const LowerOptions& options, base::Diagnostics& diags)
      : info_(info), options_(options), diags_(diags) {}

  CppUnit run(const ast::Module& module);

  // statements (lower_stmt.cpp)
  void stmts(const std::vector<ast::StmtPtr>& body, CodeWriter& w);
  void stmt(const ast::Stmt& s, CodeWriter& w);
  void stmt_unscoped(const ast::Stmt& s, CodeWriter& w);
  /// Lowers module-level `s` as the native part of its names (LowerOptions::native_parts),
  /// when it binds only such names; false otherwise.
  bool native_part(const ast::Stmt& s, CodeWriter& w);

  // expressions (lower_expr.cpp): each returns the lowered value and may
  // first write statements (temporaries, awaits) to `w`.
  Value expr(const ast::Expr& e, CodeWriter& w);
  /// The truth of `e` as a C++ bool (CxxType::Bool).
  Value condition(const ast::Expr& e, CodeWriter& w);
  void assign(const ast::Expr& target, const Value& value, CodeWriter& w);

 private:
  /// Lowers one operand into the writer it is given.
  using Operand = std::function<Value(CodeWriter&)>;

  // expressions
  /// The switch over expression kinds behind expr().
  Value expr_node(const ast::Expr& e, CodeWriter& w);
  /// Counts one level of expression nesting for as long as it lives.
  struct NestLevel {
    explicit NestLevel(int& depth) : depth_(depth) { ++depth_; }
    ~NestLevel() { --depth_; }
    NestLevel(const NestLevel&) = delete;
    NestLevel& operator=(const NestLevel&) = delete;
    int& depth_;
  };
  /// `v`, bound to a temporary at every kNestBudget-th level of nesting so the C++ text stays
  /// within compilers' bracket-nesting limits (lower_expr.cpp).
  Value nest_guarded(const Value& v, CodeWriter& w);
  int nest_depth_ = 0;
  /// How many C++ blocks may be open around a statement or a conditional expression: clang
  /// counts braces towards its limit of 256 nested brackets (-fbracket-depth), and each block
  /// may hold an expression of up to kNestBudget levels. CPython's 100 levels of indentation
  /// stay well inside it for ordinary statements.
  static constexpr int kMaxBlockNesting = 160;
  /// True, after reporting `n`, when `w` already has more than kMaxBlockNesting blocks open.
  bool too_deep(const ast::Node& n, const CodeWriter& w);

  /// The one source of temporary names: t1, it2, item3, ... numbered per
  /// C++ function, so no two temporaries of a function share a name.
  std::string temp_name(const char* prefix = "t");
  /// Binds `v` to a new owned temporary (`pyrt::Object tN = ...;`).
  Value temp(const Value& v, CodeWriter& w);
  /// `v` itself when nothing evaluated later can change or reorder it, else
  /// `v` bound to a temporary (a reference when v is an lvalue).
  Value stable(const Value& v, CodeWriter& w);
  /// Lowers `ops` left to right; each operand is bound to a temporary when
  /// an operand after it has effects or writes statements, so the C++
  /// expression that combines them evaluates in Python's order. `bound`,
  /// when given, receives which operands were bound.
  std::vector<Value> operands(const std::vector<Operand>& ops, CodeWriter& w, std::vector<bool>* bound = nullptr);
  Operand operand(const ast::Expr& e);
  /// A writer for code lowered aside, at `w`'s indentation.
  CodeWriter scratch(const CodeWriter& w) const;
  Value load_name(const ast::Expr& e, const std::string& name, CodeWriter& w);
  void store_name(const std::string& name, const std::string& value, CodeWriter& w);
  void delete_name(const ast::Expr& e, const std::string& name, CodeWriter& w);
  Value constant(const ast::Constant& c);
  std::string str_constant(const std::string& utf8);
  std::string interned(const std::string& name);
  std::string kwnames(const std::vector<std::string>& names);
  Value call(const ast::Call& c, CodeWriter& w);
  Value star_call(const ast::Call& c, CodeWriter& w);
  /// The elements of a display or positional arguments, in order; starred
  /// ones wrapped in pyrt::Starred. Sets has_star.
  std::string elements(const ast::ExprList& elts, CodeWriter& w, bool& has_star, Purity& purity);
  Value comprehension(const ast::Expr& e, CodeWriter& w);
  Value fstring(const ast::JoinedStr& j, CodeWriter& w);
  Value formatted_value(const ast::FormattedValue& f, CodeWriter& w);
  Value bool_op(const ast::BoolOp& b, CodeWriter& w);
  Value compare(const ast::Compare& c, CodeWriter& w, bool want_bool);
  Value yield_from(const ast::YieldFrom& y, CodeWriter& w);

  // statements
  void function_def(const ast::Stmt& s, CodeWriter& w);
  void class_def(const ast::ClassDef& c, CodeWriter& w);
  /// The runtime class `base` names whenever it runs, as {module, name}
  /// ("builtins" for a builtin): a builtin name the program never binds, or
  /// a name or `M.Name` whose only binding is an import of a runtime
  /// module. False when the program could have rebound it.
  bool static_runtime_class(const ast::Expr& base, std::string& module, std::string& name);
  /// Reports a read of a name pyrt's module lacks, through a name bound only by `import M`.
  void check_module_attribute(const ast::Attribute& a);
  /// Lowers one `del` target (names, attributes, subscripts, and tuples and
  /// lists of them, recursively).
  void delete_target(const ast::Expr& t, CodeWriter& w);
  void for_loop(const ast::Stmt& s, CodeWriter& w);
  void ann_assign(const ast::AnnAssign& a, CodeWriter& w);
  std::string annotation_value(const ast::Expr& annotation, CodeWriter& w);
  void while_loop(const ast::While& s, CodeWriter& w);
  /// Declares the flag a `break` sets when `orelse` is not empty; returns its
  /// name, or "" when the loop has no else clause.
  std::string open_break_flag(const std::vector<ast::StmtPtr>& orelse, CodeWriter& w);
  /// Emits a loop's `else:` clause after the C++ loop, run unless `broke` was set.
  void loop_else(const std::string& broke, const std::vector<ast::StmtPtr>& orelse, CodeWriter& w);
  /// Opens the C++ loop of a `for`/`async for` (or comprehension clause) over
  /// `iterable`; returns the variable holding each item. The caller closes it.
  std::string open_loop(bool is_async, const Value& iterable, CodeWriter& w);
  void if_stmt(const ast::If& s, CodeWriter& w);
  bool is_type_checking(const ast::Expr& test);
  void try_stmt(const ast::Try& t, CodeWriter& w);
  void except_handlers(const ast::Try& t, const std::string& caught, CodeWriter& w);
  void except_star_handlers(const ast::Try& t, const std::string& caught, CodeWriter& w);
  void with_stmt(const ast::Stmt& s, CodeWriter& w);
  void with_items(const ast::Stmt& s, std::size_t i, CodeWriter& w);
  // the match statement (lower_match.cpp)
  void match_stmt(const ast::Match& m, CodeWriter& w);
  void pattern(const ast::Pattern& p, const std::string& subject, const std::map<std::string, std::string>& captures,
               CodeWriter& w);
  std::string pattern_items(std::size_t n, CodeWriter& w);
  void sequence_pattern(const ast::MatchSequence& q, const std::string& subject,
                        const std::map<std::string, std::string>& captures, CodeWriter& w);
  void mapping_pattern(const ast::MatchMapping& q, const std::string& subject,
                       const std::map<std::string, std::string>& captures, CodeWriter& w);
  void class_pattern(const ast::MatchClass& q, const std::string& subject,
                     const std::map<std::string, std::string>& captures, CodeWriter& w);
  void import_stmt(const ast::Stmt& s, CodeWriter& w);
  void from_import(const ast::ImportFrom& f, CodeWriter& w);
  /// The absolute name of the module import statement `n` imports (`written` when the
  /// options carry no targets).
  std::string import_target(const ast::Node& n, const std::string& written) const;
  void raise_stmt(const ast::Raise& r, CodeWriter& w);
  /// Emits a Python `break`/`continue`/`return` at the current point, routed
  /// through any enclosing finally blocks. kind: 1 break, 2 continue, 3 return.
  void jump(int kind, const std::string& value, CodeWriter& w);
  /// Reports (and returns true for) a jump of `kind` that would leave an except* handler.
  bool leaves_except_star(const ast::Node& at, int kind);
  /// Runs `body` with a finally target open; returns it for dispatching.
  FinallyTarget open_finally(CodeWriter& w);
  void close_finally(const FinallyTarget& f, CodeWriter& w);

  // functions (lower_module.cpp)
  /// Emits the C++ function for a block (def, lambda, genexp) and returns the
  /// C++ expression creating the Python function object at the def site.
  std::string emit_function(const ast::Node& node, const sema::SymbolTable& table, const ast::arguments* args,
                            CodeWriter& site, const ast::Expr* returns = nullptr);
  void emit_body(const ast::Node& node, const sema::SymbolTable& table, CodeWriter& w);
  std::string doc_fields(const ast::Node& node, const sema::SymbolTable& table);
  std::string function_annotations(const ast::arguments& args, const ast::Expr* returns, const sema::SymbolTable& table,
                                   CodeWriter& site);
  std::string return_statement(const std::string& value) const;

  Value super_call(const ast::Call& c, CodeWriter& w);
  Value locals_call(const ast::Call& c, const std::string& builtin);
  void comprehension_loops(const ast::Expr& e, const Value& first, CodeWriter& w);
  void delete_handler_name(const std::string& name, CodeWriter& w) { store_name(name, "pyrt::Object()", w); }
  /// The C++ expression for builtin `name` (a constant looked up once at
  /// module_init), or empty when pyrt has none (runtime_names.h).
  std::string builtin_name(const std::string& name);
  /// Reports a read of CPython builtin `name` that pyrt lacks.
  void missing_builtin(const ast::Expr& e, const std::string& name);
  /// __name__, __file__ and __package__: read as this module's constants unless it binds them.
  static bool is_module_attribute(const std::string& name);
  /// True when the module body binds `name` (so it is a g:: variable).
  bool module_binds(const std::string& name) const;
  /// The C++ value of the `__name__` a class statement stores as `__module__`.
  std::string class_module_name();

  void unsupported(const ast::Node& n, std::string_view what) { diags_.not_supported(n.range(), what); }

  /// `name` as CPython's compiler records it in the current block (_Py_Mangle).
  std::string mangled(const std::string& name) { return sema::mangle(block().private_name, name); }
  FunctionContext& fn() { return *fn_stack_.back(); }
  const sema::SymbolTable& block() { return *fn().blocks.back(); }
  std::string cxx_local(const std::string& py_name);

  const sema::ModuleInfo& info_;
  const LowerOptions& options_;
  base::Diagnostics& diags_;
  std::vector<std::unique_ptr<FunctionContext>> fn_stack_;

  // Sections of the output.
  std::map<std::string, std::string> consts_;  // C++ init expression -> constant name
  std::vector<std::pair<std::string, std::string>> const_order_;
  std::map<std::string, std::string> interned_;
  std::map<std::string, std::string> builtins_;  // Python name -> constant holding the builtin
  std::vector<std::string> declarations_;
  std::vector<std::string> definitions_;
  std::vector<std::string> bodies_;
  /// Where the innermost inline comprehension appends its elements.
  std::string comprehension_body_target_;
  NameScope function_names_;
  /// The module's docstring, the value of `__doc__` reads; null for None.
  const std::string* module_doc_ = nullptr;
  NameScope const_names_;
  /// The native parts some statement bound (LowerOptions::native_parts).
  std::set<std::string> native_parts_bound_;
};

}  // namespace py2cpp::lower
