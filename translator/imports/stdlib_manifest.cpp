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

std::vector<std::string> manifest_words(std::string_view field) {
  std::vector<std::string> words;
  while (!field.empty()) {
    std::size_t space = field.find(' ');
    words.emplace_back(field.substr(0, space));
    if (space == std::string_view::npos) break;
    field.remove_prefix(space + 1);
  }
  return words;
}

bool is_absent_import(const StdlibModule& module, std::string_view name) {
  for (const std::string& absent : manifest_words(module.absent)) {
    if (absent == name) return true;
  }
  return false;
}

namespace {
constexpr std::string_view kNativePartsPrefix = "_py2cpp_";
}  // namespace

bool is_native_parts_module(std::string_view name) { return name.starts_with(kNativePartsPrefix); }

std::string native_parts_module(std::string_view name) {
  std::string module(kNativePartsPrefix);
  for (char c : name) module += c == '.' ? '_' : c;
  return module;
}

}  // namespace py2cpp::imports
