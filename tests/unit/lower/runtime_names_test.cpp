// The translator's view of what exists (runtime_names.h, embedded at build time) against the
// runtime's live registration: a drift between them is a --check that passes a program the
// runtime rejects with NameError or ImportError.
#include "lower/runtime_names.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "pyrt/pyrt.h"

namespace py2cpp::lower {
namespace {

TEST(RuntimeNames, TranslatorKnowsExactlyTheBuiltinsPyrtRegisters) {
  std::set<std::string, std::less<>> live;
  for (std::string_view name : pyrt::builtin_names()) live.emplace(name);
  EXPECT_EQ(runtime_names().builtins, live);
}

TEST(RuntimeNames, TranslatorKnowsExactlyTheModulesAndNamesPyrtRegisters) {
  std::set<std::string> translator_modules, live_modules;
  for (const auto& [module, names] : runtime_names().modules) translator_modules.insert(module);
  for (const std::string& module : pyrt::registered_module_names()) {
    live_modules.insert(module);
    std::set<std::string, std::less<>> live_names;
    for (const std::string& name : pyrt::module_attribute_names(pyrt::import_module(module))) live_names.insert(name);
    auto it = runtime_names().modules.find(module);
    ASSERT_NE(it, runtime_names().modules.end()) << module;
    EXPECT_EQ(it->second, live_names) << module;
  }
  EXPECT_EQ(translator_modules, live_modules);
}

TEST(RuntimeNames, EveryPyrtBuiltinIsACpythonBuiltin) {
  for (const std::string& name : runtime_names().builtins) EXPECT_TRUE(is_cpython_builtin(name)) << name;
}

TEST(RuntimeNames, FromImportFindsOnlyNamesTheModuleDefines) {
  EXPECT_TRUE(runtime_names().module_has("math", "sqrt"));
  EXPECT_TRUE(runtime_names().module_has("collections", "abc"));
  EXPECT_FALSE(runtime_names().module_has("collections", "deque"));
  EXPECT_FALSE(runtime_names().module_has("random", "random"));
}

}  // namespace
}  // namespace py2cpp::lower
