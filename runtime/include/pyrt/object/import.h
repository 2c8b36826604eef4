// The import system: sys.modules, native module builders, translated modules, and the steps
// CPython compiles import statements to (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR). Mirrors
// Lib/importlib/_bootstrap.py (_gcd_import, _find_and_load_unlocked, _handle_fromlist) and
// Python/ceval.c (import_from, import_all_from).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// One module-level name of a translated module and the C++ variable that holds its value
/// (unbound while the name is unbound). Static: lives as long as the program.
struct GlobalSlot {
  const char* name;
  Object* value;
};

/// What the C++ unit of one translated Python module gives the import system: the module's
/// spec (name, origin, whether it is a package), its globals, and its body. Static.
struct TranslatedModuleDef {
  const char* name;                     ///< dotted name; "__main__" for the script
  const char* file;                     ///< absolute path of the .py file: __file__
  bool is_package;                      ///< an __init__.py: has __path__, __package__ == name
  std::span<const GlobalSlot> globals;  ///< every name the module's code can bind at module level
  Object* module;                       ///< the unit's own module object, set before `body` runs
  void (*body)();                       ///< creates the unit's constants, then runs its statements
};

/// `import name` as importlib's _gcd_import: the module named `name` (every parent package
/// imported first, the module bound as an attribute of its parent after its body ran). Finds
/// it in sys.modules, else among the translated modules, else among the native builders.
/// Raises ModuleNotFoundError ("No module named 'x'", "...; 'x' is not a package") and
/// whatever the module's body raises (the module is then removed from sys.modules).
Object import_module(std::string_view name);

/// IMPORT_NAME without a fromlist (`import a.b.c`): imports a.b.c and returns `a`.
Object import_name(std::string_view name);

/// IMPORT_NAME with a fromlist (`from a.b import x, y`): imports a.b and, when it is a
/// package, each submodule a.b.x for a name x it lacks as an attribute (importlib's
/// _handle_fromlist; a missing submodule is no error here). Returns a.b.
Object import_for_from(std::string_view name, std::initializer_list<const char*> fromlist);

/// IMPORT_FROM: `name` of `module`, else sys.modules["<module>.<name>"], else ImportError
/// "cannot import name 'x' from 'm' (/path/m.py)", worded "from partially initialized
/// module" while m's body is still running, as CPython's does for circular imports.
Object import_from(const Object& module, const Object& name);

/// IMPORT_STAR: binds in the translated module `into` each name of `module.__all__`, or
/// without __all__ each of its names that does not start with '_'. TypeError "Item in
/// m.__all__ must be str, not int", AttributeError for a listed name the module lacks.
void import_star(const Object& module, const Object& into);

/// Registers a builder for native module `name`: what the module's registration function
/// (`pystd_6_heapq::register_module()` for `_heapq`) does; registering again is harmless.
/// `create` returns the module object; called at most once per import. `name` must be a
/// native module of stdlib/manifest.txt (the one table of modules); aborts otherwise.
void register_module(std::string_view name, Object (*create)());

/// Makes the module `def`, translated from CPython's Lib into pyrt_stdlib, importable by its
/// name. Called by each stdlib unit's register_module(), before run_main() registers the
/// program's own modules, which replace a library module of the same name (the script's
/// folder comes first on sys.path).
void register_stdlib_module(const TranslatedModuleDef& def);

/// Registers every native module of stdlib/manifest.txt. A translated program instead calls
/// the registration of each stdlib module it imports (`pystd_6_heapq::register_module()`,
/// declared by its generated main), so a static link pulls in only those modules; the runtime
/// registers builtins, sys, copyreg and _warnings itself. pyrt-dump-names, which checks the registered
/// modules against the manifest, and the unit tests call this.
void register_all_native_modules();

/// The native modules of stdlib/manifest.txt, in its order (pyrt-dump-names checks that
/// they are exactly the registered ones).
std::vector<std::string> manifest_native_modules();

/// Makes the translated module `def` importable by its name. Called by the generated main()
/// for every module of the program before the main module runs.
void register_translated_module(const TranslatedModuleDef& def);

/// Creates the module `__main__` of `def`, enters it in sys.modules and runs its body.
/// Throws what the body raises.
void run_main_module(const TranslatedModuleDef& def);

/// sys.modules, a dict from name to module in import order.
Object sys_modules();

/// The name of every registered native module, sorted: what `import` can find.
/// pyrt-dump-names writes them out for the translator.
std::vector<std::string> registered_module_names();

}  // namespace pyrt
