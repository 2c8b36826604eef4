// parse_module() against CPython 3.11's ast.parse() on every snippet of ast_cases.txt:
// the same ast.dump(include_attributes=True) text, or the same SyntaxError message and line.
// Expectations come from scripts/regen-ast-expectations (never typed by hand).
#include <gtest/gtest.h>

#include <string>

#include "ast/ast.h"
#include "parse/parse.h"

namespace py2cpp::parse {
namespace {

struct CPythonCase {
  const char* name;
  const char* source;
  bool cpython_accepts;
  bool any_error;  // our wording may differ; some error is enough
  const char* dump;
  const char* error_message;
  int error_line;
};

const CPythonCase kCases[] = {
#include "ast_expectations.inc"
};

class ParseMatchesCPython : public ::testing::TestWithParam<CPythonCase> {};

TEST_P(ParseMatchesCPython, DumpOrSyntaxErrorEqualsCPythons) {
  const CPythonCase& c = GetParam();
  base::Diagnostics diags;
  base::SourceFile source("case.py", c.source);
  std::optional<ast::Module> module = parse_module(source, diags);
  if (c.cpython_accepts) {
    ASSERT_TRUE(module.has_value()) << "rejected: " << (diags.all().empty() ? "" : diags.all().front().message);
    EXPECT_EQ(ast::dump(*module, true), c.dump);
    EXPECT_FALSE(diags.has_errors());
    return;
  }
  EXPECT_FALSE(module.has_value()) << "accepted: " << (module ? ast::dump(*module) : "");
  ASSERT_EQ(diags.error_count(), 1u) << "CPython reports exactly one syntax error";
  if (c.any_error) return;
  EXPECT_EQ(diags.all().front().message, c.error_message);
  EXPECT_EQ(diags.all().front().range.begin.line, c.error_line);
}

INSTANTIATE_TEST_SUITE_P(Snippets, ParseMatchesCPython, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<CPythonCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace py2cpp::parse
