// _collections: the deque's ring buffer when its live items wrap around the end of the storage
// (growth, rotation, deletion and insertion on either half) and OrderedDict's reordering over a
// dict with deleted entries. Expected reprs were printed by CPython 3.11 for the same operations.
#include <gtest/gtest.h>

#include <initializer_list>

#include "pyrt/object/import.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/import.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

Object I(std::int64_t v) { return Object::from_int(v); }
Object S(const char* s) { return str_from(s); }

Object collections_attr(const char* name) { return getattr(import_module("_collections"), intern(name)); }

Object method(const Object& self, const char* name, std::initializer_list<Object> args) {
  return call_method(self, intern(name), args);
}

TEST(Deque, KeepsOrderWhenItsItemsWrapAroundTheRing) {
  Object d = call(collections_attr("deque"), {});
  for (int i = 0; i < 10; ++i) {
    method(d, "appendleft", {I(i)});
    method(d, "append", {I(-i)});
  }
  for (int i = 0; i < 5; ++i) method(d, "popleft", {});
  for (int i = 0; i < 20; ++i) method(d, "append", {I(i)});
  EXPECT_EQ(repr_text(d),
            "deque([4, 3, 2, 1, 0, 0, -1, -2, -3, -4, -5, -6, -7, -8, -9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "
            "13, 14, 15, 16, 17, 18, 19])");
  method(d, "rotate", {I(7)});
  method(d, "rotate", {I(-30)});
  EXPECT_EQ(repr_text(d),
            "deque([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 4, 3, 2, 1, 0, 0, -1, -2, -3, -4, -5, -6, -7, -8, "
            "-9, 0, 1, 2, 3, 4, 5, 6, 7])");
}

TEST(Deque, DeletesAndInsertsOnEitherHalfOfAWrappedRing) {
  Object d = call(collections_attr("deque"), {});
  for (int i = 0; i < 6; ++i) method(d, "append", {I(i)});
  for (int i = 0; i < 4; ++i) method(d, "appendleft", {I(-1 - i)});
  delitem(d, I(1));
  delitem(d, I(-2));
  method(d, "insert", {I(2), S("x")});
  method(d, "insert", {I(-1), S("y")});
  EXPECT_EQ(repr_text(d), "deque([-4, -2, 'x', -1, 0, 1, 2, 3, 'y', 5])");
  EXPECT_EQ(repr_text(method(d, "index", {S("y")})), "8");
  EXPECT_EQ(repr_text(getitem(d, I(-8))), "'x'");
}

TEST(OrderedDict, MovesKeysToEitherEndPastDeletedEntries) {
  Object od = method(collections_attr("OrderedDict"), "fromkeys", {S("abcdef")});
  delitem(od, S("b"));
  delitem(od, S("e"));
  method(od, "move_to_end", {S("d"), kFalse});
  method(od, "move_to_end", {S("a")});
  method(od, "move_to_end", {S("d"), kFalse});
  EXPECT_EQ(repr_text(call(builtin_lookup("list"), {od})), "['d', 'c', 'f', 'a']");
  setitem(od, S("b"), I(1));
  EXPECT_EQ(repr_text(method(od, "popitem", {kFalse})), "('d', None)");
  EXPECT_EQ(repr_text(od), "OrderedDict([('c', None), ('f', None), ('a', None), ('b', 1)])");
}

}  // namespace
}  // namespace pyrt
