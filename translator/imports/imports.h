// The module graph: loads the main script and, following its import statements (at any
// depth, whatever the control flow), every module of the program's own files, parsed.
// Mirrors the lookup of CPython's PathFinder/FileFinder over sys.path for source modules
// and packages (Lib/importlib/_bootstrap_external.py), done once, before the program runs.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/program.h"
#include "imports/stdlib_manifest.h"

namespace py2cpp::imports {

/// What the program may import besides its own files.
struct ModuleCatalog {
  /// True for a module pyrt provides natively ("asyncio", "collections.abc").
  std::function<bool(std::string_view)> is_native;
  /// True for a top-level name of CPython 3.11's standard library (sys.stdlib_module_names):
  /// importing one pyrt lacks is "not supported yet", not "No module named".
  std::function<bool(std::string_view)> is_stdlib;
  /// True for a module translated from CPython's Lib into pyrt_stdlib (stdlib/manifest.txt):
  /// the program imports it like a native one, and registers it (Program::stdlib_imports).
  std::function<bool(std::string_view)> is_translated;
};

/// Loads `main_path` as `__main__` and every module it can import, looked up in the script's
/// folder, then in each of `include_dirs` (a package's submodules in its folder). A module
/// found nowhere is reported at its import statement with CPython's words ("No module named
/// 'x'", with a note listing the folders searched); so are relative imports CPython would
/// refuse. Each module's own problems (unreadable, syntax errors) go to its ModuleUnit's
/// diagnostics. With `follow_imports` false only the script is loaded (for dumps). Never
/// throws.
ast::Program load_program(const std::string& main_path, const std::vector<std::string>& include_dirs,
                          const ModuleCatalog& catalog, bool follow_imports = true);

/// Loads one module of CPython's Lib as the build translates it into pyrt_stdlib: the file
/// `path` as the module `name` (a package when the file is an __init__.py). Its imports are
/// never looked up in folders: each must name a native or translated module, or one that
/// `name`'s manifest entry lists as absent (a submodule of an absent module is absent too);
/// any other is reported "not supported yet" at its import statement. Never throws.
ast::Program load_stdlib_module(const std::string& name, const std::string& path, const ModuleCatalog& catalog);

/// Loads the program of a single module whose text is `text` (for tests): its imports must
/// all be native.
ast::Program load_single_module(const std::string& filename, const std::string& text, const ModuleCatalog& catalog);

}  // namespace py2cpp::imports
