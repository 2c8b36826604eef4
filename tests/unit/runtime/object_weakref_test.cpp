// Weak references in the object model (pyrt/object/weakref.h): the flag and side table, the
// clearing order of PyObject_ClearWeakRefs, and objects whose own dealloc() defers their death.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"
#include "pyrt/object/weakref.h"

namespace pyrt {
namespace {

std::vector<std::string> calls;

// A callback that records its number and whether its reference was already cleared.
template <int N>
Object record(const CallArgs& args) {
  auto* w = static_cast<WeakRefObject*>(args.args[0].heap());
  calls.push_back(std::string(w->referent == nullptr ? "cleared " : "live ") + std::to_string(N));
  return Object::none();
}

// A reference to `target` whose callback is `fn`.
Object callback_ref(const Object& target, NativeFn fn) {
  auto* ref = new WeakRefObject(weakref_ref_type());
  Object out(ref);
  ref->referent = target.heap();
  ref->callback = make_builtin("callback", fn);
  link_weakref(ref);
  return out;
}

TEST(WeakRef, FlagCostsNoSizeAndIsSetOnlyWhileReferencesExist) {
  EXPECT_EQ(sizeof(HeapObject), 24u);
  Object s = set_of({});
  EXPECT_FALSE(s.heap()->has_weakrefs);
  {
    Object r = callback_ref(s, record<0>);
    EXPECT_TRUE(s.heap()->has_weakrefs);
    EXPECT_EQ(weakrefs_of(s.heap()).size(), 1u);
  }
  EXPECT_FALSE(s.heap()->has_weakrefs);
  EXPECT_TRUE(weakrefs_of(s.heap()).empty());
}

TEST(WeakRef, DeathClearsEveryReferenceBeforeCallingCallbacksNewestFirst) {
  calls.clear();
  Object s = set_of({});
  Object first = callback_ref(s, record<1>);
  Object second = callback_ref(s, record<2>);
  std::vector<WeakRefObject*> order = weakrefs_of(s.heap());
  ASSERT_EQ(order.size(), 2u);
  EXPECT_EQ(order[0], second.heap());
  s = Object();
  EXPECT_EQ(calls, (std::vector<std::string>{"cleared 2", "cleared 1"}));
  EXPECT_TRUE(call(first, {}).is_none());
  EXPECT_TRUE(static_cast<WeakRefObject*>(first.heap())->callback.is_unbound());
}

// An object whose dealloc() keeps it alive (as a resurrecting finalizer does) until the test
// deletes it.
struct Deferred final : HeapObject {
  explicit Deferred(TypeObject* t) : HeapObject(t) {}
  static inline Deferred* pending = nullptr;
  void dealloc() override { pending = this; }
};

TEST(WeakRef, AnObjectWithItsOwnDeallocIsClearedWhenDestroyedNotBefore) {
  static TypeObject* const type = [] {
    TypeObject* t = make_builtin_type("Deferred");
    t->instances_have_weakref = true;
    return t;
  }();
  calls.clear();
  Object obj(new Deferred(type));
  Object ref = callback_ref(obj, record<3>);
  obj = Object();
  ASSERT_NE(Deferred::pending, nullptr);
  EXPECT_TRUE(calls.empty());
  EXPECT_NE(static_cast<WeakRefObject*>(ref.heap())->referent, nullptr);
  delete Deferred::pending;
  Deferred::pending = nullptr;
  EXPECT_EQ(calls, (std::vector<std::string>{"cleared 3"}));
}

TEST(WeakRef, TypesWithoutWeakReferenceSupportAreRejectedWithCPythonsMessage) {
  try {
    check_weakrefable(Object::from_int(1));
    FAIL() << "no TypeError";
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "cannot create weak reference to 'int' object");
  }
  check_weakrefable(set_of({}));
}

}  // namespace
}  // namespace pyrt
