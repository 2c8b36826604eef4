// CodeWriter: indentation and #line directives of generated C++.
#include "lower/code_writer.h"

#include <gtest/gtest.h>

#include "lower/templates.h"

namespace py2cpp::lower {
namespace {

TEST(CodeWriter, IndentsBlocksByTwoSpaces) {
  CodeWriter w("a.py", false);
  w.open("if (x)");
  w.line("y();");
  w.close();
  EXPECT_EQ(w.text(), "if (x) {\n  y();\n}\n");
}

TEST(CodeWriter, EmitsLineDirectiveOncePerPythonLine) {
  CodeWriter w("a.py", true);
  w.at(3);
  w.line("a();");
  w.at(3);
  w.line("b();");
  w.at(4);
  EXPECT_EQ(w.text(), "#line 3 \"a.py\"\na();\nb();\n#line 4 \"a.py\"\n");
}

TEST(CodeWriter, OmitsLineDirectivesWhenAskedTo) {
  CodeWriter w("a.py", false);
  w.at(7);
  w.line("a();");
  EXPECT_EQ(w.text(), "a();\n");
}

TEST(FillTemplate, ReplacesEveryPlaceholder) {
  EXPECT_EQ(fill_template("@A@-@B@-@A@", {{"A", "1"}, {"B", "two"}}), "1-two-1");
}

TEST(FillTemplate, LeavesUnknownPlaceholders) { EXPECT_EQ(fill_template("@X@", {{"A", "1"}}), "@X@"); }

TEST(Templates, PrologueNamesTheSource) {
  EXPECT_NE(fill_template(templates::prologue, {{"SOURCE", "s.py"}}).find("from s.py"), std::string::npos);
}

}  // namespace
}  // namespace py2cpp::lower
