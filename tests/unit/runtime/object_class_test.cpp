// User classes: make_class validation and C3 MRO, dunder dispatch (repr,
// eq/ne defaults, reflected operators, __hash__ = None, iteration,
// __getattr__), descriptors, super(), and @dataclass. Expected texts were
// printed by CPython 3.11 for the equivalent Python classes.
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/builtins.h"
#include "pyrt/object/dataclass.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slice.h"
#include "pyrt/object/str.h"
#include "pyrt/object/subclassing.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/translated.h"

namespace pyrt {
namespace {

Object I(std::int64_t v) { return Object::from_int(v); }
Object S(const char* s) { return str_from(s); }

// A class statement's namespace before its body runs, as ClassBuild makes it for `type`.
Object class_namespace(const Object& module_name, const Object& qualname) {
  Object ns = new_dict();
  setitem(ns, intern("__module__"), module_name);
  setitem(ns, intern("__qualname__"), qualname);
  return ns;
}

Object new_class(const char* name, std::initializer_list<Object> bases,
                 std::initializer_list<std::pair<const char*, Object>> members) {
  Object ns = class_namespace(S("__main__"), S(name));
  for (const auto& [k, v] : members) setitem(ns, intern(k), v);
  return make_class(S(name), S(name), tuple_of(bases), ns);
}

// f(*positional, **dict(zip(names, keyword_values))); spelled out because
// translated.h's variadic call_kw would take a one-element braced list.
Object call_with_keywords(const Object& f, std::vector<Object> values, std::vector<Object> names) {
  return call_args(f, CallArgs{values.data(), values.size() - names.size(), names.size(), names.data()});
}

std::string error_of(void (*f)()) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_name(e.value)) + ": " + str_text(e.value);
  }
  return "no error";
}

// class Point: __init__(self, x) / __repr__ / __eq__ / __add__ / __radd__
Object point_init(FunctionObject*, Object* a) {
  setattr(a[0], intern("x"), a[1]);
  return kNone;
}
Object point_repr(FunctionObject*, Object* a) {
  return str_from("Point(" + repr_text(getattr(a[0], intern("x"))) + ")");
}
Object point_eq(FunctionObject*, Object* a) {
  if (a[1].type() != a[0].type()) return builtin_lookup("NotImplemented");
  return compare(CmpOp::Eq, getattr(a[0], intern("x")), getattr(a[1], intern("x")));
}
Object point_add(FunctionObject*, Object* a) {
  Object other = a[1].is_small_int() ? a[1] : getattr(a[1], intern("x"));
  return add(getattr(a[0], intern("x")), other);
}
const FunctionSpec kPointInit{"__init__", "Point.__init__", {"self", "x"}, 0, 2, false, 0, false, point_init};
const FunctionSpec kPointRepr{"__repr__", "Point.__repr__", {"self"}, 0, 1, false, 0, false, point_repr};
const FunctionSpec kPointEq{"__eq__", "Point.__eq__", {"self", "other"}, 0, 2, false, 0, false, point_eq};
const FunctionSpec kPointAdd{"__add__", "Point.__add__", {"self", "other"}, 0, 2, false, 0, false, point_add};
const FunctionSpec kPointRadd{"__radd__", "Point.__radd__", {"self", "other"}, 0, 2, false, 0, false, point_add};

Object point_class() {
  static Object cls = new_class("Point", {},
                                {{"__init__", make_function(&kPointInit, {}, {}, {})},
                                 {"__repr__", make_function(&kPointRepr, {}, {}, {})},
                                 {"__eq__", make_function(&kPointEq, {}, {}, {})},
                                 {"__add__", make_function(&kPointAdd, {}, {}, {})},
                                 {"__radd__", make_function(&kPointRadd, {}, {}, {})}});
  return cls;
}

TEST(UserClass, DispatchesDunderMethods) {
  Object p = call(point_class(), {I(1)});
  Object q = call(point_class(), {I(1)});
  EXPECT_EQ(repr_text(p), "Point(1)");
  EXPECT_EQ(str_text(p), "Point(1)");  // object.__str__ calls __repr__
  EXPECT_TRUE(compare_bool(CmpOp::Eq, p, q));
  EXPECT_FALSE(compare_bool(CmpOp::Ne, p, q));  // __ne__ negates __eq__
  EXPECT_FALSE(compare_bool(CmpOp::Eq, p, I(1)));  // NotImplemented both ways: identity
  EXPECT_EQ(repr_text(add(p, q)), "2");
  EXPECT_EQ(repr_text(add(I(5), p)), "6");  // reflected
  EXPECT_EQ(str_text(call_method(p, intern("__repr__"), {})), "Point(1)");
}

TEST(UserClass, EqWithoutHashMakesInstancesUnhashable) {
  // python3: hash(Point(1)) with __eq__ defined and no __hash__
  Object p = call(point_class(), {I(1)});
  EXPECT_TRUE(getattr(point_class(), intern("__hash__")).is_none());
  try {
    hash(p);
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "unhashable type: 'Point'");
  }
}

TEST(UserClass, DefaultReprNamesTheModuleAndQualname) {
  Object plain = new_class("Plain", {}, {});
  Object obj = call(plain, {});
  EXPECT_EQ(repr_text(obj).rfind("<__main__.Plain object at 0x", 0), 0u);
  EXPECT_EQ(repr_text(plain), "<class '__main__.Plain'>");
  EXPECT_EQ(error_of([] { call(new_class("Plain", {}, {}), {I(1)}); }), "TypeError: Plain() takes no arguments");
  EXPECT_EQ(error_of([] { getattr(call(new_class("Plain", {}, {}), {}), intern("missing")); }),
            "AttributeError: 'Plain' object has no attribute 'missing'");
}

// class A: who() -> 'A'; class B(A): who() -> 'B+' + super().who(); class C(A); class D(B, C)
Object a_who(FunctionObject*, Object*) { return S("A"); }
Object b_who(FunctionObject* self, Object* a) {
  Object cls = self->cells[0];
  return add(S("B+"), call_method(super_(cls, a[0]), intern("who"), {}));
}
const FunctionSpec kAWho{"who", "A.who", {"self"}, 0, 1, false, 0, false, a_who};
const FunctionSpec kBWho{"who", "B.who", {"self"}, 0, 1, false, 0, false, b_who};

TEST(UserClass, ComputesC3MroAndSuper) {
  Object a = new_class("A", {}, {{"who", make_function(&kAWho, {}, {}, {})}});
  Object b = new_class("B", {a}, {});
  setattr(b, intern("who"), make_function(&kBWho, {}, {}, {b}));
  Object c = new_class("C", {a}, {});
  Object d = new_class("D", {b, c}, {});
  EXPECT_EQ(repr_text(getattr(d, intern("__mro__"))),
            "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)");
  EXPECT_EQ(str_text(call_method(call(d, {}), intern("who"), {})), "B+A");
  // class E(A, B) cannot be linearized.
  try {
    new_class("E", {a, b}, {});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  }
  EXPECT_EQ(error_of([] { new_class("X", {Object(types::bool_)}, {}); }),
            "TypeError: type 'bool' is not an acceptable base type");
  try {
    new_class("F", {a, a}, {});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "duplicate base class A");
  }
}

// class MyError(ValueError): pass
TEST(UserClass, ExceptionSubclassesWorkWithRaiseAndExcept) {
  Object my_error = new_class("MyError", {builtin_lookup("ValueError")}, {});
  try {
    raise(call(my_error, {S("bad")}));
  } catch (PyException& e) {
    EXPECT_TRUE(exception_matches(e.value, builtin_lookup("ValueError")));
    EXPECT_TRUE(exception_matches(e.value, tuple_of({builtin_lookup("KeyError"), my_error})));
    EXPECT_EQ(repr_text(e.value), "MyError('bad')");
    EXPECT_EQ(str_text(e.value), "bad");
    EXPECT_EQ(repr_text(getattr(e.value, intern("args"))), "('bad',)");
  }
}

// class Counter: __iter__ returns self, __next__ counts to 3
Object counter_iter(FunctionObject*, Object* a) { return a[0]; }
Object counter_next(FunctionObject*, Object* a) {
  Object n = add(getattr(a[0], intern("n")), I(1));
  if (n.as_int() > 3) raise(builtin_lookup("StopIteration"));
  setattr(a[0], intern("n"), n);
  return n;
}
const FunctionSpec kCounterIter{"__iter__", "Counter.__iter__", {"self"}, 0, 1, false, 0, false, counter_iter};
const FunctionSpec kCounterNext{"__next__", "Counter.__next__", {"self"}, 0, 1, false, 0, false, counter_next};

TEST(UserClass, IteratorProtocolStopsAtStopIteration) {
  Object counter = new_class("Counter", {},
                             {{"n", I(0)},
                              {"__iter__", make_function(&kCounterIter, {}, {}, {})},
                              {"__next__", make_function(&kCounterNext, {}, {}, {})}});
  EXPECT_EQ(repr_text(list_from_iterable(call(counter, {}))), "[1, 2, 3]");
}

// property / staticmethod / classmethod / __getattr__
Object prop_get(FunctionObject*, Object*) { return I(42); }
Object static_fn(FunctionObject*, Object* a) { return a[0]; }
Object class_fn(FunctionObject*, Object* a) { return getattr(a[0], intern("__name__")); }
Object fallback(FunctionObject*, Object* a) { return add(S("dyn_"), a[1]); }
const FunctionSpec kPropGet{"value", "K.value", {"self"}, 0, 1, false, 0, false, prop_get};
const FunctionSpec kStatic{"s", "K.s", {"x"}, 0, 1, false, 0, false, static_fn};
const FunctionSpec kClassFn{"c", "K.c", {"cls"}, 0, 1, false, 0, false, class_fn};
const FunctionSpec kFallback{"__getattr__", "K.__getattr__", {"self", "name"}, 0, 2, false, 0, false, fallback};

TEST(UserClass, DescriptorsAndGetattrFallback) {
  Object k = new_class("K", {},
                       {{"value", call(builtin_lookup("property"), {make_function(&kPropGet, {}, {}, {})})},
                        {"s", call(builtin_lookup("staticmethod"), {make_function(&kStatic, {}, {}, {})})},
                        {"c", call(builtin_lookup("classmethod"), {make_function(&kClassFn, {}, {}, {})})},
                        {"__getattr__", make_function(&kFallback, {}, {}, {})}});
  Object obj = call(k, {});
  EXPECT_EQ(repr_text(getattr(obj, intern("value"))), "42");
  EXPECT_EQ(repr_text(call_method(obj, intern("s"), {I(7)})), "7");
  EXPECT_EQ(repr_text(call_method(k, intern("c"), {})), "'K'");
  EXPECT_EQ(repr_text(call_method(obj, intern("c"), {})), "'K'");
  EXPECT_EQ(repr_text(getattr(obj, intern("other"))), "'dyn_other'");
  try {
    setattr(obj, intern("value"), I(1));
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "property 'value' of 'K' object has no setter");
  }
}

// @dataclass(frozen=True, order=True) class Page: number: int; rows: tuple
Object dataclass_page(std::initializer_list<std::pair<const char*, bool>> options) {
  Object ns = class_namespace(S("__main__"), S("Page"));
  class_annotate(ns, intern("number"), Object(types::int_));
  class_annotate(ns, intern("rows"), Object(types::tuple));
  setitem(ns, intern("rows"), tuple_of({}));
  Object cls = make_class(S("Page"), S("Page"), tuple_of({}), ns);
  Object dataclasses = import_module("dataclasses");
  std::vector<Object> values;
  std::vector<Object> names;
  for (const auto& [k, v] : options) {
    names.push_back(intern(k));
    values.push_back(Object::from_bool(v));
  }
  Object deco = call_args(getattr(dataclasses, intern("dataclass")),
                          CallArgs{values.data(), 0, values.size(), names.data()});
  return call(deco, {cls});
}

TEST(Dataclass, GeneratesReprEqOrderAndFrozenHash) {
  Object page = dataclass_page({{"frozen", true}, {"order", true}});
  Object p0 = call(page, {I(0), tuple_of({S("row-0")})});
  Object p1 = call_with_keywords(page, {I(1)}, {intern("number")});
  EXPECT_EQ(repr_text(p0), "Page(number=0, rows=('row-0',))");
  EXPECT_EQ(repr_text(p1), "Page(number=1, rows=())");
  EXPECT_TRUE(compare_bool(CmpOp::Lt, p0, p1));
  EXPECT_TRUE(compare_bool(CmpOp::Eq, p0, call(page, {I(0), tuple_of({S("row-0")})})));
  EXPECT_EQ(hash(p1), hash(tuple_of({I(1), tuple_of({})})));
  EXPECT_EQ(repr_text(getattr(page, intern("__match_args__"))), "('number', 'rows')");
  try {
    setattr(p0, intern("number"), I(5));
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(type_qualified_name(e.value.type()), "dataclasses.FrozenInstanceError");
    EXPECT_EQ(str_text(e.value), "cannot assign to field 'number'");
  }
}

TEST(Dataclass, InitErrorsUseTheGeneratedQualname) {
  Object page = dataclass_page({});
  try {
    call(page, {});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "Page.__init__() missing 1 required positional argument: 'number'");
  }
  try {
    call(page, {I(1), I(2), I(3)});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "Page.__init__() takes from 2 to 3 positional arguments but 4 were given");
  }
  // eq without frozen: unhashable
  try {
    hash(call(page, {I(1)}));
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "unhashable type: 'Page'");
  }
}

TEST(Dataclass, RejectsNonDefaultAfterDefaultAndMutableDefaults) {
  Object dataclasses = import_module("dataclasses");
  Object ns = class_namespace(S("__main__"), S("Q"));
  class_annotate(ns, intern("a"), Object(types::int_));
  setitem(ns, intern("a"), I(1));
  class_annotate(ns, intern("b"), Object(types::int_));
  Object q = make_class(S("Q"), S("Q"), tuple_of({}), ns);
  try {
    call(getattr(dataclasses, intern("dataclass")), {q});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "non-default argument 'b' follows default argument");
  }
  Object ns2 = class_namespace(S("__main__"), S("R"));
  class_annotate(ns2, intern("a"), Object(types::list));
  setitem(ns2, intern("a"), list_of({}));
  Object r = make_class(S("R"), S("R"), tuple_of({}), ns2);
  try {
    call(getattr(dataclasses, intern("dataclass")), {r});
    FAIL();
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "mutable default <class 'list'> for field a is not allowed: use default_factory");
  }
}

TEST(Dataclass, FieldDefaultFactoryRunsPerInstance) {
  Object dataclasses = import_module("dataclasses");
  Object ns = class_namespace(S("__main__"), S("Bag"));
  class_annotate(ns, intern("items"), Object(types::list));
  setitem(ns, intern("items"),
          call_with_keywords(getattr(dataclasses, intern("field")), {builtin_lookup("list")}, {intern("default_factory")}));
  Object bag = call(getattr(dataclasses, intern("dataclass")), {make_class(S("Bag"), S("Bag"), tuple_of({}), ns)});
  Object b1 = call(bag, {});
  Object b2 = call(bag, {});
  list_append(getattr(b1, intern("items")), I(1));
  EXPECT_EQ(repr_text(b1), "Bag(items=[1])");
  EXPECT_EQ(repr_text(b2), "Bag(items=[])");
}

// class Money(int): pass / class Name(str): pass / class Ratio(float): pass
TEST(ScalarSubclass, IntSubclassInstanceIsAnIntWhoseValueNativeCodeReads) {
  Object money = call(new_class("Money", {Object(types::int_)}, {}), {I(5)});
  EXPECT_TRUE(is_int(money));
  EXPECT_TRUE(is_scalar_subclass_instance(money));
  std::int64_t v = 0;
  EXPECT_TRUE(int_to_int64(money, v));
  EXPECT_EQ(v, 5);
  EXPECT_EQ(index_value(money), 5);
  EXPECT_EQ(int_hash(money), 5);
  EXPECT_EQ(repr_text(money), "5");
}

TEST(ScalarSubclass, ExactBuiltinValueIsPlainAndLeavesBuiltinsAlone) {
  Object money = call(new_class("Money", {Object(types::int_)}, {}), {I(7)});
  Object exact = exact_builtin_value(money);
  EXPECT_TRUE(exact.is_small_int());
  EXPECT_EQ(exact.as_int(), 7);
  Object name = call(new_class("Name", {Object(types::str)}, {}), {S("ada")});
  EXPECT_TRUE(is_str(name));
  EXPECT_EQ(exact_builtin_value(name).type(), types::str);
  EXPECT_EQ(str_view(exact_builtin_value(name)), "ada");
  Object plain = S("x");
  EXPECT_TRUE(exact_builtin_value(plain).is(plain));
  EXPECT_FALSE(is_scalar_subclass_instance(I(1)));
}

TEST(ScalarSubclass, FloatSubclassInstanceConvertsToDouble) {
  Object ratio = call(new_class("Ratio", {Object(types::float_)}, {}), {S("2.5")});
  double d = 0;
  EXPECT_TRUE(to_double(ratio, d));
  EXPECT_EQ(d, 2.5);
  Object doubled = binary_op(BinaryOp::Mult, ratio, I(2));
  EXPECT_TRUE(doubled.is_float());
  EXPECT_EQ(doubled.as_float(), 5.0);
}

}  // namespace
}  // namespace pyrt
