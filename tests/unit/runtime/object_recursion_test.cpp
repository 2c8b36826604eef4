// The recursion limit (pyrt/object/recursion.h): RecursionGuard counting and
// sys.setrecursionlimit's checks, with CPython 3.11's messages.
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"

namespace pyrt {
namespace {

// The message of the Python exception `f` raises, or "" when it raises none.
template <class F>
std::string raised(F f) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_name(e.value)) + ": " + str_text(e.value);
  }
  return "";
}

int nest(int n) {
  RecursionGuard frame;
  return n == 0 ? detail::recursion_depth : nest(n - 1);
}

TEST(RecursionGuard, CountsFramesUpToTheLimitAndNoFurther) {
  EXPECT_EQ(nest(999), 1000);
  EXPECT_EQ(raised([] { nest(1000); }), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(detail::recursion_depth, 0);
}

TEST(RecursionGuard, NamesWhereTheLimitWasHit) {
  set_recursion_limit(1);
  RecursionGuard outer;
  EXPECT_EQ(raised([] { RecursionGuard inner(" in comparison"); }),
            "RecursionError: maximum recursion depth exceeded in comparison");
  set_recursion_limit(1000);
}

TEST(SetRecursionLimit, RefusesLimitsBelowOneOrBelowTheCurrentDepth) {
  EXPECT_EQ(raised([] { set_recursion_limit(0); }), "ValueError: recursion limit must be greater or equal than 1");
  RecursionGuard a, b;
  EXPECT_EQ(raised([] { set_recursion_limit(2); }),
            "RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low");
  EXPECT_EQ(raised([] { set_recursion_limit(3); }), "");
  set_recursion_limit(1000);
}

}  // namespace
}  // namespace pyrt
