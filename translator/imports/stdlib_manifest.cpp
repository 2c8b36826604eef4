// stdlib/manifest.txt as a table (the build writes it as C++ initializers).
#include "imports/stdlib_manifest.h"

#include <algorithm>
#include <iterator>

namespace py2cpp::imports {

namespace {

constexpr StdlibModule kManifest[] = {
#include "stdlib_manifest.inc"
};

}  // namespace

std::span<const StdlibModule> stdlib_manifest() { return kManifest; }

const StdlibModule* find_stdlib_module(std::string_view name) {
  auto it = std::find_if(std::begin(kManifest), std::end(kManifest), [&](const StdlibModule& m) { return m.name == name; });
  return it == std::end(kManifest) ? nullptr : &*it;
}

bool is_absent_import(const StdlibModule& module, std::string_view name) {
  std::string_view rest = module.absent;
  while (!rest.empty()) {
    std::size_t space = rest.find(' ');
    if (rest.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace py2cpp::imports
