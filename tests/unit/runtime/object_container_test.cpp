// Containers: dict insertion order and views, set iteration order (which
// must equal CPython's open-addressing order), set algebra, list sorting and
// recursive reprs. Expected reprs and hashes were printed by CPython 3.11
// under PYTHONHASHSEED=0 for the same operations.
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/range.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {
namespace {

Object I(std::int64_t v) { return Object::from_int(v); }
Object S(const char* s) { return str_from(s); }

Object method(const Object& self, const char* name, std::initializer_list<Object> args) {
  return call_method(self, intern(name), args);
}

TEST(SetOrder, SmallIntsIterateLikeCPythonAfterDeletionsAndResizes) {
  // s = set(range(20)); discard 3, 7, 11; add 100, -5
  Object s = set_from_iterable(make_range(0, 20));
  for (int x : {3, 7, 11}) method(s, "discard", {I(x)});
  method(s, "add", {I(100)});
  method(s, "add", {I(-5)});
  EXPECT_EQ(repr_text(s), "{0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 100, -5}");
  EXPECT_EQ(repr_text(set_from_iterable(list_of({I(5), I(3), I(1), I(100), I(-7), I(64), I(8), I(16), I(1000), I(33)}))),
            "{64, 1, 33, 3, 100, 5, 8, 1000, 16, -7}");
}

TEST(SetOrder, StrsIterateLikeCPythonWithHashSeedZero) {
  Object fruits = set_from_iterable(
      list_of({S("apple"), S("banana"), S("cherry"), S("date"), S("elderberry"), S("fig"), S("grape")}));
  EXPECT_EQ(repr_text(fruits), "{'banana', 'apple', 'cherry', 'fig', 'date', 'grape', 'elderberry'}");
  // s = set(); s.add('apple'); s.add('banana'); s.add('cherry')
  Object s = set_of({S("apple"), S("banana"), S("cherry")});
  EXPECT_EQ(repr_text(s), "{'banana', 'apple', 'cherry'}");
  method(s, "discard", {S("banana")});
  method(s, "add", {S("date")});
  EXPECT_EQ(repr_text(s), "{'date', 'apple', 'cherry'}");
  // s = {'apple', 'banana', 'cherry'}: a display of constants
  Object display = set_display_of_constants({S("apple"), S("banana"), S("cherry")});
  EXPECT_EQ(repr_text(display), "{'banana', 'cherry', 'apple'}");
  method(display, "discard", {S("banana")});
  method(display, "add", {S("date")});
  EXPECT_EQ(repr_text(display), "{'date', 'cherry', 'apple'}");
  EXPECT_EQ(repr_text(set_from_iterable(S("abracadabra"))), "{'d', 'r', 'b', 'c', 'a'}");
  EXPECT_EQ(repr_text(set_from_iterable(dict_of({{S("k1"), I(1)}, {S("k2"), I(2)}, {S("k3"), I(3)}}))),
            "{'k1', 'k3', 'k2'}");
}

TEST(SetAlgebra, ResultsKeepCPythonsOrder) {
  Object a = set_of({I(1), I(2), I(3), I(4), I(5), I(100)});
  Object b = set_of({I(4), I(5), I(6), I(200), I(1)});
  EXPECT_EQ(repr_text(binary_op(BinaryOp::BitOr, a, b)), "{1, 2, 3, 4, 5, 100, 6, 200}");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::BitAnd, a, b)), "{1, 4, 5}");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Sub, a, b)), "{2, 3, 100}");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::Sub, b, a)), "{200, 6}");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::BitXor, a, b)), "{2, 3, 100, 6, 200}");
  EXPECT_EQ(repr_text(binary_op(BinaryOp::BitOr, set_of({S("x"), S("y"), S("z")}), set_of({S("w"), S("x")}))),
            "{'y', 'x', 'z', 'w'}");
}

TEST(SetRepr, EmptyAndFrozen) {
  EXPECT_EQ(repr_text(set_of({})), "set()");
  EXPECT_EQ(repr_text(frozenset_of({})), "frozenset()");
  EXPECT_EQ(repr_text(frozenset_of({I(3), I(1), I(2)})), "frozenset({1, 2, 3})");
}

TEST(SetPop, ResumesFromTheFinger) {
  Object s = set_from_iterable(make_range(0, 10));
  EXPECT_EQ(repr_text(method(s, "pop", {})), "0");
  EXPECT_EQ(repr_text(method(s, "pop", {})), "1");
  EXPECT_EQ(repr_text(s), "{2, 3, 4, 5, 6, 7, 8, 9}");
}

TEST(SetHash, FrozensetAndTupleHashesEqualCPythons) {
  EXPECT_EQ(hash(frozenset_of({I(1), I(2), I(3)})), -272375401224217160LL);
  EXPECT_EQ(hash(frozenset_of({})), 133146708735736LL);
  EXPECT_EQ(hash(frozenset_of({S("a"), S("b")})), 1679668661828516449LL);
  EXPECT_EQ(hash(tuple_of({I(1), I(2), I(3)})), 529344067295497451LL);
  EXPECT_EQ(hash(tuple_of({})), 5740354900026072187LL);
  EXPECT_EQ(hash(tuple_of({I(1), tuple_of({I(2), I(3)})})), 7267574591690527098LL);
}

TEST(SetErrors, UnhashableElementsAndMissingKeys) {
  try {
    set_of({list_of({})});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "unhashable type: 'list'");
  }
  try {
    method(set_of({}), "remove", {S("k")});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(repr_text(e.value), "KeyError('k')");
  }
}

TEST(DictOrder, KeepsFirstInsertionPositionAcrossUpdatesAndDeletions) {
  Object d = dict_of({});
  setitem(d, S("b"), I(1));
  setitem(d, S("a"), I(2));
  setitem(d, S("c"), I(3));
  delitem(d, S("a"));
  setitem(d, S("a"), I(4));
  setitem(d, S("b"), I(5));
  EXPECT_EQ(repr_text(d), "{'b': 5, 'c': 3, 'a': 4}");
  EXPECT_EQ(repr_text(method(d, "keys", {})), "dict_keys(['b', 'c', 'a'])");
  EXPECT_EQ(repr_text(method(d, "values", {})), "dict_values([5, 3, 4])");
  EXPECT_EQ(repr_text(method(d, "items", {})), "dict_items([('b', 5), ('c', 3), ('a', 4)])");
}

TEST(DictOrder, PopitemTakesTheLastEntry) {
  Object d = dict_of({});
  for (int i = 0; i < 10; ++i) setitem(d, I(i), I(i * i));
  for (int k : {2, 4, 6}) method(d, "pop", {I(k)});
  setitem(d, I(2), I(0));
  EXPECT_EQ(repr_text(method(d, "popitem", {})), "(2, 0)");
  EXPECT_EQ(repr_text(d), "{0: 0, 1: 1, 3: 9, 5: 25, 7: 49, 8: 64, 9: 81}");
}

TEST(DictRepr, NestsAndHandlesMixedKeys) {
  Object d = dict_of({{I(1), S("a")}, {S("x"), list_of({I(1), dict_of({{I(2), I(3)}})})}, {tuple_of({I(1), I(2)}), kNone}});
  EXPECT_EQ(repr_text(d), "{1: 'a', 'x': [1, {2: 3}], (1, 2): None}");
  EXPECT_EQ(repr_text(method(dict_of({}), "keys", {})), "dict_keys([])");
}

TEST(DictErrors, MissingKeyRaisesKeyErrorWithTheKeysRepr) {
  try {
    getitem(dict_of({}), S("missing"));
    FAIL();
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, exc::KeyError));
    EXPECT_EQ(str_text(e.value), "'missing'");
  }
  try {
    Object d = dict_of({{I(1), I(1)}});
    Object it = iter(d);
    Object k;
    next(it, k);
    setitem(d, I(2), I(2));
    next(it, k);
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "dictionary changed size during iteration");
  }
}

TEST(DictConstruct, FromPairsKeywordsAndFromkeys) {
  EXPECT_EQ(repr_text(call(getattr(Object(types::dict), intern("fromkeys")), {S("abc"), I(0)})),
            "{'a': 0, 'b': 0, 'c': 0}");
  EXPECT_EQ(repr_text(call(Object(types::dict), {list_of({tuple_of({S("a"), I(1)}), tuple_of({S("b"), I(2)})})})),
            "{'a': 1, 'b': 2}");
  EXPECT_EQ(repr_text(call_kw(Object(types::dict), {I(1), I(2)}, tuple_of({intern("a"), intern("b")}))),
            "{'a': 1, 'b': 2}");
}

TEST(ListRepr, ShowsRecursionAsEllipsis) {
  Object l = list_of({I(3), I(1), I(2)});
  list_append(l, l);
  EXPECT_EQ(repr_text(l), "[3, 1, 2, [...]]");
  list_items(l).clear();  // break the cycle
}

TEST(ListSort, IsStableWithKeyAndReverse) {
  Object l = list_of({tuple_of({S("b"), I(2)}), tuple_of({S("a"), I(2)}), tuple_of({S("c"), I(1)})});
  // python3: sorted(l, key=lambda t: t[1])
  Object second = make_builtin("second", [](const CallArgs& a) { return getitem(a.args[0], Object::from_int(1)); });
  list_sort(l, second, false);
  EXPECT_EQ(repr_text(l), "[('c', 1), ('b', 2), ('a', 2)]");
  Object nums = list_of({I(3), I(1), I(2)});
  list_sort(nums, Object(), true);
  EXPECT_EQ(repr_text(nums), "[3, 2, 1]");
}

TEST(ListSlices, AssignDeleteAndExtendedSlices) {
  // python3: l = list(range(10)); l[2:5] = ['a']; del l[::3]; l[::2] = [0, 0, 0]
  Object l = list_from_iterable(make_range(0, 10));
  setitem(l, make_slice(I(2), I(5), Object()), list_of({S("a")}));
  EXPECT_EQ(repr_text(l), "[0, 1, 'a', 5, 6, 7, 8, 9]");
  delitem(l, make_slice(Object(), Object(), I(3)));
  EXPECT_EQ(repr_text(l), "[1, 'a', 6, 7, 9]");
  setitem(l, make_slice(Object(), Object(), I(2)), list_of({I(0), I(0), I(0)}));
  EXPECT_EQ(repr_text(l), "[0, 'a', 0, 7, 0]");
  try {
    setitem(l, make_slice(Object(), Object(), I(2)), list_of({I(0)}));
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "attempt to assign sequence of size 1 to extended slice of size 3");
  }
}

TEST(Unpack, ReportsCPythonsCounts) {
  Object out[3];
  try {
    unpack(list_of({I(1), I(2)}), 3, out);
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "not enough values to unpack (expected 3, got 2)");
  }
  try {
    unpack(tuple_of({I(1), I(2), I(3)}), 2, out);
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "too many values to unpack (expected 2)");
  }
  try {
    unpack(I(5), 2, out);
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "cannot unpack non-iterable int object");
  }
  unpack_star(make_range(0, 5), 1, 1, out);
  EXPECT_EQ(repr_text(out[0]) + repr_text(out[1]) + repr_text(out[2]), "0[1, 2, 3]4");
}

}  // namespace
}  // namespace pyrt
