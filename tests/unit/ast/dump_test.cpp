// ast::dump() and constant_repr(): CPython 3.11's ast.dump() text and repr() of constants, on
// hand-built trees (tests/unit/parse compares parsed trees with CPython's).
#include <gtest/gtest.h>

#include <limits>

#include "ast/ast.h"

namespace py2cpp::ast {
namespace {

std::string repr(ConstantValue v) { return constant_repr(v); }

TEST(ConstantRepr, FloatsUsePythonsShortestRepr) {
  EXPECT_EQ(repr(ConstantValue::floating(0.0)), "0.0");
  EXPECT_EQ(repr(ConstantValue::floating(1.0)), "1.0");
  EXPECT_EQ(repr(ConstantValue::floating(0.1)), "0.1");
  EXPECT_EQ(repr(ConstantValue::floating(1e16)), "1e+16");
  EXPECT_EQ(repr(ConstantValue::floating(1e15)), "1000000000000000.0");
  EXPECT_EQ(repr(ConstantValue::floating(0.0001)), "0.0001");
  EXPECT_EQ(repr(ConstantValue::floating(0.00001)), "1e-05");
  EXPECT_EQ(repr(ConstantValue::floating(1.5e-10)), "1.5e-10");
  EXPECT_EQ(repr(ConstantValue::floating(std::numeric_limits<double>::infinity())), "inf");
}

TEST(ConstantRepr, ImaginaryLiteralsDropTheDotZero) {
  EXPECT_EQ(repr(ConstantValue::imaginary(2.0)), "2j");
  EXPECT_EQ(repr(ConstantValue::imaginary(1.5)), "1.5j");
  EXPECT_EQ(repr(ConstantValue::imaginary(1e20)), "1e+20j");
}

TEST(ConstantRepr, StringsPickQuotesAndEscapeLikePython) {
  EXPECT_EQ(repr(ConstantValue::str("a")), "'a'");
  EXPECT_EQ(repr(ConstantValue::str("it's")), "\"it's\"");
  EXPECT_EQ(repr(ConstantValue::str("'\"")), "'\\'\"'");
  EXPECT_EQ(repr(ConstantValue::str("\n\t\\\x01")), "'\\n\\t\\\\\\x01'");
  EXPECT_EQ(repr(ConstantValue::str("\xc3\xa9")), "'\xc3\xa9'");
  EXPECT_EQ(repr(ConstantValue::str("\xc2\xa0")), "'\\xa0'");
  EXPECT_EQ(repr(ConstantValue::str("\xe2\x80\xa8")), "'\\u2028'");
}

TEST(ConstantRepr, BytesEscapeNonAscii) {
  EXPECT_EQ(repr(ConstantValue::bytes(std::string("a\0\xff'", 4))), "b\"a\\x00\\xff'\"");
}

TEST(ConstantRepr, SingletonsAndInts) {
  EXPECT_EQ(repr(ConstantValue::none()), "None");
  EXPECT_EQ(repr(ConstantValue::boolean(true)), "True");
  EXPECT_EQ(repr(ConstantValue::ellipsis()), "Ellipsis");
  EXPECT_EQ(repr(ConstantValue::integer("123456789012345678901234567890")), "123456789012345678901234567890");
}

TEST(Dump, OmitsNoneOptionalFieldsAndAppendsAttributesLast) {
  Module m;
  auto ret = std::make_unique<Return>();
  ret->lineno = 1;
  ret->end_lineno = 1;
  ret->end_col_offset = 6;
  m.body.push_back(std::move(ret));
  EXPECT_EQ(dump(m), "Module(body=[Return()], type_ignores=[])");
  EXPECT_EQ(dump(m, true),
            "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])");
}

TEST(Dump, DictWithSplatPrintsNoneKey) {
  auto d = std::make_unique<Dict>();
  d->keys.push_back(nullptr);
  auto v = std::make_unique<Name>();
  v->id = "m";
  d->values.push_back(std::move(v));
  EXPECT_EQ(dump(*d), "Dict(keys=[None], values=[Name(id='m', ctx=Load())])");
}

TEST(Ast, AsyncTwinsShareTheirSyncShapes) {
  AsyncFor f;
  const Stmt& s = f;
  EXPECT_EQ(&as_for(s), &f);
  EXPECT_EQ(as_if<For>(&s), nullptr);
  EXPECT_EQ(as_if<AsyncFor>(&s), &f);
  EXPECT_STREQ(kind_name(StmtKind::Expr), "Expr");
  EXPECT_STREQ(kind_name(ExprKind::JoinedStr), "JoinedStr");
}

}  // namespace
}  // namespace py2cpp::ast
