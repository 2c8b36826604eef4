// The event loop's scheduling order: call_soon FIFO, timers by deadline, the
// one-iteration delay of callbacks scheduled by callbacks
// (BaseEventLoop._run_once's ntodo snapshot).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pyrt/asyncio/asyncio.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {
namespace {

std::vector<std::string> g_log;

void log_callback(const Object& a, const Object&) { g_log.push_back(std::string(str_view(a))); }

void stop_callback(const Object& loop, const Object&) { static_cast<EventLoop*>(loop.heap())->stop(); }

// Logs `a`, then schedules a callback logging `b` with call_soon.
void chain_callback(const Object& a, const Object& b) {
  g_log.push_back(std::string(str_view(a)));
  EventLoop* loop = running_loop();
  loop->call_soon(log_callback, b);
}

TEST(EventLoop, CallSoonRunsCallbacksInFifoOrder) {
  g_log.clear();
  Ref<EventLoop> loop = new_event_loop();
  for (const char* s : {"one", "two", "three"}) loop->call_soon(log_callback, str_from(s));
  loop->call_soon(stop_callback, loop.obj());
  loop->run_forever();
  EXPECT_EQ(g_log, (std::vector<std::string>{"one", "two", "three"}));
  loop->close();
}

TEST(EventLoop, CallLaterRunsTimersInDeadlineOrderAfterReadyCallbacks) {
  g_log.clear();
  Ref<EventLoop> loop = new_event_loop();
  loop->call_later(0.02, log_callback, str_from("late"), Object());
  loop->call_later(0.01, log_callback, str_from("early"), Object());
  double when = loop->time() + 0.015;
  loop->call_at(when, log_callback, str_from("tie-1"), Object());
  loop->call_at(when, log_callback, str_from("tie-2"), Object());
  loop->call_soon(log_callback, str_from("soon"));
  loop->call_later(0.03, stop_callback, loop.obj(), Object());
  loop->run_forever();
  EXPECT_EQ(g_log, (std::vector<std::string>{"soon", "early", "tie-1", "tie-2", "late"}));
  loop->close();
}

TEST(EventLoop, CallbackScheduledByACallbackRunsInTheNextIteration) {
  g_log.clear();
  Ref<EventLoop> loop = new_event_loop();
  loop->call_soon(chain_callback, str_from("a"), str_from("a-child"));
  loop->call_soon(log_callback, str_from("b"));
  // stop() lets the current iteration finish: a-child, queued during it, waits.
  loop->call_soon(stop_callback, loop.obj());
  loop->run_forever();
  EXPECT_EQ(g_log, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(loop->ready_count(), 1u);
  loop->run_once();
  EXPECT_EQ(g_log, (std::vector<std::string>{"a", "b", "a-child"}));
  loop->close();
}

TEST(EventLoop, CancelledTimerDoesNotRun) {
  g_log.clear();
  Ref<EventLoop> loop = new_event_loop();
  Ref<TimerHandle> h = loop->call_later(0.001, log_callback, str_from("cancelled"), Object());
  loop->call_later(0.002, log_callback, str_from("kept"), Object());
  loop->call_later(0.003, stop_callback, loop.obj(), Object());
  h->cancel();
  loop->run_forever();
  EXPECT_EQ(g_log, (std::vector<std::string>{"kept"}));
  EXPECT_EQ(loop->scheduled_count(), 0u);
  loop->close();
}

TEST(EventLoop, GetRunningLoopWithoutALoopRaisesRuntimeError) {
  try {
    get_running_loop();
    FAIL() << "no exception";
  } catch (PyException& e) {
    EXPECT_TRUE(exception_is(e.value, exc::RuntimeError));
    EXPECT_EQ(str_text(e.value), "no running event loop");
  }
}

TEST(EventLoop, ClosedLoopRejectsCallSoon) {
  Ref<EventLoop> loop = new_event_loop();
  loop->close();
  EXPECT_TRUE(loop->is_closed());
  try {
    loop->call_soon(log_callback, str_from("x"));
    FAIL() << "no exception";
  } catch (PyException& e) {
    EXPECT_EQ(str_text(e.value), "Event loop is closed");
  }
}

}  // namespace
}  // namespace pyrt
