// Scope analysis and function kinds, checked against what CPython's symtable
// module reports for the same code (python3 -c "import symtable; ...").
#include <gtest/gtest.h>

#include <sstream>

#include "base/diagnostics.h"
#include "base/source.h"
#include "parse/parse.h"
#include "sema/sema.h"

namespace py2cpp::sema {
namespace {

struct Analyzed {
  std::optional<ast::Module> module;
  std::optional<ModuleInfo> info;
  base::Diagnostics diags;
  std::string messages;
};

std::unique_ptr<Analyzed> analyze_text(const std::string& text) {
  auto a = std::make_unique<Analyzed>();
  auto source = base::make_source("t.py", text, a->diags);
  if (!source) return a;
  a->module = parse::parse_module(*source, a->diags);
  if (a->module) a->info.emplace(analyze(*a->module, a->diags));
  std::ostringstream out;
  a->diags.print(out, *source);
  a->messages = out.str();
  return a;
}

const SymbolTable& child(const SymbolTable& t, const std::string& name) {
  for (const auto& c : t.children)
    if (c->name == name) return *c;
  ADD_FAILURE() << "no block " << name;
  return t;
}

TEST(Symtable, ClassifiesFunctionKindsFromAsyncAndYield) {
  auto a = analyze_text(
      "def f(): pass\n"
      "def g(): yield 1\n"
      "async def c(): await x\n"
      "async def ag(): yield 1\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& m = a->info->module();
  EXPECT_EQ(child(m, "f").function_kind, FunctionKind::Function);
  EXPECT_EQ(child(m, "g").function_kind, FunctionKind::Generator);
  EXPECT_EQ(child(m, "c").function_kind, FunctionKind::Coroutine);
  EXPECT_EQ(child(m, "ag").function_kind, FunctionKind::AsyncGenerator);
}

TEST(Symtable, NonlocalMakesTheOuterLocalACell) {
  auto a = analyze_text(
      "def outer():\n"
      "    count = 0\n"
      "    def inner():\n"
      "        nonlocal count\n"
      "        count += 1\n"
      "    return inner\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& outer = child(a->info->module(), "outer");
  EXPECT_EQ(outer.scope_of("count"), Scope::Cell);
  const SymbolTable& inner = child(outer, "inner");
  EXPECT_EQ(inner.scope_of("count"), Scope::Free);
  EXPECT_EQ(inner.freevars, std::vector<std::string>{"count"});
  EXPECT_EQ(inner.qualname, "outer.<locals>.inner");
}

TEST(Symtable, ReadsOfUnassignedNamesAreImplicitGlobals) {
  auto a = analyze_text("def f():\n    return print(x)\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& f = child(a->info->module(), "f");
  EXPECT_EQ(f.scope_of("print"), Scope::GlobalImplicit);
  EXPECT_EQ(f.scope_of("x"), Scope::GlobalImplicit);
}

TEST(Symtable, GlobalDeclarationBindsAtModuleLevel) {
  auto a = analyze_text("total = 0\ndef add(n):\n    global total\n    total += n\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& f = child(a->info->module(), "add");
  EXPECT_EQ(f.scope_of("total"), Scope::GlobalExplicit);
  EXPECT_EQ(f.scope_of("n"), Scope::Local);
}

TEST(Symtable, ComprehensionTargetsStayInTheComprehension) {
  auto a = analyze_text("def f(items):\n    return [x for x in items]\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& f = child(a->info->module(), "f");
  EXPECT_EQ(f.symbols.count("x"), 0u);
  const SymbolTable& comp = child(f, "<listcomp>");
  EXPECT_EQ(comp.scope_of("x"), Scope::Local);
}

TEST(Symtable, MethodsSkipTheClassScopeForFreeVariables) {
  auto a = analyze_text(
      "def make():\n"
      "    value = 1\n"
      "    class C:\n"
      "        value = 2\n"
      "        def get(self):\n"
      "            return value\n"
      "    return C\n");
  ASSERT_TRUE(a->info) << a->messages;
  const SymbolTable& make = child(a->info->module(), "make");
  EXPECT_EQ(make.scope_of("value"), Scope::Cell);
  EXPECT_EQ(child(child(make, "C"), "get").scope_of("value"), Scope::Free);
}

TEST(Symtable, LeadingFutureImportsAfterTheDocstringAreAccepted) {
  auto a = analyze_text(
      "\"\"\"doc\"\"\"\n"
      "from __future__ import annotations\n"
      "from __future__ import division, generator_stop; from __future__ import barry_as_FLUFL\n"
      "x = 1\n");
  ASSERT_TRUE(a->info) << a->messages;
  EXPECT_EQ(a->messages, "");
}

struct ErrorCase {
  const char* source;
  const char* message;
};

class SemaError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SemaError, ReportsCPythonsWording) {
  auto a = analyze_text(GetParam().source);
  EXPECT_NE(a->messages.find(std::string("error: ") + GetParam().message), std::string::npos) << a->messages;
}

INSTANTIATE_TEST_SUITE_P(
    CompileErrors, SemaError,
    ::testing::Values(ErrorCase{"async def g():\n    yield 1\n    return 2\n", "'return' with value in async generator"},
                      ErrorCase{"async def f():\n    yield from x\n", "'yield from' inside async function"},
                      ErrorCase{"def f():\n    await x\n", "'await' outside async function"},
                      ErrorCase{"await x\n", "'await' outside function"},
                      ErrorCase{"def f():\n    async for x in y: pass\n", "'async for' outside async function"},
                      ErrorCase{"def f():\n    async with y: pass\n", "'async with' outside async function"},
                      ErrorCase{"def f(y):\n    return [x async for x in y]\n",
                                "asynchronous comprehension outside of an asynchronous function"},
                      ErrorCase{"yield 1\n", "'yield' outside function"},
                      ErrorCase{"return 1\n", "'return' outside function"},
                      ErrorCase{"from __future__ import spam\n", "future feature spam is not defined"},
                      ErrorCase{"from __future__ import *\n", "future feature * is not defined"},
                      ErrorCase{"from __future__ import braces\n", "not a chance"},
                      ErrorCase{"\"doc\"\nfrom __future__ import annotations\nx = 1\nfrom __future__ import division\n",
                                "from __future__ imports must occur at the beginning of the file"},
                      ErrorCase{"import os; from __future__ import division\n",
                                "from __future__ imports must occur at the beginning of the file"},
                      ErrorCase{"def f():\n    from __future__ import division\n",
                                "from __future__ imports must occur at the beginning of the file"},
                      ErrorCase{"break\n", "'break' outside loop"},
                      ErrorCase{"continue\n", "'continue' not properly in loop"},
                      ErrorCase{"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"},
                      ErrorCase{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"},
                      ErrorCase{"def f():\n    return [(yield) for x in y]\n", "'yield' inside list comprehension"}));

TEST(Symtable, AsyncGeneratorExpressionIsAllowedInAPlainFunction) {
  auto a = analyze_text("def f(y):\n    return (x async for x in y)\n");
  EXPECT_FALSE(a->diags.has_errors()) << a->messages;
}

}  // namespace
}  // namespace py2cpp::sema
