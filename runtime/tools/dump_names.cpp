// pyrt-dump-names OUT: writes what pyrt registers (its builtins, its modules
// and each module's names) as the plain-text table the translator embeds, so
// `--check` accepts exactly what the runtime provides. One record per line:
//   builtins NAME...
//   module MODULE NAME...
// then what a `class` statement deriving from each name does (MODULE
// "builtins" for builtins; pyrt/object/subclassing.h):
//   subclassable MODULE NAME...      pyrt supports subclasses
//   final MODULE NAME...             CPython 3.11 forbids it too (a TypeError at run time)
//   subclass_not_yet MODULE NAME...  CPython allows it, or pyrt's value is no class: a translation error
// OUT is rewritten only when its text changes, so the translator is rebuilt
// only when the runtime's names change.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "pyrt/object/subclassing.h"
#include "pyrt/pyrt.h"

namespace {

// One namespace's names by what subclassing them does.
struct ClassRecords {
  std::string subclassable, final, not_yet;

  void add(const std::string& name, const pyrt::Object& value) {
    pyrt::Subclassing what = pyrt::subclassing_of(value);
    std::string& list = what == pyrt::Subclassing::Supported ? subclassable
                        : what == pyrt::Subclassing::Final   ? final
                                                             : not_yet;
    list += " " + name;
  }
  std::string text(const std::string& module) const {
    std::string out;
    if (!subclassable.empty()) out += "subclassable " + module + subclassable + "\n";
    if (!final.empty()) out += "final " + module + final + "\n";
    if (!not_yet.empty()) out += "subclass_not_yet " + module + not_yet + "\n";
    return out;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: pyrt-dump-names OUT\n");
    return 2;
  }
  pyrt::register_all_native_modules();
  std::vector<std::string> manifest = pyrt::manifest_native_modules();
  std::sort(manifest.begin(), manifest.end());
  if (manifest != pyrt::registered_module_names()) {
    std::fprintf(stderr, "pyrt-dump-names: the native modules of stdlib/manifest.txt are not those pyrt registers\n");
    return 1;
  }
  std::string text = "builtins";
  ClassRecords classes;
  for (std::string_view name : pyrt::builtin_names()) {
    text += " " + std::string(name);
    classes.add(std::string(name), pyrt::builtin_lookup(name));
  }
  text += "\n";
  std::string class_text = classes.text("builtins");
  try {
    for (const std::string& module : pyrt::registered_module_names()) {
      text += "module " + module;
      pyrt::Object m = pyrt::import_module(module);
      ClassRecords module_classes;
      for (const std::string& name : pyrt::module_attribute_names(m)) {
        text += " " + name;
        module_classes.add(name, pyrt::getattr(m, pyrt::intern(name)));
      }
      text += "\n";
      class_text += module_classes.text(module);
    }
    text += class_text;
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
