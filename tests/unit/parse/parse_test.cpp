// parse_module() properties that a snippet comparison cannot show: shapes the later phases rely
// on, robustness on junk and deep nesting (no crash, one located diagnostic), determinism.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "ast/ast.h"
#include "parse/parse.h"

namespace py2cpp::parse {
namespace {

struct Parsed {
  std::optional<ast::Module> module;
  base::Diagnostics diags;
};

Parsed parse(const std::string& text) {
  Parsed p;
  base::SourceFile source("test.py", text);
  p.module = parse_module(source, p.diags);
  return p;
}

const ast::Expr& only_expr(const Parsed& p) {
  EXPECT_TRUE(p.module.has_value());
  EXPECT_EQ(p.module->body.size(), 1u);
  return *ast::as<ast::ExprStmt>(*p.module->body.at(0)).value;
}

TEST(ParseExpr, ChainedComparisonBuildsOneCompare) {
  Parsed p = parse("a < b <= c != d\n");
  const auto& c = ast::as<ast::Compare>(only_expr(p));
  EXPECT_EQ(c.ops.size(), 3u);
  EXPECT_EQ(c.comparators.size(), 3u);
  EXPECT_EQ(c.ops[1], ast::CmpOp::LtE);
}

TEST(ParseExpr, AwaitBindsTighterThanPower) {
  Parsed p = parse("async def f():\n    await x ** 2\n");
  ASSERT_TRUE(p.module);
  const auto& f = ast::as_function(*p.module->body[0]);
  const auto& pow = ast::as<ast::BinOp>(*ast::as<ast::ExprStmt>(*f.body[0]).value);
  EXPECT_EQ(pow.op, ast::Operator::Pow);
  EXPECT_EQ(pow.left->kind, ast::ExprKind::Await);
}

TEST(ParseExpr, BitwiseAndBindsTighterThanXor) {
  Parsed p = parse("a ^ b & c\n");
  const auto& x = ast::as<ast::BinOp>(only_expr(p));
  EXPECT_EQ(x.op, ast::Operator::BitXor);
  EXPECT_EQ(ast::as<ast::BinOp>(*x.right).op, ast::Operator::BitAnd);
}

TEST(ParseExpr, HugeHexLiteralBecomesDecimalDigits) {
  Parsed p = parse("0x1_0000_0000_0000_0000\n");
  EXPECT_EQ(ast::as<ast::Constant>(only_expr(p)).value.int_digits, "18446744073709551616");
}

TEST(ParseExpr, BoolOpChainOfTenThousandIsFlat) {
  std::string text = "a";
  for (int i = 0; i < 10000; ++i) text += " or a";
  Parsed p = parse(text + "\n");
  EXPECT_EQ(ast::as<ast::BoolOp>(only_expr(p)).values.size(), 10001u);
}

TEST(ParseStmt, AsyncStatementsKeepTheirOwnKinds) {
  Parsed p = parse("async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n");
  ASSERT_TRUE(p.module);
  const auto& f = ast::as<ast::AsyncFunctionDef>(*p.module->body[0]);
  EXPECT_EQ(f.body[0]->kind, ast::StmtKind::AsyncFor);
  EXPECT_EQ(f.body[1]->kind, ast::StmtKind::AsyncWith);
  EXPECT_EQ(ast::as_with(*f.body[1]).items.size(), 1u);
}

TEST(ParseStmt, MatchStatementBuildsMatchWithOneCasePerClause) {
  Parsed p = parse("match x:\n    case 1:\n        pass\n    case _:\n        pass\n");
  ASSERT_TRUE(p.module);
  EXPECT_FALSE(p.diags.has_errors());
  const auto& m = ast::as<ast::Match>(*p.module->body[0]);
  ASSERT_EQ(m.cases.size(), 2u);
  EXPECT_EQ(m.cases[0].pattern->kind, ast::PatternKind::MatchValue);
  EXPECT_EQ(m.cases[1].pattern->kind, ast::PatternKind::MatchAs);
}

TEST(ParseSource, EmptyFileGivesAnEmptyModule) {
  Parsed p = parse("");
  ASSERT_TRUE(p.module);
  EXPECT_TRUE(p.module->body.empty());
  EXPECT_FALSE(p.diags.has_errors());
}

TEST(ParseSource, TenThousandNestedParenthesesReportTooManyNestedParentheses) {
  Parsed p = parse(std::string(10000, '(') + std::string(10000, ')') + "\n");
  EXPECT_FALSE(p.module);
  ASSERT_EQ(p.diags.all().size(), 1u);
  EXPECT_EQ(p.diags.all()[0].message, "too many nested parentheses");
  EXPECT_EQ(p.diags.all()[0].range.begin.col, 200);
}

TEST(ParseSource, TwoHundredNestedParenthesesAreAccepted) {
  Parsed p = parse(std::string(200, '(') + "1" + std::string(200, ')') + "\n");
  EXPECT_TRUE(p.module);
}

TEST(ParseSource, DeepUnaryChainReportsTheDepthLimitInsteadOfCrashing) {
  Parsed p = parse(std::string(100000, '-') + "1\n");
  EXPECT_FALSE(p.module);
  ASSERT_EQ(p.diags.all().size(), 1u);
  EXPECT_EQ(p.diags.all()[0].message, "maximum recursion depth exceeded during ast construction");
}

TEST(ParseSource, LongAdditionChainReportsTheDepthLimitInsteadOfCrashing) {
  std::string text = "1";
  for (int i = 0; i < 100000; ++i) text += "+1";
  Parsed p = parse(text + "\n");
  EXPECT_FALSE(p.module);
  EXPECT_EQ(p.diags.error_count(), 1u);
}

TEST(ParseSource, DeepLambdaAndAttributeChainsDoNotCrash) {
  std::string lambdas, attrs = "a";
  for (int i = 0; i < 50000; ++i) lambdas += "lambda:";
  for (int i = 0; i < 50000; ++i) attrs += ".a";
  EXPECT_FALSE(parse(lambdas + "1\n").module);
  EXPECT_FALSE(parse(attrs + "\n").module);
}

TEST(ParseSource, TooManyIndentationLevelsAreReported) {
  std::string text;
  for (int i = 0; i < 120; ++i) text += std::string(i, ' ') + "if x:\n";
  Parsed p = parse(text + std::string(120, ' ') + "pass\n");
  EXPECT_FALSE(p.module);
  ASSERT_EQ(p.diags.all().size(), 1u);
  EXPECT_EQ(p.diags.all()[0].message, "too many levels of indentation");
}

TEST(ParseSource, BinaryJunkGivesOneLocatedDiagnosticWithoutCrashing) {
  std::mt19937 rng(20251121);
  for (int round = 0; round < 50; ++round) {
    std::string junk;
    std::size_t size = 1 + rng() % 4000;
    for (std::size_t i = 0; i < size; ++i) junk += static_cast<char>(rng() & 0xFF);
    Parsed p = parse(junk);
    EXPECT_FALSE(p.module) << "round " << round;
    ASSERT_EQ(p.diags.error_count(), 1u) << "round " << round;
    EXPECT_GE(p.diags.all()[0].range.begin.line, 0);
  }
}

TEST(ParseSource, PunctuationSoupNeverCrashes) {
  std::mt19937 rng(7);
  const std::string alphabet = "()[]{}:;,.=+-*/%@&|^~<>!'\"\\#\n \tabcfrb019_";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::size_t size = rng() % 200;
    for (std::size_t i = 0; i < size; ++i) text += alphabet[rng() % alphabet.size()];
    Parsed p = parse(text);
    EXPECT_EQ(p.module.has_value(), !p.diags.has_errors()) << text;
    EXPECT_LE(p.diags.error_count(), 1u) << text;
  }
}

TEST(ParseSource, SyntaxErrorsAreLocatedOnTheOffendingLine) {
  Parsed p = parse("x = 1\ny = (2,\n");
  ASSERT_EQ(p.diags.all().size(), 1u);
  EXPECT_EQ(p.diags.all()[0].message, "'(' was never closed");
  EXPECT_EQ(p.diags.all()[0].range.begin.line, 2);
  EXPECT_EQ(p.diags.all()[0].range.begin.col, 4);
}

TEST(ParseSource, ParsingTwiceGivesTheSameTree) {
  std::string text = "async def main():\n    return [await f(x) for x in range(3) if x]\n";
  EXPECT_EQ(ast::dump(*parse(text).module, true), ast::dump(*parse(text).module, true));
}

}  // namespace
}  // namespace py2cpp::parse
