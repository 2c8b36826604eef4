// pyrt-dump-names OUT: writes what pyrt registers (its builtins, its modules
// and each module's names) as the plain-text table the translator embeds, so
// `--check` accepts exactly what the runtime provides. One record per line:
//   builtins NAME...
//   module MODULE NAME...
// OUT is rewritten only when its text changes, so the translator is rebuilt
// only when the runtime's names change.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "pyrt/pyrt.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: pyrt-dump-names OUT\n");
    return 2;
  }
  std::string text = "builtins";
  for (std::string_view name : pyrt::builtin_names()) text += " " + std::string(name);
  text += "\n";
  try {
    for (const std::string& module : pyrt::registered_module_names()) {
      text += "module " + module;
      for (const std::string& name : pyrt::module_attribute_names(pyrt::import_module(module))) text += " " + name;
      text += "\n";
    }
  } catch (const pyrt::PyException& e) {
    std::fprintf(stderr, "pyrt-dump-names: building a module raised %s\n", pyrt::repr_text(e.value).c_str());
    return 1;
  }
  std::ifstream old(argv[1]);
  std::stringstream current;
  current << old.rdbuf();
  if (old && current.str() == text) return 0;
  std::ofstream out(argv[1], std::ios::trunc);
  out << text;
  return out ? 0 : 1;
}
