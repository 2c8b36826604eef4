// asyncio.run and Runner. Mirrors asyncio.runners in CPython 3.11
// (Runner.run/close/_lazy_init and _cancel_all_tasks); there is no SIGINT
// handler, so the interrupt bookkeeping is absent.
#include "pyrt/asyncio/runner.h"

#include <utility>

#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/asyncio/tasks.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// runners._cancel_all_tasks: cancel the leftovers (creation order, where
// CPython iterates a set ordered by addresses), wait for them all, report
// the exceptions other than cancellation.
void cancel_all_tasks(EventLoop* loop) {
  // Each function here is a Python frame in CPython's asyncio.runners, and
  // counts as one toward the recursion limit.
  RecursionGuard frame;
  std::vector<Object> to_cancel = all_tasks_in_order(loop);
  if (to_cancel.empty()) return;
  for (const Object& t : to_cancel) as_task(t)->cancel(kNone);
  loop->run_until_complete(gather(to_cancel, true));
  for (const Object& t : to_cancel) {
    TaskObject* task = as_task(t);
    if (task->cancelled()) continue;
    Object e = task->exception();
    if (!e.is_none()) {
      loop->call_exception_handler(dict_of({{intern("message"),
                                             str_from("unhandled exception during asyncio.run() shutdown")},
                                            {intern("exception"), e},
                                            {intern("task"), t}}));
    }
  }
}

}  // namespace

Runner::~Runner() {
  try {
    close();
  } catch (...) {
    // A destructor cannot raise; close() already ran as far as it could.
  }
}

EventLoop* Runner::get_loop() {
  if (state_ == State::Closed) raise_error(exc::RuntimeError, "Runner is closed");
  if (state_ == State::Initialized) return loop_.get();
  loop_ = new_event_loop();
  set_event_loop(loop_.get());
  state_ = State::Initialized;
  return loop_.get();
}

Object Runner::run(const Object& coro) {
  RecursionGuard frame;  // Runner.run
  if (!is_coroutine(coro)) raise_error(exc::ValueError, "a coroutine was expected, got " + repr_text(coro));
  if (running_loop() != nullptr) {
    raise_error(exc::RuntimeError, "Runner.run() cannot be called from a running event loop");
  }
  EventLoop* loop = get_loop();
  Ref<TaskObject> task = loop->create_task(coro);
  return loop->run_until_complete(task.obj());
}

void Runner::close() {
  RecursionGuard frame;  // Runner.close
  if (state_ != State::Initialized) return;
  EventLoop* loop = loop_.get();
  struct Finally {
    Runner* runner;
    ~Finally() {
      set_event_loop(nullptr);
      runner->loop_->close();
      runner->loop_ = Ref<EventLoop>();
      runner->state_ = State::Closed;
    }
  } finally{this};
  cancel_all_tasks(loop);
  loop->run_until_complete(loop->shutdown_asyncgens());
  loop->run_until_complete(loop->shutdown_default_executor());
}

Object run(const Object& main) {
  if (running_loop() != nullptr) {
    raise_error(exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  }
  // asyncio.run's own frame is the builtin call that got here.
  Runner runner;
  runner.get_loop();  // Runner.__enter__
  // Runner.__exit__ calls close(), one frame deeper.
  auto exit = [&runner] {
    RecursionGuard exit_frame;
    runner.close();
  };
  Object result;
  try {
    result = runner.run(main);
  } catch (...) {
    exit();
    throw;
  }
  exit();
  return result;
}

}  // namespace pyrt
