// str: methods, repr quoting and escapes, code-point indexing, error texts
// and the siphash13 hash. Every expectation was printed by CPython 3.11
// (hashes under PYTHONHASHSEED=0).
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"

namespace pyrt {
namespace {

struct MethodCase {
  const char* self;
  const char* method;
  Object (*args)();  ///< the positional arguments, as a tuple
  const char* expected_repr;
};

const MethodCase kMethodCases[] = {
    {"  a b  c ", "split", [] { return tuple_of({}); }, "['a', 'b', 'c']"},
    {"a,b,,c", "split", [] { return tuple_of({str_from(",")}); }, "['a', 'b', '', 'c']"},
    {"a,b,,c", "split", [] { return tuple_of({str_from(","), Object::from_int(1)}); }, "['a', 'b,,c']"},
    {"  a b  c ", "rsplit", [] { return tuple_of({kNone, Object::from_int(1)}); }, "['  a b', 'c']"},
    {"  a b  c ", "split", [] { return tuple_of({kNone, Object::from_int(1)}); }, "['a', 'b  c ']"},
    {"a,b,c", "rsplit", [] { return tuple_of({str_from(","), Object::from_int(1)}); }, "['a,b', 'c']"},
    {"  xx  ", "strip", [] { return tuple_of({}); }, "'xx'"},
    {"xxhixx", "strip", [] { return tuple_of({str_from("x")}); }, "'hi'"},
    {"  hi ", "lstrip", [] { return tuple_of({}); }, "'hi '"},
    {"  hi ", "rstrip", [] { return tuple_of({}); }, "'  hi'"},
    {"aaa", "replace", [] { return tuple_of({str_from("a"), str_from("bb")}); }, "'bbbbbb'"},
    {"aaa", "replace", [] { return tuple_of({str_from("a"), str_from("b"), Object::from_int(2)}); }, "'bba'"},
    {"abc", "replace", [] { return tuple_of({str_from(""), str_from("-")}); }, "'-a-b-c-'"},
    {"Hello World", "upper", [] { return tuple_of({}); }, "'HELLO WORLD'"},
    {"Hello World", "lower", [] { return tuple_of({}); }, "'hello world'"},
    {"hello wORLD it's", "title", [] { return tuple_of({}); }, "\"Hello World It'S\""},
    {"hELLO world", "capitalize", [] { return tuple_of({}); }, "'Hello world'"},
    {"hello", "startswith", [] { return tuple_of({str_from("he")}); }, "True"},
    {"hello", "startswith", [] { return tuple_of({tuple_of({str_from("x"), str_from("hel")})}); }, "True"},
    {"hello", "endswith", [] { return tuple_of({str_from("lo")}); }, "True"},
    {"hello", "endswith", [] { return tuple_of({str_from("l"), Object::from_int(0), Object::from_int(3)}); }, "True"},
    {"hello", "find", [] { return tuple_of({str_from("l")}); }, "2"},
    {"hello", "rfind", [] { return tuple_of({str_from("l")}); }, "3"},
    {"hello", "find", [] { return tuple_of({str_from("z")}); }, "-1"},
    {"hello", "index", [] { return tuple_of({str_from("e")}); }, "1"},
    {"hello", "count", [] { return tuple_of({str_from("l")}); }, "2"},
    {"aaaa", "count", [] { return tuple_of({str_from("aa")}); }, "2"},
    {"abc", "count", [] { return tuple_of({str_from("")}); }, "4"},
    {"hello", "find", [] { return tuple_of({str_from("l"), Object::from_int(-2)}); }, "3"},
    {"123", "isdigit", [] { return tuple_of({}); }, "True"},
    {"12a", "isdigit", [] { return tuple_of({}); }, "False"},
    {"abc", "isalpha", [] { return tuple_of({}); }, "True"},
    {" \x09""\x0a""", "isspace", [] { return tuple_of({}); }, "True"},
    {"ab12", "isalnum", [] { return tuple_of({}); }, "True"},
    {"ABC", "isupper", [] { return tuple_of({}); }, "True"},
    {"abc1", "islower", [] { return tuple_of({}); }, "True"},
    {"", "isalpha", [] { return tuple_of({}); }, "False"},
    {"Ab", "istitle", [] { return tuple_of({}); }, "True"},
    {"42", "zfill", [] { return tuple_of({Object::from_int(5)}); }, "'00042'"},
    {"-42", "zfill", [] { return tuple_of({Object::from_int(5)}); }, "'-0042'"},
    {"ab", "center", [] { return tuple_of({Object::from_int(7), str_from("*")}); }, "'***ab**'"},
    {"abc", "center", [] { return tuple_of({Object::from_int(6)}); }, "' abc  '"},
    {"ab", "ljust", [] { return tuple_of({Object::from_int(5), str_from(".")}); }, "'ab...'"},
    {"ab", "rjust", [] { return tuple_of({Object::from_int(5)}); }, "'   ab'"},
    {"a\x0a""b\x0d""\x0a""c\x0a""", "splitlines", [] { return tuple_of({}); }, "['a', 'b', 'c']"},
    {"a\x0a""b\x0d""\x0a""c\x0a""", "splitlines", [] { return tuple_of({kTrue}); }, "['a\\n', 'b\\r\\n', 'c\\n']"},
    {"a=b=c", "partition", [] { return tuple_of({str_from("=")}); }, "('a', '=', 'b=c')"},
    {"a=b=c", "rpartition", [] { return tuple_of({str_from("=")}); }, "('a=b', '=', 'c')"},
    {"abc", "partition", [] { return tuple_of({str_from("x")}); }, "('abc', '', '')"},
    {"-", "join", [] { return tuple_of({list_of({str_from("a"), str_from("b"), str_from("c")})}); }, "'a-b-c'"},
    {"h\xc3""\xa9""llo w\xc3""\xb6""rld", "upper", [] { return tuple_of({}); }, "'H\xc3""\x89""LLO W\xc3""\x96""RLD'"},
    {"h\xc3""\xa9""llo", "find", [] { return tuple_of({str_from("l")}); }, "2"},
    {"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", "center", [] { return tuple_of({Object::from_int(7), str_from("*")}); }, "'**\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""**'"},
    {"prefix_body", "removeprefix", [] { return tuple_of({str_from("prefix_")}); }, "'body'"},
    {"a\x09""b", "expandtabs", [] { return tuple_of({Object::from_int(4)}); }, "'a   b'"},
    {"Hello", "swapcase", [] { return tuple_of({}); }, "'hELLO'"},
    {"{0}-{1}", "format", [] { return tuple_of({Object::from_int(1), str_from("x")}); }, "'1-x'"},
};

TEST(StrMethods, ReturnWhatCPythonReturns) {
  for (const MethodCase& c : kMethodCases) {
    Object args = c.args();
    Object r = call_ex(getattr(str_from(c.self), intern(c.method)), args, Object());
    EXPECT_EQ(repr_text(r), c.expected_repr) << repr_text(str_from(c.self)) << "." << c.method << repr_text(args);
  }
}

struct ReprCase {
  const char* text;
  const char* repr;
  const char* ascii;
};

const ReprCase kReprCases[] = {
    {"abc", "'abc'", "'abc'"},
    {"it's", "\"it's\"", "\"it's\""},
    {"say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"},
    {"both ' and \"", "'both \\' and \"'", "'both \\' and \"'"},
    {"tab\x09""here\x0a""", "'tab\\there\\n'", "'tab\\there\\n'"},
    {"back\\slash", "'back\\\\slash'", "'back\\\\slash'"},
    {"\x01""\x7f""\xc2""\x80""\xc2""\xa0""", "'\\x01\\x7f\\x80\\xa0'", "'\\x01\\x7f\\x80\\xa0'"},
    {"caf\xc3""\xa9""", "'caf\xc3""\xa9""'", "'caf\\xe9'"},
    {"\xe2""\x80""\xa8""", "'\\u2028'", "'\\u2028'"},
    {"\xf0""\x9f""\x98""\x80""", "'\xf0""\x9f""\x98""\x80""'", "'\\U0001f600'"},
    {"\xc2""\xad""", "'\\xad'", "'\\xad'"},
};

TEST(StrRepr, ChoosesQuotesAndEscapesLikeCPython) {
  for (const ReprCase& c : kReprCases) {
    EXPECT_EQ(repr_text(str_from(c.text)), c.repr);
    EXPECT_EQ(str_view(ascii(str_from(c.text))), c.ascii);
  }
}

struct HashCase {
  const char* text;
  long long expected;
};

const HashCase kHashCases[] = {
    {"", 0LL},
    {"a", 4644417185603328019LL},
    {"b", -8420940591063670578LL},
    {"hello", -2096571579003691106LL},
    {"hello world!", 839851713330019024LL},
    {"abcdefgh", 4574395652268504554LL},
    {"abcdefghi", -532774252720507163LL},
    {"h\xc3""\xa9""", 5785546998624587330LL},
    {"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\xe8""\xaa""\x9e""", 7116994712188270LL},
    {"\xf0""\x9f""\x98""\x80""x", -8926728262118538918LL},
};

TEST(StrHash, EqualsCPythonsSiphash13WithSeedZero) {
  for (const HashCase& c : kHashCases) EXPECT_EQ(hash(str_from(c.text)), c.expected) << c.text;
}

struct SliceCase {
  Object start, stop, step;
  const char* expected;
};

TEST(StrIndexing, CountsCodePoints) {
  const char* text = "h\xc3\xa9llo w\xc3\xb6rld";  // 'héllo wörld'
  const SliceCase cases[] = {
    {Object::from_int(1), Object::from_int(4), kNone, "\xc3""\xa9""ll"},
    {kNone, kNone, Object::from_int(-1), "dlr\xc3""\xb6""w oll\xc3""\xa9""h"},
    {kNone, kNone, Object::from_int(2), "hlowrd"},
    {Object::from_int(-3), kNone, kNone, "rld"},
    {Object::from_int(5), Object::from_int(2), kNone, ""},
    {Object::from_int(2), Object::from_int(100), kNone, "llo w\xc3""\xb6""rld"},
  };
  for (const SliceCase& c : cases) {
    EXPECT_EQ(str_view(getitem(str_from(text), make_slice(c.start, c.stop, c.step))), c.expected);
  }
  EXPECT_EQ(len(str_from(text)), 11);
  EXPECT_EQ(str_view(getitem(str_from(text), Object::from_int(1))), "\xc3\xa9");
  EXPECT_EQ(str_view(getitem(str_from(text), Object::from_int(-1))), "d");
}

std::string error_of(void (*f)()) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_name(e.value)) + ": " + str_text(e.value);
  }
  return "no error";
}

TEST(StrErrors, UseCPythonsMessages) {
  EXPECT_EQ(error_of([] { getitem(str_from("abc"), Object::from_int(5)); }), "IndexError: string index out of range");
  EXPECT_EQ(error_of([] { getitem(str_from("abc"), str_from("x")); }),
            "TypeError: string indices must be integers, not 'str'");
  EXPECT_EQ(error_of([] { add(str_from("a"), Object::from_int(1)); }),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(error_of([] { mul(str_from("a"), str_from("b")); }),
            "TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(error_of([] { contains(str_from("abc"), Object::from_int(1)); }),
            "TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(error_of([] { call_method(str_from("abc"), intern("index"), {str_from("z")}); }),
            "ValueError: substring not found");
  EXPECT_EQ(error_of([] { call_method(str_from("x"), intern("join"), {list_of({Object::from_int(1)})}); }),
            "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(error_of([] { call_method(str_from("a"), intern("center"), {Object::from_int(3), str_from("ab")}); }),
            "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(error_of([] { call_method(str_from(""), intern("split"), {str_from("")}); }),
            "ValueError: empty separator");
}

TEST(StrIntern, ReturnsTheSameObjectForTheSameText) {
  EXPECT_TRUE(intern("attribute").is(intern(std::string("attri") + "bute")));
  EXPECT_TRUE(str_equal(intern("x"), str_from("x")));
}

TEST(StrOperators, ConcatenateRepeatAndCompareByCodePoint) {
  EXPECT_EQ(str_view(add(str_from("ab"), str_from("cd"))), "abcd");
  EXPECT_EQ(str_view(mul(Object::from_int(3), str_from("ab"))), "ababab");
  EXPECT_TRUE(compare_bool(CmpOp::Lt, str_from("Z"), str_from("a")));
  EXPECT_TRUE(compare_bool(CmpOp::Lt, str_from("a"), str_from("\xc3\xa9")));
  EXPECT_TRUE(contains(str_from("hello"), str_from("ell")));
}

}  // namespace
}  // namespace pyrt
