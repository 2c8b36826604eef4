// The module graph: which files a program is made of, in which order, with which names and
// packages, and how a module that cannot be found is reported.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "imports/imports.h"

namespace py2cpp::imports {
namespace {

namespace fs = std::filesystem;

// A scratch folder of .py files, removed again at the end of the test.
class ProgramFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("py2cpp_imports_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& relative, const std::string& text) {
    fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
  }

  ast::Program load(const std::vector<std::string>& include_dirs = {}) {
    ModuleCatalog catalog{[](std::string_view m) { return m == "asyncio" || m == "sys"; },
                          [](std::string_view m) { return m == "json" || m == "heapq"; },
                          [](std::string_view m) { return m == "heapq"; }};
    return load_program((root_ / "main.py").string(), include_dirs, catalog);
  }

  static std::string errors(const ast::Program& program) {
    std::ostringstream out;
    for (const auto& m : program.modules) {
      m->diags.print(out, m->source ? *m->source : base::SourceFile(m->display_path, ""));
    }
    return out.str();
  }

  static std::string names(const ast::Program& program) {
    std::string out;
    for (const auto& m : program.modules) out += (out.empty() ? "" : " ") + m->name;
    return out;
  }

  fs::path root_;
};

TEST_F(ProgramFiles, ModulesComeInTheOrderTheirFirstImportIsFoundDepthFirst) {
  write("main.py", "import b\nimport asyncio\ndef f():\n    import c\n");
  write("b.py", "import d\n");
  write("c.py", "");
  write("d.py", "import b\n");
  ast::Program program = load();
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__ b d c");
}

TEST_F(ProgramFiles, PackagesAndRelativeImportsResolveAgainstThePackage) {
  write("main.py", "import pkg.sub.leaf as leaf\n");
  write("pkg/__init__.py", "from . import helper\n");
  write("pkg/helper.py", "");
  write("pkg/sub/__init__.py", "");
  write("pkg/sub/leaf.py", "from ..helper import x\nfrom . import sibling\n");
  write("pkg/sub/sibling.py", "");
  ast::Program program = load();
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__ pkg pkg.helper pkg.sub pkg.sub.leaf pkg.sub.sibling");
  const ast::ModuleUnit* pkg = program.find("pkg");
  ASSERT_NE(pkg, nullptr);
  EXPECT_TRUE(pkg->is_package);
  EXPECT_EQ(pkg->package, "pkg");
  EXPECT_EQ(program.find("pkg.sub.leaf")->package, "pkg.sub");
  EXPECT_FALSE(program.modules.front()->package.has_value());
}

TEST_F(ProgramFiles, APackageFolderComesBeforeAModuleFileOfTheSameName) {
  write("main.py", "import thing\n");
  write("thing.py", "");
  write("thing/__init__.py", "");
  ast::Program program = load();
  EXPECT_TRUE(program.find("thing")->is_package);
}

TEST_F(ProgramFiles, IncludeDirectoriesAreSearchedAfterTheScriptsFolder) {
  write("main.py", "import shared\nimport only_in_lib\n");
  write("shared.py", "");
  write("lib/shared.py", "");
  write("lib/only_in_lib.py", "");
  ast::Program program = load({(root_ / "lib").string()});
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(program.find("shared")->file, (root_ / "shared.py").string());
  EXPECT_EQ(program.find("only_in_lib")->file, (root_ / "lib/only_in_lib.py").string());
}

TEST_F(ProgramFiles, AMissingModuleIsCPythonsErrorAtTheStatementWithTheFoldersSearched) {
  write("main.py", "import sys\nimport nowhere\n");
  std::string text = errors(load());
  EXPECT_NE(text.find(":2:1: error: No module named 'nowhere'"), std::string::npos) << text;
  EXPECT_NE(text.find("note: looked for 'nowhere.py' and 'nowhere/__init__.py' in: "), std::string::npos) << text;
}

TEST_F(ProgramFiles, AStandardModulePyrtLacksIsNotSupportedYet) {
  write("main.py", "import json\n");
  EXPECT_NE(errors(load()).find("error: import of module 'json' is not supported yet"), std::string::npos);
}

TEST_F(ProgramFiles, ASubmoduleOfAPlainModuleIsNotAPackage) {
  write("main.py", "import plain.inner\n");
  write("plain.py", "");
  EXPECT_NE(errors(load()).find("No module named 'plain.inner'; 'plain' is not a package"), std::string::npos);
}

TEST_F(ProgramFiles, RelativeImportsOutsideAPackageAreCPythonsErrors) {
  write("main.py", "import top\nfrom . import x\n");
  write("top.py", "from .. import y\n");
  std::string text = errors(load());
  EXPECT_NE(text.find("main.py:2:1: error: attempted relative import with no known parent package"), std::string::npos)
      << text;
  EXPECT_NE(text.find("top.py:1:1: error: attempted relative import with no known parent package"), std::string::npos)
      << text;
}

TEST_F(ProgramFiles, ARelativeImportAboveTheTopPackageIsBeyondIt) {
  write("main.py", "import pkg.mod\n");
  write("pkg/__init__.py", "");
  write("pkg/mod.py", "from ... import z\n");
  EXPECT_NE(errors(load()).find("error: attempted relative import beyond top-level package"), std::string::npos);
}

TEST_F(ProgramFiles, FromPackageImportNameThatIsNoFileIsNoError) {
  write("main.py", "from pkg import attribute, sub\n");
  write("pkg/__init__.py", "attribute = 1\n");
  write("pkg/sub.py", "");
  ast::Program program = load();
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__ pkg pkg.sub");
}

TEST_F(ProgramFiles, ASyntaxErrorInAnImportedModuleIsReportedInThatFile) {
  write("main.py", "import broken\n");
  write("broken.py", "def f(:\n");
  ast::Program program = load();
  EXPECT_TRUE(program.has_errors());
  EXPECT_NE(errors(program).find("broken.py:1:"), std::string::npos) << errors(program);
}

TEST_F(ProgramFiles, ATranslatedStdlibModuleIsRegisteredNotLoaded) {
  write("main.py", "import heapq\ndef f():\n    from heapq import heappush\n");
  ast::Program program = load();
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__");
  EXPECT_EQ(program.stdlib_imports, std::set<std::string>{"heapq"});
}

TEST_F(ProgramFiles, AFileOfTheProgramShadowsAStdlibModuleOfTheSameName) {
  write("main.py", "import heapq\n");
  write("heapq.py", "");
  ast::Program program = load();
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__ heapq");
  EXPECT_TRUE(program.stdlib_imports.empty());
}

// stdlib/manifest.txt's `os.path alias posixpath`: no file and no module of its own, found
// through its parent os as importlib finds it in sys.modules; the program registers posixpath.
TEST_F(ProgramFiles, AManifestAliasIsImportedThroughItsParentAndRegistersItsModule) {
  write("main.py", "import os.path\nfrom os import path\nfrom os.path import join\n");
  ModuleCatalog catalog{[](std::string_view) { return false; }, [](std::string_view m) { return m == "os"; },
                        [](std::string_view m) { return m == "os" || m == "posixpath"; }};
  ast::Program program = load_program((root_ / "main.py").string(), {}, catalog);
  EXPECT_EQ(errors(program), "");
  EXPECT_EQ(names(program), "__main__");
  EXPECT_EQ(program.stdlib_imports, (std::set<std::string>{"os", "posixpath"}));
}

TEST(StdlibModule, ImportsResolveThroughTheCatalogAndItsAbsentList) {
  fs::path dir = fs::temp_directory_path() / "py2cpp_stdlib_unit";
  fs::create_directories(dir);
  // heapq's manifest entry lists doctest as absent; org is listed for no module.
  std::ofstream(dir / "heapq.py") << "import sys, keyword\nimport doctest\nfrom org.python import core\n";
  ModuleCatalog catalog{[](std::string_view m) { return m == "sys"; }, [](std::string_view) { return true; },
                        [](std::string_view m) { return m == "keyword"; }};
  ast::Program program = load_stdlib_module("heapq", (dir / "heapq.py").string(), catalog);
  ASSERT_EQ(program.modules.size(), 1u);
  EXPECT_EQ(program.modules.front()->name, "heapq");
  EXPECT_EQ(program.modules.front()->package, "");
  // Native (sys) and translated (keyword) alike: the library unit registers both.
  EXPECT_EQ(program.stdlib_imports, (std::set<std::string>{"keyword", "sys"}));
  std::ostringstream out;
  program.modules.front()->diags.print(out, *program.modules.front()->source);
  EXPECT_NE(out.str().find("3:1: error: import of module 'org' is not supported yet"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find("doctest"), std::string::npos) << out.str();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace py2cpp::imports
