// Lowering: AST + sema facts -> one C++20 translation unit per module, targeting pyrt.
// One C++ function per Python function (coroutine, async generator, generator
// or plain), three sections (declarations, definitions, bodies) so Python's
// any-order definitions compile.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "sema/sema.h"

namespace py2cpp::lower {

struct LowerOptions {
  /// The .py path as it should appear in #line directives and messages.
  std::string filename;
  bool line_directives = true;
  /// The module: its __name__ ("__main__" for the script), __file__ (empty: `filename`),
  /// __package__ (nullopt: None) and whether it is a package's __init__.py.
  std::string module_name = "__main__";
  std::string module_file;
  std::optional<std::string> package;
  bool is_package = false;
  /// The C++ namespace of the unit: "py" for the main module, unit_namespace() for others.
  std::string cxx_namespace = "py";
  /// Main module only: the C++ namespaces of the program's other modules, whose definitions
  /// main() hands to the import system.
  std::vector<std::string> other_units;
  /// The absolute module name each import statement (Import alias, ImportFrom) imports
  /// (ast::Program::import_targets); null means each as written.
  const std::unordered_map<const ast::Node*, std::string>* import_targets = nullptr;
  /// The program's own modules by name; any other import is of a native module or one
  /// translated from CPython's Lib.
  std::set<std::string, std::less<>> program_modules;
  /// The unit is a module of CPython's Lib translated into pyrt_stdlib: it ends in its
  /// register_module() instead of main(), and its file is CPython's.
  bool stdlib_unit = false;
  /// The C++ namespaces (stdlib_namespace()) of the stdlib modules, native in pyrt or
  /// translated into pyrt_stdlib, this unit registers before anything runs: for the main
  /// unit every one the program imports, for a stdlib unit those its own imports name.
  std::vector<std::string> stdlib_registrations;
  /// A stdlib unit's native parts (the manifest's `native:` names): each module-level
  /// statement binding only such names (an assignment, a def, a class) binds them from the
  /// native module `native_parts_module` instead of running. Each must be bound somewhere.
  std::set<std::string, std::less<>> native_parts;
  /// A stdlib unit's `absent:` entries: `from M import NAME` of a native M that lacks NAME
  /// translates when "M.NAME" is listed, and raises ImportError at run time as CPython does.
  std::set<std::string, std::less<>> absent_imports;
  std::string native_parts_module;
};

/// The C++ namespace for module `index` of `module_names` (the program's modules in order,
/// the main one first): "py" for the main module, else "py_" and the dotted name with each
/// character outside [A-Za-z0-9_] as '_', numbered when two names would meet.
std::string unit_namespace(const std::vector<std::string>& module_names, std::size_t index);

/// The C++ namespace of stdlib module `module_name`'s register_module(), in its pyrt_stdlib
/// unit when translated, in pyrt (runtime/src/object/module_registrations.h spells them by
/// hand) when native: "pystd" and,
/// for each dotted part, '_', its length and the part as unit_namespace() spells it
/// ("pystd_5heapq", "pystd_11collections_3abc", "pystd_16_collections_abc"). The lengths keep
/// apart what the spelling alone would join: collections.abc and _collections_abc, each in
/// pyrt_stdlib, linked into one program.
std::string stdlib_namespace(const std::string& module_name);

/// The generated translation unit.
struct CppUnit {
  std::string text;
};

/// Lowers `module`. Constructs not supported yet are reported to `diags`
/// (one located error each) and the returned text is then meaningless.
CppUnit lower_module(const ast::Module& module, const sema::ModuleInfo& info, const LowerOptions& options,
                     base::Diagnostics& diags);

}  // namespace py2cpp::lower
