// Exceptions: str()/repr() rules per class, __context__ chaining on raise,
// and the uncaught-exception report, whose separators and final lines must
// equal CPython 3.11's (checked against python3 running the same chain).
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/builtins.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {
namespace {

Object I(std::int64_t v) { return Object::from_int(v); }
Object S(const char* s) { return str_from(s); }

TEST(ExceptionText, StrAndReprFollowEachClassesRules) {
  // python3: repr(ValueError()), repr(ValueError('x')), repr(ValueError('x', 2)), str(ValueError('x', 2)),
  //          str(KeyError('k')), str(KeyError()), str(OSError(2, 'No such file'))
  EXPECT_EQ(repr_text(call(builtin_lookup("ValueError"), {})), "ValueError()");
  EXPECT_EQ(repr_text(call(builtin_lookup("ValueError"), {S("x")})), "ValueError('x')");
  EXPECT_EQ(repr_text(call(builtin_lookup("ValueError"), {S("x"), I(2)})), "ValueError('x', 2)");
  EXPECT_EQ(str_text(call(builtin_lookup("ValueError"), {S("x"), I(2)})), "('x', 2)");
  EXPECT_EQ(str_text(call(builtin_lookup("KeyError"), {S("k")})), "'k'");
  EXPECT_EQ(str_text(call(builtin_lookup("KeyError"), {})), "");
  EXPECT_EQ(str_text(call(builtin_lookup("OSError"), {I(2), S("No such file")})), "[Errno 2] No such file");
  Object group = call(builtin_lookup("ExceptionGroup"), {S("msg"), list_of({call(builtin_lookup("ValueError"), {I(1)})})});
  EXPECT_EQ(repr_text(group), "ExceptionGroup('msg', [ValueError(1)])");
  EXPECT_EQ(str_text(group), "msg (1 sub-exception)");
}

TEST(ExceptionAttributes, StopIterationValueAndSystemExitCode) {
  EXPECT_EQ(repr_text(getattr(call(builtin_lookup("StopIteration"), {I(5)}), intern("value"))), "5");
  EXPECT_EQ(repr_text(getattr(call(builtin_lookup("SystemExit"), {I(3)}), intern("code"))), "3");
  EXPECT_TRUE(getattr(call(builtin_lookup("SystemExit"), {}), intern("code")).is_none());
  EXPECT_TRUE(exception_is(call(builtin_lookup("ModuleNotFoundError"), {}), exc::ImportError));
  EXPECT_TRUE(exception_is(call(builtin_lookup("ExceptionGroup"), {S("m"), list_of({call(builtin_lookup("ValueError"), {})})}),
                           exc::Exception));
}

TEST(ExceptionRaise, RaisingInsideAHandlerSetsContext) {
  Object first = call(builtin_lookup("KeyError"), {S("k")});
  try {
    ExceptionScope scope(first);
    raise_error(exc::RuntimeError, "during");
  } catch (PyException& e) {
    EXPECT_TRUE(exception_context(e.value).is(first));
    EXPECT_FALSE(exception_suppress_context(e.value));
  }
  try {
    raise_from(call(builtin_lookup("ValueError"), {S("outer")}), first);
  } catch (PyException& e) {
    EXPECT_TRUE(exception_cause(e.value).is(first));
    EXPECT_TRUE(exception_suppress_context(e.value));
  }
  try {
    raise(I(1));
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "exceptions must derive from BaseException");
  }
  try {
    exception_matches(first, I(1));
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "catching classes that do not inherit from BaseException is not allowed");
  }
}

TEST(PrintUncaught, PrintsTheChainWithCPythonsSeparators) {
  // try: {}['k'] / except KeyError as e: raise MyError("wrapped") from e
  // ... during whose handling RuntimeError("during") is raised.
  Object my_error = Object(make_class(S("MyError"), S("MyError"), tuple_of({builtin_lookup("ValueError")}),
                                      dict_of({{intern("__module__"), S("__main__")}})));
  Object key_error, wrapped, final_error;
  try {
    getitem(dict_of({}), S("k"));
  } catch (PyException& e) {
    key_error = e.value;
  }
  try {
    ExceptionScope scope(key_error);
    raise_from(call(my_error, {S("wrapped")}), key_error);
  } catch (PyException& e) {
    wrapped = e.value;
  }
  try {
    ExceptionScope scope(wrapped);
    raise_error(exc::RuntimeError, "during");
  } catch (PyException& e) {
    final_error = e.value;
  }
  testing::internal::CaptureStderr();
  print_uncaught(final_error);
  std::string text = testing::internal::GetCapturedStderr();
  const char* header = "Traceback (most recent call last):\n  File \"<translated>\", line ?, in <module>\n";
  EXPECT_EQ(text, std::string(header) + "KeyError: 'k'\n" +
                      "\nThe above exception was the direct cause of the following exception:\n\n" + header +
                      "MyError: wrapped\n" +
                      "\nDuring handling of the above exception, another exception occurred:\n\n" + header +
                      "RuntimeError: during\n");
}

TEST(PrintUncaught, QualifiesNonBuiltinModulesAndOmitsEmptyMessages) {
  testing::internal::CaptureStderr();
  print_uncaught(new_exception(exc::CancelledError, ""));
  print_uncaught(new_exception(exc::FrozenInstanceError, "cannot assign to field 'x'"));
  std::string text = testing::internal::GetCapturedStderr();
  EXPECT_EQ(text, "asyncio.exceptions.CancelledError\ndataclasses.FrozenInstanceError: cannot assign to field 'x'\n");
}

}  // namespace
}  // namespace pyrt
