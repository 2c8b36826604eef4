// asyncio.run and asyncio.Runner. Mirrors asyncio.runners in CPython 3.11
// (Runner.run/close/get_loop/_lazy_init, the context manager and
// _cancel_all_tasks); there is no SIGINT handler, so the interrupt
// bookkeeping is absent.
#include "pyrt/asyncio/runner.h"

#include <utility>

#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/asyncio/tasks.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

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

// Runner(*, debug=None, loop_factory=None). debug is accepted and, as for
// asyncio.run, has no effect: the loop has no debug mode.
Object runner_new(TypeObject*, const CallArgs& args) {
  Object slots[2];
  parse_args(args, "Runner", {"debug", "loop_factory"}, 0, 0, slots);
  return make<RunnerObject>(slots[1]);
}

RunnerObject* self_runner(const Object& self) { return static_cast<RunnerObject*>(self.heap()); }

// run(coro, *, context=None): there are no contextvars, so context can
// only be None.
Object runner_run_method(const Object& self, const CallArgs& args) {
  Object slots[2];
  parse_args(args, "run", {"coro", "context"}, 1, 1, slots);
  return self_runner(self)->run(slots[0]);
}

Object runner_close_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "close", 0, 0);
  self_runner(self)->close();
  return kNone;
}

Object runner_get_loop_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get_loop", 0, 0);
  return Object(self_runner(self)->get_loop());
}

Object runner_enter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__enter__", 0, 0);
  self_runner(self)->get_loop();  // _lazy_init
  return self;
}

Object runner_exit_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__exit__", 3, 3);
  RecursionGuard frame;  // Runner.__exit__, a Python frame in CPython
  self_runner(self)->close();
  return kNone;
}

}  // namespace

TypeObject* runner_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Runner", nullptr, "asyncio.runners", runner_new);
    add_method(type, "run", runner_run_method);
    add_method(type, "close", runner_close_method);
    add_method(type, "get_loop", runner_get_loop_method);
    add_method(type, "__enter__", runner_enter_method);
    add_method(type, "__exit__", runner_exit_method);
    return type;
  }();
  return t;
}

RunnerObject::RunnerObject(Object factory) : HeapObject(runner_type()), loop_factory(std::move(factory)) {}

EventLoop* RunnerObject::get_loop() {
  if (state == State::Closed) raise_error(exc::RuntimeError, "Runner is closed");
  if (state == State::Initialized) return loop.get();
  if (loop_factory.is_unbound() || loop_factory.is_none()) {
    loop = new_event_loop();
    // set_event_loop only once (CPython: to attach child watchers once).
    if (!installed_loop) {
      set_event_loop(loop.get());
      installed_loop = true;
    }
  } else {
    Object made = pyrt::call(loop_factory, {});
    EventLoop* made_loop = as_event_loop(made);
    if (made_loop == nullptr) {
      raise_error(exc::TypeError, "loop_factory must return an event loop, not " + repr_text(made));
    }
    loop = Ref<EventLoop>(made_loop);
  }
  state = State::Initialized;
  return loop.get();
}

Object RunnerObject::run(const Object& coro) {
  RecursionGuard frame;  // Runner.run
  if (!is_coroutine(coro)) raise_error(exc::ValueError, "a coroutine was expected, got " + repr_text(coro));
  if (running_loop() != nullptr) {
    raise_error(exc::RuntimeError, "Runner.run() cannot be called from a running event loop");
  }
  EventLoop* l = get_loop();
  Ref<TaskObject> task = l->create_task(coro);
  return l->run_until_complete(task.obj());
}

void RunnerObject::close() {
  RecursionGuard frame;  // Runner.close
  if (state != State::Initialized) return;
  EventLoop* l = loop.get();
  struct Finally {
    RunnerObject* runner;
    ~Finally() {
      if (runner->installed_loop) set_event_loop(nullptr);
      runner->loop->close();
      runner->loop = Ref<EventLoop>();
      runner->state = State::Closed;
    }
  } finally{this};
  cancel_all_tasks(l);
  l->run_until_complete(l->shutdown_asyncgens());
  l->run_until_complete(l->shutdown_default_executor());
}

Object run(const Object& main) {
  if (running_loop() != nullptr) {
    raise_error(exc::RuntimeError, "asyncio.run() cannot be called from a running event loop");
  }
  // asyncio.run's own frame is the builtin call that got here.
  Ref<RunnerObject> runner = make_ref<RunnerObject>(Object());
  runner->get_loop();  // Runner.__enter__
  // Runner.__exit__ calls close(), one frame deeper.
  auto exit = [&runner] {
    RecursionGuard exit_frame;
    runner->close();
  };
  Object result;
  try {
    result = runner->run(main);
  } catch (...) {
    exit();
    throw;
  }
  exit();
  return result;
}

}  // namespace pyrt
