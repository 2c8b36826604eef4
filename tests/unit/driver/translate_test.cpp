// The driver's outputs for a program of several modules: where each unit goes, the one-unit
// form build systems use, and the depfile naming every .py read.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "driver/translate.h"

namespace py2cpp::driver {
namespace {

namespace fs = std::filesystem;

class ProgramOutputs : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("py2cpp_driver_" + std::to_string(::getpid()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "pkg");
    write("main.py", "import helper\nfrom pkg import inner\nprint(helper.X, inner.Y)\n");
    write("helper.py", "X = 1\n");
    write("pkg/__init__.py", "");
    write("pkg/inner.py", "Y = 2\n");
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& relative, const std::string& text) { std::ofstream(root_ / relative) << text; }
  static std::string read(const fs::path& p) {
    std::ifstream in(p);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  int run(Options options, std::string* errors = nullptr) {
    options.input = (root_ / "main.py").string();
    std::ostringstream out, err;
    int status = translate(options, out, err);
    if (errors) *errors = err.str();
    return status;
  }

  fs::path root_;
};

TEST_F(ProgramOutputs, EachModuleGoesBesideTheMainUnitAsStemDotModule) {
  Options options;
  options.output = (root_ / "out" / "prog.cpp").string();
  fs::create_directories(root_ / "out");
  ASSERT_EQ(run(options), 0);
  EXPECT_TRUE(fs::exists(root_ / "out/prog.cpp"));
  EXPECT_TRUE(fs::exists(root_ / "out/prog.helper.cpp"));
  EXPECT_TRUE(fs::exists(root_ / "out/prog.pkg.cpp"));
  EXPECT_TRUE(fs::exists(root_ / "out/prog.pkg.inner.cpp"));
  EXPECT_NE(read(root_ / "out/prog.cpp").find("int main("), std::string::npos);
  EXPECT_EQ(read(root_ / "out/prog.helper.cpp").find("int main("), std::string::npos);
}

TEST_F(ProgramOutputs, AFolderOutputTakesTheInputsStem) {
  Options options;
  options.output = (root_ / "generated").string() + "/";
  ASSERT_EQ(run(options), 0);
  EXPECT_TRUE(fs::exists(root_ / "generated/main.cpp"));
  EXPECT_TRUE(fs::exists(root_ / "generated/main.pkg.inner.cpp"));
}

TEST_F(ProgramOutputs, OneUnitHoldsEveryModuleAndTheDepfileNamesEveryFile) {
  Options options;
  options.output = (root_ / "all.cpp").string();
  options.one_unit = true;
  options.depfile = (root_ / "all.d").string();
  ASSERT_EQ(run(options), 0);
  EXPECT_FALSE(fs::exists(root_ / "all.helper.cpp"));
  std::string all = read(root_ / "all.cpp");
  EXPECT_NE(all.find("namespace py_helper"), std::string::npos);
  EXPECT_NE(all.find("namespace py_pkg_inner"), std::string::npos);
  std::string dep = read(root_ / "all.d");
  EXPECT_EQ(dep.rfind((root_ / "all.cpp").string() + ":", 0), 0u) << dep;
  for (const char* f : {"main.py", "helper.py", "pkg/__init__.py", "pkg/inner.py"}) {
    EXPECT_NE(dep.find((root_ / f).string()), std::string::npos) << f << " in " << dep;
  }
}

TEST_F(ProgramOutputs, AnIncludeDirectoryIsSearchedAfterTheScriptsFolder) {
  fs::create_directories(root_ / "lib");
  write("lib/extra.py", "Z = 3\n");
  write("main.py", "import extra\n");
  Options options;
  options.check = true;
  std::string errors;
  EXPECT_EQ(run(options, &errors), 1);
  EXPECT_NE(errors.find("No module named 'extra'"), std::string::npos) << errors;
  options.include_dirs = {(root_ / "lib").string()};
  EXPECT_EQ(run(options, &errors), 0) << errors;
}

}  // namespace
}  // namespace py2cpp::driver
