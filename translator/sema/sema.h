// Semantic analysis: scopes by CPython's rules, function kinds, and the
// compile-time errors CPython's compiler and symtable raise. Mirrors
// Python/symtable.c (symtable_visit_*, analyze_block) and the checks of
// Python/compile.c that concern async code.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "ast/program.h"
#include "base/diagnostics.h"

namespace py2cpp::sema {

/// Where a name lives, as CPython's symtable reports it.
enum class Scope { Local, Cell, Free, GlobalExplicit, GlobalImplicit };

enum class BlockKind { Module, Function, Class, Lambda, Comprehension };

/// What calling a function returns, from `async` and the presence of `yield`.
enum class FunctionKind { Function, Generator, Coroutine, AsyncGenerator };

/// One block (CPython: a symtable entry): module, function, lambda, class body
/// or comprehension.
struct SymbolTable {
  BlockKind kind = BlockKind::Module;
  std::string name;
  std::string qualname;
  /// CPython's st_private: the name of the class this block is in (itself for a class body),
  /// which private names (`__x`) are mangled with; empty outside classes.
  std::string private_name;
  const ast::Node* node = nullptr;
  SymbolTable* parent = nullptr;
  FunctionKind function_kind = FunctionKind::Function;
  bool is_async = false;
  /// Names with their scope after analysis.
  std::map<std::string, Scope> symbols;
  /// Locals in CPython's co_varnames order: parameters first, then the
  /// others in order of first binding.
  std::vector<std::string> varnames;
  /// Free variables in order of first use (the closure layout).
  std::vector<std::string> freevars;
  /// Parameter names (always bound on entry, so reads need no check).
  std::set<std::string> params;
  /// Names this block can unbind again: `del x` targets and `except ... as x`.
  std::set<std::string> unbound_later;
  /// A class whose methods use `super` or `__class__`: its body makes the implicit
  /// `__class__` cell that type.__new__ fills with the new class (ste_needs_class_closure).
  bool needs_class_closure = false;
  /// The block calls locals(), vars() or dir() without arguments: a function keeps one dict
  /// for them across calls (the frame's f_locals).
  bool calls_locals = false;
  /// The block (or a comprehension in it) contains `:=`, which can rebind a
  /// local in the middle of an expression.
  bool has_named_expr = false;
  std::vector<std::unique_ptr<SymbolTable>> children;

  Scope scope_of(const std::string& name) const;
  bool is_function_like() const { return kind == BlockKind::Function || kind == BlockKind::Lambda; }
};

/// _Py_Mangle: `__x` written in class `C` (or `_C`, `__C`) is `_C__x`; dunders, dotted names
/// and names outside classes are left alone.
std::string mangle(const std::string& private_name, const std::string& name);

/// Everything later phases need to know beyond the AST, keyed by node.
class ModuleInfo {
 public:
  SymbolTable& module() { return *module_; }
  const SymbolTable& module() const { return *module_; }
  /// The block a FunctionDef, AsyncFunctionDef, Lambda, ClassDef or
  /// comprehension expression opens.
  const SymbolTable& block_of(const ast::Node& node) const { return *blocks_.at(&node); }
  /// Module-level names bound exactly once, by a `def`, and never declared
  /// global elsewhere: calls to them may go straight to the C++ function.
  bool is_stable_function(const std::string& name) const;
  /// What an import bound to module-level `name`, when that import is the
  /// name's only binding (so every read of it sees the runtime's object):
  /// {"asyncio", ""} for `import asyncio`, {"asyncio", "Queue"} for `from
  /// asyncio import Queue`. Null otherwise.
  const std::pair<std::string, std::string>* sole_import(const std::string& name) const;

  /// True when code other than the module's own statements can rebind module-level `name`:
  /// another module (`helpers.f = g`, setattr), when the module is imported somewhere and the
  /// program stores an attribute of that name or one with a computed name; or anything
  /// holding the module's namespace as a dict (globals_in_dict_).
  bool rebindable_elsewhere(const std::string& name) const;

  std::unique_ptr<SymbolTable> module_;
  std::unordered_map<const ast::Node*, SymbolTable*> blocks_;
  /// Module-level names and how many statements bind them; module_binding_order_ lists them in
  /// the order of their first binding in the source (the order their module dict takes).
  std::map<std::string, int> module_bindings_;
  std::vector<std::string> module_binding_order_;
  void note_module_binding(const std::string& name) {
    if (module_bindings_[name]++ == 0) module_binding_order_.push_back(name);
  }
  std::map<std::string, const ast::Node*> module_defs_;
  std::map<std::string, std::pair<std::string, std::string>> module_imports_;
  /// `from __future__ import annotations` (PEP 563): annotations stay unevaluated strings.
  bool future_annotations_ = false;
  /// The module body has an annotated assignment: it starts with `__annotations__ = {}`.
  bool module_has_annotations_ = false;
  /// The module calls globals() (or locals(), vars() or dir() at module level), which
  /// return its namespace as a live dict: its globals then live in the module's dict
  /// rather than in C++ variables, so that every store through the dict is seen.
  bool globals_in_dict_ = false;
  /// `from m import *` statements, in source order.
  std::vector<const ast::ImportFrom*> star_imports_;
  /// Attribute names this module stores or deletes (`x.name = v`, setattr(x, "name", v)),
  /// and whether it calls setattr/delattr with a computed name.
  std::set<std::string> attribute_stores_;
  bool computed_attribute_stores_ = false;
  /// Filled by analyze_program: whether some module imports this one, and the whole
  /// program's attribute stores.
  bool imported_ = false;
  std::set<std::string> program_attribute_stores_;
  bool program_computed_stores_ = false;
};

/// Analyzes `module`; reports CPython's compile-time errors to `diags`.
ModuleInfo analyze(const ast::Module& module, base::Diagnostics& diags);

/// The names a native module defines (what `from m import *` may bind from it); nullopt for a
/// module that is not native (a stdlib module translated in its own unit, whose names only its
/// own translation knows).
using NativeNames = std::function<std::optional<std::vector<std::string>>(const std::string& module)>;

/// What sema learns about the whole program: one ModuleInfo per module, in the Program's
/// order.
struct ProgramInfo {
  std::vector<ModuleInfo> modules;
};

/// Analyzes every module of `program` (each reports to its own diagnostics), then what only
/// the whole program tells: the names each `from m import *` can bind, and which module
/// globals another module can rebind.
ProgramInfo analyze_program(const ast::Program& program, const NativeNames& native_names);

}  // namespace py2cpp::sema
