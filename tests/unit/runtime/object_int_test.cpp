// int: unboxed/GMP arithmetic across the int64 boundary, hashing, true
// division rounding and int(str, base). Expected values were printed by
// CPython 3.11 for the operand pairs listed.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

struct OpCase {
  const char* a;
  BinaryOp op;
  const char* b;
  const char* expected;  ///< str(result), or "Type: message"
};

const OpCase kOpCases[] = {
    {"7", BinaryOp::Add, "2", "9"},
    {"7", BinaryOp::Sub, "2", "5"},
    {"7", BinaryOp::Mult, "2", "14"},
    {"7", BinaryOp::FloorDiv, "2", "3"},
    {"7", BinaryOp::Mod, "2", "1"},
    {"7", BinaryOp::Pow, "2", "49"},
    {"7", BinaryOp::LShift, "2", "28"},
    {"7", BinaryOp::RShift, "2", "1"},
    {"7", BinaryOp::BitAnd, "2", "2"},
    {"7", BinaryOp::BitOr, "2", "7"},
    {"7", BinaryOp::BitXor, "2", "5"},
    {"-7", BinaryOp::Add, "2", "-5"},
    {"-7", BinaryOp::Sub, "2", "-9"},
    {"-7", BinaryOp::Mult, "2", "-14"},
    {"-7", BinaryOp::FloorDiv, "2", "-4"},
    {"-7", BinaryOp::Mod, "2", "1"},
    {"-7", BinaryOp::Pow, "2", "49"},
    {"-7", BinaryOp::LShift, "2", "-28"},
    {"-7", BinaryOp::RShift, "2", "-2"},
    {"-7", BinaryOp::BitAnd, "2", "0"},
    {"-7", BinaryOp::BitOr, "2", "-5"},
    {"-7", BinaryOp::BitXor, "2", "-5"},
    {"7", BinaryOp::Add, "-2", "5"},
    {"7", BinaryOp::Sub, "-2", "9"},
    {"7", BinaryOp::Mult, "-2", "-14"},
    {"7", BinaryOp::FloorDiv, "-2", "-4"},
    {"7", BinaryOp::Mod, "-2", "-1"},
    {"7", BinaryOp::BitAnd, "-2", "6"},
    {"7", BinaryOp::BitOr, "-2", "-1"},
    {"7", BinaryOp::BitXor, "-2", "-7"},
    {"-7", BinaryOp::Add, "-2", "-9"},
    {"-7", BinaryOp::Sub, "-2", "-5"},
    {"-7", BinaryOp::Mult, "-2", "14"},
    {"-7", BinaryOp::FloorDiv, "-2", "3"},
    {"-7", BinaryOp::Mod, "-2", "-1"},
    {"-7", BinaryOp::BitAnd, "-2", "-8"},
    {"-7", BinaryOp::BitOr, "-2", "-1"},
    {"-7", BinaryOp::BitXor, "-2", "7"},
    {"4611686018427387904", BinaryOp::Add, "4", "4611686018427387908"},
    {"4611686018427387904", BinaryOp::Sub, "4", "4611686018427387900"},
    {"4611686018427387904", BinaryOp::Mult, "4", "18446744073709551616"},
    {"4611686018427387904", BinaryOp::FloorDiv, "4", "1152921504606846976"},
    {"4611686018427387904", BinaryOp::Mod, "4", "0"},
    {"4611686018427387904", BinaryOp::Pow, "4", "452312848583266388373324160190187140051835877600158453279131187530910662656"},
    {"4611686018427387904", BinaryOp::LShift, "4", "73786976294838206464"},
    {"4611686018427387904", BinaryOp::RShift, "4", "288230376151711744"},
    {"4611686018427387904", BinaryOp::BitAnd, "4", "0"},
    {"4611686018427387904", BinaryOp::BitOr, "4", "4611686018427387908"},
    {"4611686018427387904", BinaryOp::BitXor, "4", "4611686018427387908"},
    {"9223372036854775807", BinaryOp::Add, "1", "9223372036854775808"},
    {"9223372036854775807", BinaryOp::Sub, "1", "9223372036854775806"},
    {"9223372036854775807", BinaryOp::Mult, "1", "9223372036854775807"},
    {"9223372036854775807", BinaryOp::FloorDiv, "1", "9223372036854775807"},
    {"9223372036854775807", BinaryOp::Mod, "1", "0"},
    {"9223372036854775807", BinaryOp::Pow, "1", "9223372036854775807"},
    {"9223372036854775807", BinaryOp::LShift, "1", "18446744073709551614"},
    {"9223372036854775807", BinaryOp::RShift, "1", "4611686018427387903"},
    {"9223372036854775807", BinaryOp::BitAnd, "1", "1"},
    {"9223372036854775807", BinaryOp::BitOr, "1", "9223372036854775807"},
    {"9223372036854775807", BinaryOp::BitXor, "1", "9223372036854775806"},
    {"-9223372036854775808", BinaryOp::Add, "-1", "-9223372036854775809"},
    {"-9223372036854775808", BinaryOp::Sub, "-1", "-9223372036854775807"},
    {"-9223372036854775808", BinaryOp::Mult, "-1", "9223372036854775808"},
    {"-9223372036854775808", BinaryOp::FloorDiv, "-1", "9223372036854775808"},
    {"-9223372036854775808", BinaryOp::Mod, "-1", "0"},
    {"-9223372036854775808", BinaryOp::BitAnd, "-1", "-9223372036854775808"},
    {"-9223372036854775808", BinaryOp::BitOr, "-1", "-1"},
    {"-9223372036854775808", BinaryOp::BitXor, "-1", "9223372036854775807"},
    {"12345678901234567890", BinaryOp::Add, "987654321", "12345678902222222211"},
    {"12345678901234567890", BinaryOp::Sub, "987654321", "12345678900246913569"},
    {"12345678901234567890", BinaryOp::Mult, "987654321", "12193263112482853211126352690"},
    {"12345678901234567890", BinaryOp::FloorDiv, "987654321", "12499999887"},
    {"12345678901234567890", BinaryOp::Mod, "987654321", "339506163"},
    {"12345678901234567890", BinaryOp::BitAnd, "987654321", "706611344"},
    {"12345678901234567890", BinaryOp::BitOr, "987654321", "12345678901515610867"},
    {"12345678901234567890", BinaryOp::BitXor, "987654321", "12345678900808999523"},
    {"-12345678901234567890", BinaryOp::Add, "987654321", "-12345678900246913569"},
    {"-12345678901234567890", BinaryOp::Sub, "987654321", "-12345678902222222211"},
    {"-12345678901234567890", BinaryOp::Mult, "987654321", "-12193263112482853211126352690"},
    {"-12345678901234567890", BinaryOp::FloorDiv, "987654321", "-12499999888"},
    {"-12345678901234567890", BinaryOp::Mod, "987654321", "648148158"},
    {"-12345678901234567890", BinaryOp::BitAnd, "987654321", "281042976"},
    {"-12345678901234567890", BinaryOp::BitOr, "987654321", "-12345678900527956545"},
    {"-12345678901234567890", BinaryOp::BitXor, "987654321", "-12345678900808999521"},
    {"3", BinaryOp::Add, "100", "103"},
    {"3", BinaryOp::Sub, "100", "-97"},
    {"3", BinaryOp::Mult, "100", "300"},
    {"3", BinaryOp::FloorDiv, "100", "0"},
    {"3", BinaryOp::Mod, "100", "3"},
    {"3", BinaryOp::Pow, "100", "515377520732011331036461129765621272702107522001"},
    {"3", BinaryOp::LShift, "100", "3802951800684688204490109616128"},
    {"3", BinaryOp::RShift, "100", "0"},
    {"3", BinaryOp::BitAnd, "100", "0"},
    {"3", BinaryOp::BitOr, "100", "103"},
    {"3", BinaryOp::BitXor, "100", "103"},
    {"-3", BinaryOp::Add, "63", "60"},
    {"-3", BinaryOp::Sub, "63", "-66"},
    {"-3", BinaryOp::Mult, "63", "-189"},
    {"-3", BinaryOp::FloorDiv, "63", "-1"},
    {"-3", BinaryOp::Mod, "63", "60"},
    {"-3", BinaryOp::Pow, "63", "-1144561273430837494885949696427"},
    {"-3", BinaryOp::LShift, "63", "-27670116110564327424"},
    {"-3", BinaryOp::RShift, "63", "-1"},
    {"-3", BinaryOp::BitAnd, "63", "61"},
    {"-3", BinaryOp::BitOr, "63", "-1"},
    {"-3", BinaryOp::BitXor, "63", "-62"},
    {"1000000000000000000000000000000", BinaryOp::Add, "1000000000000000", "1000000000000001000000000000000"},
    {"1000000000000000000000000000000", BinaryOp::Sub, "1000000000000000", "999999999999999000000000000000"},
    {"1000000000000000000000000000000", BinaryOp::Mult, "1000000000000000", "1000000000000000000000000000000000000000000000"},
    {"1000000000000000000000000000000", BinaryOp::FloorDiv, "1000000000000000", "1000000000000000"},
    {"1000000000000000000000000000000", BinaryOp::Mod, "1000000000000000", "0"},
    {"1000000000000000000000000000000", BinaryOp::BitAnd, "1000000000000000", "155486406049792"},
    {"1000000000000000000000000000000", BinaryOp::BitOr, "1000000000000000", "1000000000000000844513593950208"},
    {"1000000000000000000000000000000", BinaryOp::BitXor, "1000000000000000", "1000000000000000689027187900416"},
    {"-100000000000000000000", BinaryOp::Add, "3", "-99999999999999999997"},
    {"-100000000000000000000", BinaryOp::Sub, "3", "-100000000000000000003"},
    {"-100000000000000000000", BinaryOp::Mult, "3", "-300000000000000000000"},
    {"-100000000000000000000", BinaryOp::FloorDiv, "3", "-33333333333333333334"},
    {"-100000000000000000000", BinaryOp::Mod, "3", "2"},
    {"-100000000000000000000", BinaryOp::Pow, "3", "-1000000000000000000000000000000000000000000000000000000000000"},
    {"-100000000000000000000", BinaryOp::LShift, "3", "-800000000000000000000"},
    {"-100000000000000000000", BinaryOp::RShift, "3", "-12500000000000000000"},
    {"-100000000000000000000", BinaryOp::BitAnd, "3", "0"},
    {"-100000000000000000000", BinaryOp::BitOr, "3", "-99999999999999999997"},
    {"-100000000000000000000", BinaryOp::BitXor, "3", "-99999999999999999997"},
    {"5", BinaryOp::Add, "0", "5"},
    {"5", BinaryOp::Sub, "0", "5"},
    {"5", BinaryOp::Mult, "0", "0"},
    {"5", BinaryOp::FloorDiv, "0", "ZeroDivisionError: integer division or modulo by zero"},
    {"5", BinaryOp::Mod, "0", "ZeroDivisionError: integer modulo by zero"},
    {"5", BinaryOp::Pow, "0", "1"},
    {"5", BinaryOp::LShift, "0", "5"},
    {"5", BinaryOp::RShift, "0", "5"},
    {"5", BinaryOp::BitAnd, "0", "0"},
    {"5", BinaryOp::BitOr, "0", "5"},
    {"5", BinaryOp::BitXor, "0", "5"},
};

TEST(IntArithmetic, MatchesCPythonAcrossTheInt64Boundary) {
  for (const OpCase& c : kOpCases) {
    std::string got;
    try {
      got = str_text(binary_op(c.op, int_from_digits(c.a), int_from_digits(c.b)));
    } catch (PyException& e) {
      got = std::string(type_name(e.value)) + ": " + str_text(e.value);
    }
    EXPECT_EQ(got, c.expected) << c.a << " op" << static_cast<int>(c.op) << " " << c.b;
  }
}

TEST(IntArithmetic, ResultsThatFitAreUnboxed) {
  Object big = int_from_digits("9223372036854775808");
  EXPECT_TRUE(big.is_heap());
  Object back = binary_op(BinaryOp::Sub, big, Object::from_int(1));
  EXPECT_TRUE(back.is_small_int());
  EXPECT_EQ(back.as_int(), INT64_MAX);
  EXPECT_TRUE(unary_op(UnaryOp::USub, Object::from_int(INT64_MIN)).is_heap());
}

TEST(IntArithmetic, BoolIsAnIntSubclass) {
  // python3: True + 1, True & False, repr(True), -True, ~True
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Add, kTrue, Object::from_int(1))), "2");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::BitAnd, kTrue, kFalse)), "False");
  EXPECT_EQ(repr_text(kTrue), "True");
  EXPECT_EQ(repr_text(unary_op(UnaryOp::USub, kTrue)), "-1");
  EXPECT_EQ(repr_text(unary_op(UnaryOp::Invert, kTrue)), "-2");
  EXPECT_TRUE(compare_bool(CmpOp::Eq, kTrue, Object::from_float(1.0)));
}

struct HashCase {
  const char* value;
  long long expected;
};

const HashCase kIntHashes[] = {
    {"0", 0LL},
    {"1", 1LL},
    {"-1", -2LL},
    {"-2", -2LL},
    {"2305843009213693950", 2305843009213693950LL},
    {"2305843009213693951", 0LL},
    {"2305843009213693952", 1LL},
    {"9223372036854775807", 3LL},
    {"-9223372036854775808", -4LL},
    {"18446744073709551616", 8LL},
    {"-18446744073709551621", -13LL},
    {"1000000000000000000000000000000", 465258685558744706LL},
};

TEST(IntHash, EqualsCPythonsModularHash) {
  for (const HashCase& c : kIntHashes) EXPECT_EQ(hash(int_from_digits(c.value)), c.expected) << c.value;
}

struct FloatHashCase {
  double value;
  long long expected;
};

const FloatHashCase kFloatHashes[] = {
    {0x0.0p+0, 0LL},
    {0x1.0000000000000p+0, 1LL},
    {-0x1.0000000000000p+0, -2LL},
    {0x1.0000000000000p-1, 1152921504606846976LL},
    {0x1.249ad2594c37dp+332, 1822893315824342674LL},
    {-0x1.4000000000000p+1, -1152921504606846978LL},
    {0x1.921f9f01b866ep+1, 326484311674566659LL},
    {0x1.56e1fc2f8f359p-997, 482449582752280463LL},
    {HUGE_VAL, 314159LL},
};

TEST(FloatHash, EqualsCPythonsHashAndAgreesWithEqualInts) {
  for (const FloatHashCase& c : kFloatHashes) EXPECT_EQ(hash(Object::from_float(c.value)), c.expected) << c.value;
  EXPECT_EQ(hash(Object::from_float(1e20)), hash(int_from_digits("100000000000000000000")));
}

struct DivCase {
  const char* a;
  const char* b;
  double expected;
};

const DivCase kTrueDivisions[] = {
    {"1", "3", 0.3333333333333333},
    {"1152921504606846977", "3", 3.843071682022823e+17},
    {"1000000000000000000000000000000", "7", 1.4285714285714285e+29},
    {"-10000000000000000000000000000000000000000", "3", -3.333333333333333e+39},
    {"1", "1180591620717411303424", 8.470329472543003e-22},
    {"7", "-2", -3.5},
};

TEST(IntTrueDivision, IsCorrectlyRounded) {
  for (const DivCase& c : kTrueDivisions) {
    Object r = binary_op(BinaryOp::Div, int_from_digits(c.a), int_from_digits(c.b));
    ASSERT_TRUE(r.is_float());
    EXPECT_EQ(r.as_float(), c.expected) << c.a << " / " << c.b;
  }
}

struct ParseCase {
  const char* text;
  int base;
  const char* expected;  ///< str(int(text, base)) or the ValueError message
};

const ParseCase kParses[] = {
    {"42", 10, "42"},
    {" -17 ", 10, "-17"},
    {"0x1F", 16, "31"},
    {"0x1F", 0, "31"},
    {"1_000", 10, "1000"},
    {"0b101", 0, "5"},
    {"777", 8, "511"},
    {"zz", 36, "1295"},
    {"0o17", 0, "15"},
    {"  +5\x0a""", 10, "5"},
};

const ParseCase kParseErrors[] = {
    {"abc", 10, "invalid literal for int() with base 10: 'abc'"},
    {"1__0", 10, "invalid literal for int() with base 10: '1__0'"},
    {"_1", 10, "invalid literal for int() with base 10: '_1'"},
    {"010", 0, "invalid literal for int() with base 0: '010'"},
    {"", 10, "invalid literal for int() with base 10: ''"},
    {"0x", 16, "invalid literal for int() with base 16: '0x'"},
    {"12", 1, "int() base must be >= 2 and <= 36, or 0"},
};

TEST(IntParse, AcceptsPrefixesUnderscoresAndWhitespace) {
  for (const ParseCase& c : kParses) EXPECT_EQ(str_text(int_from_string(c.text, c.base)), c.expected) << c.text;
}

TEST(IntParse, RejectsWithCPythonsMessage) {
  for (const ParseCase& c : kParseErrors) {
    try {
      int_from_string(c.text, c.base);
      ADD_FAILURE() << c.text;
    } catch (PyException& e) {
      EXPECT_EQ(str_text(e.value), c.expected);
    }
  }
}

TEST(IntText, ConvertsHugeValuesToDecimalAndBack) {
  const char* digits = "-31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348";
  EXPECT_EQ(str_text(int_from_digits(digits)), digits);
  // python3: hex(2**100), 2**100 // 3**40
  EXPECT_EQ(int_to_base(binary_op(BinaryOp::Pow, Object::from_int(2), Object::from_int(100)), 16),
            "10000000000000000000000000");
  EXPECT_EQ(str_text(binary_op(BinaryOp::FloorDiv, binary_op(BinaryOp::Pow, Object::from_int(2), Object::from_int(100)),
                               binary_op(BinaryOp::Pow, Object::from_int(3), Object::from_int(40)))),
            "104267600099");
}

}  // namespace
}  // namespace pyrt
