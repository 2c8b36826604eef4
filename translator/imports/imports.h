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

namespace py2cpp::imports {

/// What the program may import besides its own files.
struct ModuleCatalog {
  /// True for a module pyrt provides natively ("asyncio", "collections.abc").
  std::function<bool(std::string_view)> is_native;
  /// True for a top-level name of CPython 3.11's standard library (sys.stdlib_module_names):
  /// importing one pyrt lacks is "not supported yet", not "No module named".
  std::function<bool(std::string_view)> is_stdlib;
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

/// Loads the program of a single module whose text is `text` (for tests): its imports must
/// all be native.
ast::Program load_single_module(const std::string& filename, const std::string& text, const ModuleCatalog& catalog);

}  // namespace py2cpp::imports
