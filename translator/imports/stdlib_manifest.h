// The standard-library modules a translated program can import and where each comes from:
// stdlib/manifest.txt, embedded at build time (cmake/StdlibManifest.cmake), the same table the
// runtime's import system and the build of pyrt_stdlib read.
#pragma once

#include <span>
#include <string_view>

namespace py2cpp::imports {

/// One module of the manifest.
struct StdlibModule {
  std::string_view name;  ///< dotted name: "heapq", "json.decoder"
  bool translated;        ///< translated from CPython's Lib into pyrt_stdlib; else native in pyrt
  std::string_view path;  ///< a translated module's file under CPython's Lib: "json/decoder.py"
  std::string_view absent;  ///< a translated module's imports that raise ModuleNotFoundError, space-separated
};

/// Every module of the manifest, in its order. Static.
std::span<const StdlibModule> stdlib_manifest();

/// The manifest's entry for `name`, or null.
const StdlibModule* find_stdlib_module(std::string_view name);

/// True when `module` lists `name` among its absent imports.
bool is_absent_import(const StdlibModule& module, std::string_view name);

}  // namespace py2cpp::imports
