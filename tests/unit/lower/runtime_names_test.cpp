// The translator's view of what exists (runtime_names.h, embedded at build time) against the
// runtime's live registration: a drift between them is a --check that passes a program the
// runtime rejects with NameError or ImportError.
#include "lower/runtime_names.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "pyrt/object/subclassing.h"
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

// What the translator believes about subclassing each name, against the live objects.
Subclassing live_subclassing(const pyrt::Object& value) {
  switch (pyrt::subclassing_of(value)) {
    case pyrt::Subclassing::Supported: return Subclassing::Supported;
    case pyrt::Subclassing::Final: return Subclassing::Final;
    case pyrt::Subclassing::NotYet: return Subclassing::NotYet;
  }
  return Subclassing::NotYet;
}

TEST(RuntimeNames, TranslatorKnowsWhatSubclassingEachPyrtNameDoes) {
  // The builtins module lists the builtins a second time: each (module, name) counts once.
  std::set<std::pair<std::string, std::string>> names;
  auto expect = [&](const std::string& module, const std::string& name, const pyrt::Object& value) {
    names.emplace(module, name);
    auto in_module = runtime_names().classes.find(module);
    ASSERT_NE(in_module, runtime_names().classes.end()) << module;
    auto found = in_module->second.find(name);
    ASSERT_NE(found, in_module->second.end()) << module << "." << name;
    EXPECT_EQ(found->second, live_subclassing(value)) << module << "." << name;
  };
  for (std::string_view name : pyrt::builtin_names()) {
    expect("builtins", std::string(name), pyrt::builtin_lookup(name));
  }
  for (const std::string& module : pyrt::registered_module_names()) {
    pyrt::Object m = pyrt::import_module(module);
    for (const std::string& name : pyrt::module_attribute_names(m)) {
      expect(module, name, pyrt::getattr(m, pyrt::intern(name)));
    }
  }
  std::size_t listed = 0;
  for (const auto& [module, in_module] : runtime_names().classes) listed += in_module.size();
  EXPECT_EQ(listed, names.size());
}

TEST(RuntimeNames, SubclassingDictListAndScalarsIsSupportedAndComplexIsNotYet) {
  EXPECT_FALSE(runtime_names().subclassing_not_yet("builtins", "dict"));
  EXPECT_FALSE(runtime_names().subclassing_not_yet("builtins", "list"));
  EXPECT_FALSE(runtime_names().subclassing_not_yet("builtins", "bool"));
  for (const char* scalar : {"int", "float", "str", "bytes"}) {
    EXPECT_FALSE(runtime_names().subclassing_not_yet("builtins", scalar)) << scalar;
  }
  EXPECT_TRUE(runtime_names().subclassing_not_yet("builtins", "complex"));
  EXPECT_TRUE(runtime_names().subclassing_not_yet("asyncio", "Queue"));
}

TEST(RuntimeNames, EveryPyrtBuiltinIsACpythonBuiltin) {
  for (const std::string& name : runtime_names().builtins) EXPECT_TRUE(is_cpython_builtin(name)) << name;
}

TEST(RuntimeNames, FromImportFindsOnlyNamesTheModuleDefines) {
  EXPECT_TRUE(runtime_names().module_has("math", "sqrt"));
  EXPECT_TRUE(runtime_names().module_has("typing", "Any"));
  EXPECT_FALSE(runtime_names().module_has("typing", "NamedTuple"));
  EXPECT_FALSE(runtime_names().module_has("random", "random"));
}

}  // namespace
}  // namespace py2cpp::lower
