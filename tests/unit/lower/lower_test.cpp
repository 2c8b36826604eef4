// Lowering of each construct family: what C++ shape it produces. The golden
// tests check behaviour; these check that the shapes are the intended ones.
#include <gtest/gtest.h>

#include <sstream>

#include "driver/translate.h"

namespace py2cpp::lower {
namespace {

std::string lower_text(const std::string& source, std::string* errors = nullptr) {
  std::string cpp;
  std::ostringstream err;
  bool ok = driver::translate_text("t.py", source, false, cpp, err);
  if (errors) *errors = err.str();
  EXPECT_TRUE(ok || errors) << err.str();
  return cpp;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(LowerFunction, AsyncDefBecomesACoroutine) {
  std::string cpp = lower_text("async def main():\n    return 1\n");
  EXPECT_TRUE(contains(cpp, "pyrt::Coroutine main_py(pyrt::CodeRef)")) << cpp;
  EXPECT_TRUE(contains(cpp, "co_return pyrt::Object::from_int(1);")) << cpp;
}

TEST(LowerFunction, AsyncDefWithYieldBecomesAnAsyncGenerator) {
  std::string cpp = lower_text("async def ticker(count):\n    for i in range(count):\n        yield i\n");
  EXPECT_TRUE(contains(cpp, "pyrt::AsyncGenerator ticker(pyrt::CodeRef, [[maybe_unused]] pyrt::Object count)")) << cpp;
  EXPECT_TRUE(contains(cpp, "co_yield")) << cpp;
}

TEST(LowerFunction, DefWithYieldBecomesAGenerator) {
  std::string cpp = lower_text("def gen():\n    yield 1\n");
  EXPECT_TRUE(contains(cpp, "pyrt::Generator gen(pyrt::CodeRef)")) << cpp;
}

TEST(LowerExpr, AwaitIsItsOwnStatementWithANamedTemporary) {
  std::string cpp = lower_text("async def f(x):\n    return await x\n");
  EXPECT_TRUE(contains(cpp, "pyrt::Object t1 = co_await pyrt::await_(x);")) << cpp;
}

TEST(LowerExpr, CallArgumentsAreEvaluatedLeftToRight) {
  std::string cpp = lower_text("def f(a, b):\n    return g(a(), b())\n");
  // The first argument is bound to a temporary before the second is evaluated.
  std::size_t first = cpp.find("= pyrt::call(a);");
  std::size_t second = cpp.find("pyrt::call(b)");
  ASSERT_NE(first, std::string::npos) << cpp;
  EXPECT_LT(first, second);
}

TEST(LowerStmt, AsyncForUsesTheAsyncIteratorProtocol) {
  std::string cpp = lower_text("async def f(g):\n    async for x in g:\n        print(x)\n");
  EXPECT_TRUE(contains(cpp, "pyrt::AsyncForIter")) << cpp;
  EXPECT_TRUE(contains(cpp, "= co_await it")) << cpp;
}

TEST(LowerStmt, ClosuresShareCellsWithTheirDefiningScope) {
  std::string cpp = lower_text("def outer():\n    count = 0\n    def inner():\n        return count\n    return inner\n");
  EXPECT_TRUE(contains(cpp, "pyrt::Object count = pyrt::make_cell();")) << cpp;
  EXPECT_TRUE(contains(cpp, "pyrt::cell_get(count, \"count\")")) << cpp;
}

TEST(LowerNames, CxxKeywordsAreRenamed) {
  std::string cpp = lower_text("def f(new):\n    return new\n");
  EXPECT_TRUE(contains(cpp, "pyrt::Object new_py")) << cpp;
}

TEST(LowerModule, OutputIsDeterministic) {
  const char* src = "import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n";
  EXPECT_EQ(lower_text(src), lower_text(src));
}

TEST(LowerModule, UnsupportedConstructsAreLocatedDiagnostics) {
  std::string errors;
  lower_text("x = 1\ndef f():\n    return [locals() for _ in ()]\n", &errors);
  EXPECT_TRUE(contains(errors, "t.py:3:13: error: 'locals()' inside a comprehension is not supported yet")) << errors;
}

TEST(LowerMatch, CasesTestInADoWhileAndStoreCapturesOnlyAfterTheWholePattern) {
  std::string cpp = lower_text("match 1:\n    case [a, 2]:\n        pass\n    case _:\n        pass\n");
  EXPECT_TRUE(contains(cpp, "if (!pyrt::match_is_sequence(")) << cpp;
  EXPECT_TRUE(contains(cpp, "} while (false);")) << cpp;
  EXPECT_TRUE(contains(cpp, "g::a = std::move(capture")) << cpp;
}

TEST(LowerModule, UnknownModulesAreRejectedAtTranslationTime) {
  std::string errors;
  lower_text("import socket\n", &errors);
  EXPECT_TRUE(contains(errors, "import of module 'socket' is not supported yet")) << errors;
}

TEST(LowerModule, NamesTheRuntimeModuleLacksAreRejectedAtTheImport) {
  std::string errors;
  lower_text("from typing import Any, NamedTuple\n", &errors);
  EXPECT_TRUE(contains(errors, "t.py:1:25: error: import of name 'NamedTuple' from module 'typing' is not supported yet"))
      << errors;
  EXPECT_FALSE(contains(errors, "'Any'")) << errors;
}

TEST(LowerModule, FutureStatementsAreDirectivesNotRuntimeImports) {
  std::string errors;
  lower_text("from __future__ import annotations, generator_stop\n", &errors);
  EXPECT_EQ(errors, "");
}

TEST(LowerExpr, CpythonBuiltinsPyrtLacksAreRejectedWhereRead) {
  std::string errors;
  lower_text("x = 1\nprint(breakpoint(x))\n", &errors);
  EXPECT_TRUE(contains(errors, "t.py:2:7: error: builtin 'breakpoint' is not supported yet")) << errors;
}

TEST(LowerExpr, ABuiltinNameTheProgramBindsIsNotRejected) {
  std::string errors;
  lower_text("def open(x):\n    return x\nprint(open(1))\n", &errors);
  EXPECT_EQ(errors, "");
}

TEST(LowerExpr, BuiltinsAreLookedUpOnceAtModuleInit) {
  std::string cpp = lower_text("print(len([]))\n");
  EXPECT_TRUE(contains(cpp, "builtin_len = pyrt::builtin_lookup(\"len\");")) << cpp;
}

}  // namespace
}  // namespace py2cpp::lower
