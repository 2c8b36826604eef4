// The names table: Python identifiers become legal, unreserved C++ names.
#include "lower/names.h"

#include <gtest/gtest.h>

namespace py2cpp::lower {
namespace {

TEST(CxxIdentifier, KeepsOrdinaryPythonNames) {
  EXPECT_EQ(cxx_identifier("ticker"), "ticker");
  EXPECT_EQ(cxx_identifier("total_sum"), "total_sum");
}

TEST(CxxIdentifier, EscapesCxxKeywordsAndMacros) {
  EXPECT_EQ(cxx_identifier("new"), "new_py");
  EXPECT_EQ(cxx_identifier("class_"), "class_");
  EXPECT_EQ(cxx_identifier("errno"), "errno_py");
  EXPECT_EQ(cxx_identifier("co_await"), "co_await_py");
}

TEST(CxxIdentifier, NeverProducesReservedForms) {
  EXPECT_EQ(cxx_identifier("__init__").find("__"), std::string::npos);
  EXPECT_EQ(cxx_identifier("_Private"), "u_Private");
}

TEST(CxxIdentifier, KeepsTheMappingOneToOne) {
  EXPECT_NE(cxx_identifier("new"), cxx_identifier("new_py"));
  EXPECT_EQ(cxx_identifier("new_py"), "new_py_py");
}

TEST(CxxIdentifier, AvoidsTheGeneratedCodesOwnNames) {
  EXPECT_EQ(cxx_identifier("t1"), "t1_py");
  EXPECT_EQ(cxx_identifier("it3"), "it3_py");
  EXPECT_EQ(cxx_identifier("item12"), "item12_py");
  EXPECT_EQ(cxx_identifier("finally_2"), "finally_2_py");
  EXPECT_EQ(cxx_identifier("t"), "t");
  EXPECT_EQ(cxx_identifier("items"), "items");
}

TEST(CxxIdentifier, EncodesNonAsciiBytes) { EXPECT_EQ(cxx_identifier("caf\xc3\xa9"), "cafxc3xa9"); }

TEST(NameScope, SuffixesRepeatedNames) {
  NameScope scope;
  EXPECT_EQ(scope.unique("x"), "x");
  EXPECT_EQ(scope.unique("x"), "x2");
  EXPECT_EQ(scope.unique("x"), "x3");
}

}  // namespace
}  // namespace py2cpp::lower
