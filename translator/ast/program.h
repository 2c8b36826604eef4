// A whole program: the main script and every module of the program's own files it can
// import, each loaded and parsed, with what each import statement names. Built by
// imports/ (the module graph), read by sema and lower. Mirrors what CPython's import system
// finds on sys.path for the program's own modules.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "base/source.h"

namespace py2cpp::ast {

/// One module of the program: a .py file and what parsing it gave.
struct ModuleUnit {
  /// The dotted module name: "__main__" for the script, "helpers", "pkg" (pkg/__init__.py),
  /// "pkg.sub".
  std::string name;
  /// The absolute, normalized path of the file: the module's __file__.
  std::string file;
  /// The path diagnostics and #line directives name: as given for the script, else as found
  /// under the search directory.
  std::string display_path;
  /// An __init__.py: the module is a package.
  bool is_package = false;
  /// __package__ and the base of relative imports: the name for a package, the parent's name
  /// for a module ("" at top level); nullopt for __main__, as for a script CPython runs.
  std::optional<std::string> package;
  std::optional<base::SourceFile> source;
  /// The AST; nullopt when the file could not be loaded or parsed.
  std::optional<Module> module;
  /// What loading, parsing and every later phase reported about this file.
  base::Diagnostics diags;
};

/// The program: modules in the order their first import is found (depth-first, in source
/// order), the main script first.
struct Program {
  std::vector<std::unique_ptr<ModuleUnit>> modules;
  /// Where the program's own modules are looked up: the main script's folder, then each -I
  /// folder, as sys.path.
  std::vector<std::string> search_path;
  /// For each Import alias and each ImportFrom statement: the absolute name of the module it
  /// imports (a relative import resolved against its module's package).
  std::unordered_map<const Node*, std::string> import_targets;
  /// The stdlib modules (stdlib/manifest.txt, native or translated) that the program's import
  /// statements name, each with its translated parent packages and what a native one
  /// requires: what its units register with the import system before the program runs.
  std::set<std::string> stdlib_imports;

  /// The program's own module named `name`, or null (a native module, or none).
  const ModuleUnit* find(std::string_view name) const;
  /// True when any module's diagnostics hold an error.
  bool has_errors() const;
};

}  // namespace py2cpp::ast
