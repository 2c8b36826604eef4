// The standard-library modules a translated program can import and where each comes from:
// stdlib/manifest.txt, embedded at build time (cmake/StdlibManifest.cmake), the same table the
// runtime's import system and the build of pyrt_stdlib read.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace py2cpp::imports {

/// One module of the manifest.
struct StdlibModule {
  std::string_view name;  ///< dotted name: "heapq", "json.decoder"
  bool translated;        ///< translated from CPython's Lib into pyrt_stdlib; else native in pyrt
  std::string_view path;  ///< a translated module's file under CPython's Lib: "json/decoder.py"
  std::string_view absent;  ///< a translated module's imports that raise ModuleNotFoundError, space-separated
  /// A translated module's names bound natively (its native parts), space-separated: the
  /// module-level statements binding them take them from native_parts_module() instead.
  std::string_view native_parts;
  /// A native module's translated modules that its C++ imports, space-separated: a program
  /// importing it registers them too.
  std::string_view required;
  /// An alias's module: NAME is no module of its own but `aliased` under another name, which
  /// the body of NAME's parent enters in sys.modules (os.py's `sys.modules['os.path'] = path`,
  /// posixpath); empty for the others.
  std::string_view aliased;
};

/// Every module of the manifest, in its order. Static.
std::span<const StdlibModule> stdlib_manifest();

/// The manifest's entry for `name`, or null.
const StdlibModule* find_stdlib_module(std::string_view name);

/// True when `module` lists `name` among its absent imports.
bool is_absent_import(const StdlibModule& module, std::string_view name);

/// The words of a space-separated manifest field (absent, native_parts, requires).
std::vector<std::string> manifest_words(std::string_view field);

/// The native module holding the native parts of stdlib module `name`: "_py2cpp_" and the
/// dotted name with '.' as '_' ("_py2cpp_types"), itself a native module of the manifest.
std::string native_parts_module(std::string_view name);

/// True for a module native_parts_module() names: the library's own, which CPython lacks, so a
/// program's import of one is "No module named" as under CPython.
bool is_native_parts_module(std::string_view name);

}  // namespace py2cpp::imports
