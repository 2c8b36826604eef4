// Argument binding of translated functions: every TypeError text of
// CPython 3.11's initialize_locals, checked against what python3 printed for
// the same signatures and calls.
#include <gtest/gtest.h>

#include <string>

#include "pyrt/object/builtins.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"
#include "pyrt/translated.h"

namespace pyrt {
namespace {

Object I(std::int64_t v) { return Object::from_int(v); }

// Returns the bound slots as a tuple so tests can inspect the binding.
Object slots_as_tuple(FunctionObject* self, Object* slots) {
  return tuple_from_vector(std::vector<Object>(slots, slots + self->slot_count()));
}

// def f(a, b, /, c, *, d)
const FunctionSpec kF{"f", "f", {"a", "b", "c", "d"}, 2, 3, false, 1, false, slots_as_tuple};
// def g(x, y=1, *args, z=5, **kw)
const FunctionSpec kG{"g", "g", {"x", "y", "args", "z", "kw"}, 0, 2, true, 1, true, slots_as_tuple};
// def h(x, y=2)
const FunctionSpec kH{"h", "h", {"x", "y"}, 0, 2, false, 0, false, slots_as_tuple};
// def k(*, a, b, c)
const FunctionSpec kK{"k", "k", {"a", "b", "c"}, 0, 0, false, 3, false, slots_as_tuple};
// class A: def m(self, x)
const FunctionSpec kM{"m", "A.m", {"self", "x"}, 0, 2, false, 0, false, slots_as_tuple};

std::string error_of(const Object& f, std::initializer_list<Object> args, std::initializer_list<const char*> names) {
  std::vector<Object> kw;
  for (const char* n : names) kw.push_back(intern(n));
  try {
    call_kw(f, args, tuple_from_vector(kw));
  } catch (PyException& e) {
    return str_text(e.value);
  }
  return "no error";
}

TEST(FunctionBinding, ReportsMissingAndExtraArgumentsLikeCPython) {
  Object f = make_function(&kF, {}, {Object()}, {});
  EXPECT_EQ(error_of(f, {I(1)}, {}), "f() missing 2 required positional arguments: 'b' and 'c'");
  EXPECT_EQ(error_of(f, {I(1), I(2), I(3), I(4)}, {}), "f() takes 3 positional arguments but 4 were given");
  EXPECT_EQ(error_of(f, {I(1), I(2), I(3)}, {}), "f() missing 1 required keyword-only argument: 'd'");
  EXPECT_EQ(error_of(f, {I(1), I(2), I(3), I(4), I(5)}, {"c", "d", "e"}), "f() got an unexpected keyword argument 'e'");
  EXPECT_EQ(error_of(f, {I(1), I(2), I(3), I(3), I(1)}, {"c", "d"}), "f() got multiple values for argument 'c'");
  EXPECT_EQ(error_of(f, {I(1), I(2), I(3), I(4)}, {"a", "b", "c", "d"}),
            "f() got some positional-only arguments passed as keyword arguments: 'a, b'");
  Object h = make_function(&kH, {I(2)}, {}, {});
  EXPECT_EQ(error_of(h, {}, {}), "h() missing 1 required positional argument: 'x'");
  EXPECT_EQ(error_of(h, {I(1), I(2), I(3)}, {}), "h() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(error_of(h, {I(1), I(2), I(3), I(1)}, {"y"}), "h() got multiple values for argument 'y'");
  Object k = make_function(&kK, {}, {Object(), Object(), Object()}, {});
  EXPECT_EQ(error_of(k, {}, {}), "k() missing 3 required keyword-only arguments: 'a', 'b', and 'c'");
  EXPECT_EQ(error_of(k, {I(1)}, {}), "k() takes 0 positional arguments but 1 was given");
}

TEST(FunctionBinding, MethodsCountSelfAndUseTheQualname) {
  Object m = make_function(&kM, {}, {}, {});
  Object self = I(0);
  Object bound = make_bound_method(m, self);
  EXPECT_EQ(error_of(bound, {}, {}), "A.m() missing 1 required positional argument: 'x'");
  EXPECT_EQ(error_of(bound, {I(1), I(2)}, {}), "A.m() takes 2 positional arguments but 3 were given");
}

TEST(FunctionBinding, PacksVarargsAndVarkwAndAppliesDefaults) {
  // g(1, 2, 3, 4, q=9) binds x=1, y=2, args=(3, 4), z=5, kw={'q': 9}
  Object g = make_function(&kG, {I(1)}, {I(5)}, {});
  Object slots = call_kw(g, {I(1), I(2), I(3), I(4), I(9)}, tuple_of({intern("q")}));
  EXPECT_EQ(repr_text(slots), "(1, 2, (3, 4), 5, {'q': 9})");
  EXPECT_EQ(repr_text(call(g, {I(7)})), "(7, 1, (), 5, {})");
  EXPECT_EQ(repr_text(call_kw(g, {I(7), I(8)}, tuple_of({intern("z")}))), "(7, 1, (), 8, {})");
  EXPECT_EQ(repr_text(call_ex(g, tuple_of({I(1)}), dict_of({{str_from("y"), I(3)}}))), "(1, 3, (), 5, {})");
}

TEST(FunctionObject, ReprAndAttributes) {
  Object h = make_function(&kH, {I(2)}, {}, {});
  EXPECT_EQ(repr_text(h).rfind("<function h at 0x", 0), 0u);
  EXPECT_EQ(str_text(getattr(h, intern("__name__"))), "h");
  EXPECT_EQ(repr_text(getattr(h, intern("__defaults__"))), "(2,)");
  setattr(h, intern("tag"), I(1));
  EXPECT_EQ(repr_text(getattr(h, intern("tag"))), "1");
}

TEST(Cell, ReadingAnEmptyCellRaisesNameError) {
  Object c = make_cell();
  try {
    cell_get(c, "x");
    FAIL();
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, exc::NameError));
    EXPECT_EQ(str_text(e.value), "cannot access free variable 'x' where it is not associated with a value in enclosing scope");
  }
  cell_set(c, I(3));
  EXPECT_EQ(repr_text(cell_get(c, "x")), "3");
}

TEST(BuiltinArity, MessagesMatchCPython) {
  EXPECT_EQ(error_of(builtin_lookup("len"), {}, {}), "len() takes exactly one argument (0 given)");
  EXPECT_EQ(error_of(builtin_lookup("isinstance"), {I(1)}, {}), "isinstance expected 2 arguments, got 1");
  EXPECT_EQ(error_of(builtin_lookup("min"), {}, {}), "min expected at least 1 argument, got 0");
  EXPECT_EQ(error_of(builtin_lookup("sorted"), {}, {}), "sorted expected 1 argument, got 0");
  EXPECT_EQ(error_of(builtin_lookup("max"), {tuple_of({})}, {}), "max() arg is an empty sequence");
}

// CPython qualifies METH_O and METH_NOARGS functions and keyword errors by module
// (_PyObject_FunctionStr); Argument Clinic's positional checks use the bare name.
TEST(ModuleFunctionArity, MessagesNameTheModuleAsCPythonDoes) {
  Object math = import_module("math");
  Object time = import_module("time");
  EXPECT_EQ(error_of(getattr(math, intern("sqrt")), {}, {}), "math.sqrt() takes exactly one argument (0 given)");
  EXPECT_EQ(error_of(getattr(math, intern("floor")), {I(1), I(2)}, {}),
            "math.floor() takes exactly one argument (2 given)");
  EXPECT_EQ(error_of(getattr(time, intern("monotonic")), {I(1)}, {}), "time.monotonic() takes no arguments (1 given)");
  EXPECT_EQ(error_of(getattr(math, intern("pow")), {I(1)}, {}), "pow expected 2 arguments, got 1");
  EXPECT_EQ(error_of(getattr(math, intern("pow")), {I(1), I(2)}, {"y"}), "math.pow() takes no keyword arguments");
  EXPECT_EQ(error_of(builtin_lookup("divmod"), {I(1), I(2)}, {"x"}), "divmod() takes no keyword arguments");
}

}  // namespace
}  // namespace pyrt
