// The native parts of asyncio 3.11 that golden programs reach only through
// their Python surface: TimerHandle's ordering, Timeout's states before and
// after use, and Runner's lifecycle.
#include <gtest/gtest.h>

#include <string>

#include "pyrt/asyncio/asyncio.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

void noop_callback(const Object&, const Object&) {}

// Runs `body` expecting it to raise `type` with message `text`.
template <class F>
void expect_raises(F body, TypeObject* type, const std::string& text) {
  try {
    body();
    FAIL() << "no exception";
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, type));
    EXPECT_EQ(str_text(e.value), text);
  }
}

TEST(TimerHandle, OrdersByWhenAndEqualsOnlyWithTheSameCallbackAndState) {
  Ref<EventLoop> loop = new_event_loop();
  Ref<TimerHandle> early = loop->call_at(10.0, noop_callback, str_from("x"), Object());
  Ref<TimerHandle> late = loop->call_at(20.0, noop_callback, str_from("x"), Object());
  Ref<TimerHandle> twin = loop->call_at(10.0, noop_callback, str_from("x"), Object());
  EXPECT_TRUE(compare_bool(CmpOp::Lt, early.obj(), late.obj()));
  EXPECT_TRUE(compare_bool(CmpOp::Ge, late.obj(), early.obj()));
  EXPECT_TRUE(equal(early.obj(), twin.obj()));
  EXPECT_TRUE(compare_bool(CmpOp::Le, early.obj(), twin.obj()));
  EXPECT_EQ(hash(early.obj()), hash(twin.obj()));
  twin->cancel();
  EXPECT_FALSE(equal(early.obj(), twin.obj()));
  loop->close();
}

TEST(Timeout, StatesOutsideAnAsyncWithRefuseReschedule) {
  Ref<TimeoutObject> t = make_ref<TimeoutObject>(Object::from_float(1.5));
  EXPECT_EQ(str_text(t.obj()), "<Timeout [created]>");
  EXPECT_FALSE(t->expired());
  // 3.11.2's `assert self._state is not _State.CREATED`.
  expect_raises([&] { t->reschedule(kNone); }, exc::AssertionError, "");
  t->state = TimeoutObject::State::Exited;
  expect_raises([&] { t->reschedule(kNone); }, exc::RuntimeError, "Cannot change state of finished Timeout");
  t->state = TimeoutObject::State::Expiring;
  EXPECT_TRUE(t->expired());
}

TEST(Runner, CloseBeforeUseDoesNothingAndAClosedRunnerRefusesItsLoop) {
  Ref<RunnerObject> runner = make_ref<RunnerObject>(Object());
  runner->close();
  EXPECT_EQ(runner->state, RunnerObject::State::Created);
  EventLoop* loop = runner->get_loop();
  EXPECT_EQ(runner->get_loop(), loop);
  EXPECT_EQ(get_event_loop(), loop);
  runner->close();
  EXPECT_EQ(runner->state, RunnerObject::State::Closed);
  expect_raises([&] { runner->get_loop(); }, exc::RuntimeError, "Runner is closed");
}

TEST(TaskGroup, CreateTaskBeforeEnteringRaisesRuntimeError) {
  Ref<TaskGroupObject> group = make_ref<TaskGroupObject>();
  expect_raises([&] { group->create_task(kNone, kNone); }, exc::RuntimeError,
                "TaskGroup <TaskGroup> has not been entered");
}

}  // namespace
}  // namespace pyrt
