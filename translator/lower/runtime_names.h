// What exists at run time: pyrt's builtins, importable modules and each
// module's names, as pyrt-dump-names wrote them from the runtime's own
// registration at build time, and CPython 3.11's builtin names.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace py2cpp::lower {

/// What a `class` statement deriving from one of pyrt's classes does.
enum class Subclassing {
  Supported,  ///< pyrt gives the subclass the builtin's layout
  Final,      ///< CPython 3.11 forbids it too: the TypeError happens at run time, as in CPython
  NotYet,     ///< CPython allows it, pyrt cannot yet: the translator rejects the class statement
};

/// The names pyrt registers. Read-only after the first runtime_names() call.
struct RuntimeNames {
  std::set<std::string, std::less<>> builtins;
  /// module name -> the names `from module import` finds in it.
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> modules;

  bool has_builtin(std::string_view name) const { return builtins.count(name) != 0; }
  bool has_module(std::string_view module) const { return modules.count(module) != 0; }
  /// module ("builtins" for the builtins) -> name -> what a class statement
  /// deriving from it does (every name is listed; a value that is no class is
  /// NotYet).
  std::map<std::string, std::map<std::string, Subclassing, std::less<>>, std::less<>> classes;

  /// True when `module` exists and defines `name`.
  bool module_has(std::string_view module, std::string_view name) const;
  /// True when deriving from `module`.`name` must stop translation: CPython
  /// lets programs subclass it and pyrt does not yet, or pyrt's value is no
  /// class.
  bool subclassing_not_yet(std::string_view module, std::string_view name) const;
};

/// The table embedded at build time (translator/lower/CMakeLists.txt),
/// parsed on first use. Never throws: the build wrote the text.
const RuntimeNames& runtime_names();

/// True when `name` is in CPython 3.11's builtins module (`dir(builtins)`,
/// site's exit/quit/help/... included), so reading it where the program
/// does not bind it must not become a NameError.
bool is_cpython_builtin(std::string_view name);

/// True when `name` is a top-level module of CPython 3.11's standard library
/// (sys.stdlib_module_names): importing one pyrt lacks is not supported yet, not missing.
bool is_cpython_stdlib_module(std::string_view name);

}  // namespace py2cpp::lower
