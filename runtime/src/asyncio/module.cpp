// The `asyncio` module object: the functions, classes, exceptions and
// constants translated programs reach through `import asyncio`. Mirrors the
// names asyncio/__init__.py exports (their signatures and argument errors).
#include "pyrt/asyncio/asyncio.h"

#include <vector>

#include "../object/module_registrations.h"
#include "internal.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

EventLoop* loop_or_null(const Object& x) {
  if (x.is_unbound() || x.is_none()) return nullptr;
  return static_cast<EventLoop*>(x.heap());
}

// run(main, *, debug=None)
Object fn_run(const CallArgs& args) {
  Object slots[2];
  parse_args(args, "run", {"main", "debug"}, 1, 1, slots);
  return run(slots[0]);
}

// sleep(delay, result=None)
Object fn_sleep(const CallArgs& args) {
  Object slots[2];
  parse_args(args, "sleep", {"delay", "result"}, 2, 1, slots);
  return sleep(slots[0], slots[1].is_unbound() ? kNone : slots[1]);
}

// gather(*coros_or_futures, return_exceptions=False)
Object fn_gather(const CallArgs& args) {
  bool return_exceptions = false;
  for (std::size_t k = 0; k < args.nkw; ++k) {
    if (str_view(args.kwnames[k]) != "return_exceptions") {
      raise_error(exc::TypeError,
                  "gather() got an unexpected keyword argument '" + std::string(str_view(args.kwnames[k])) + "'");
    }
    return_exceptions = truthy(args.args[args.npos + k]);
  }
  std::vector<Object> aws(args.args, args.args + args.npos);
  return gather(aws, return_exceptions);
}

// create_task(coro, *, name=None, context=None)
Object fn_create_task(const CallArgs& args) {
  Object slots[3];
  parse_args(args, "create_task", {"coro", "name", "context"}, 1, 1, slots);
  Ref<TaskObject> task = get_running_loop()->create_task(slots[0]);
  // tasks._set_task_name: the task got a Task-N number first.
  if (!slots[1].is_unbound() && !slots[1].is_none()) task->set_name(slots[1]);
  return task.obj();
}

// ensure_future(coro_or_future, *, loop=None)
Object fn_ensure_future(const CallArgs& args) {
  Object slots[2];
  parse_args(args, "ensure_future", {"coro_or_future", "loop"}, 1, 1, slots);
  return ensure_future(slots[0], loop_or_null(slots[1]));
}

// wait_for(fut, timeout)
Object fn_wait_for(const CallArgs& args) {
  Object slots[2];
  parse_args(args, "wait_for", {"fut", "timeout"}, 2, 2, slots);
  return wait_for(slots[0], slots[1]);
}

// wait(fs, *, timeout=None, return_when=ALL_COMPLETED)
Object fn_wait(const CallArgs& args) {
  Object slots[3];
  parse_args(args, "wait", {"fs", "timeout", "return_when"}, 1, 1, slots);
  return wait(slots[0], slots[1].is_unbound() ? kNone : slots[1],
              slots[2].is_unbound() ? all_completed() : slots[2]);
}

// shield(arg)
Object fn_shield(const CallArgs& args) {
  check_nargs(args, "shield", 1, 1);
  return shield(args.args[0]);
}

// as_completed(fs, *, timeout=None)
Object fn_as_completed(const CallArgs& args) {
  Object slots[2];
  parse_args(args, "as_completed", {"fs", "timeout"}, 1, 1, slots);
  return as_completed(slots[0], slots[1].is_unbound() ? kNone : slots[1]);
}

Object fn_get_running_loop(const CallArgs& args) {
  check_nargs(args, "get_running_loop", 0, 0);
  return Object(get_running_loop());
}

Object fn_get_event_loop(const CallArgs& args) {
  check_nargs(args, "get_event_loop", 0, 0);
  return Object(get_event_loop());
}

Object fn_new_event_loop(const CallArgs& args) {
  check_nargs(args, "new_event_loop", 0, 0);
  return new_event_loop().obj();
}

Object fn_set_event_loop(const CallArgs& args) {
  check_nargs(args, "set_event_loop", 1, 1);
  set_event_loop(loop_or_null(args.args[0]));
  return kNone;
}

// current_task(loop=None)
Object fn_current_task(const CallArgs& args) {
  Object slot[1];
  parse_args(args, "current_task", {"loop"}, 1, 0, slot);
  return current_task(loop_or_null(slot[0]));
}

// all_tasks(loop=None)
Object fn_all_tasks(const CallArgs& args) {
  Object slot[1];
  parse_args(args, "all_tasks", {"loop"}, 1, 0, slot);
  return all_tasks(loop_or_null(slot[0]));
}

// iscoroutine(obj): coroutine objects, and what asyncio.sleep() returns.
Object fn_iscoroutine(const CallArgs& args) {
  check_nargs(args, "iscoroutine", 1, 1);
  const Object& x = args.args[0];
  return Object::from_bool(is_coroutine(x) || (x.is_heap() && x.heap()->type->name == "coroutine"));
}

// iscoroutinefunction(func) (inspect._has_code_flag with CO_COROUTINE): a function whose code
// is a coroutine's, seen through bound methods and functools.partial.
Object fn_iscoroutinefunction(const CallArgs& args) {
  check_nargs(args, "iscoroutinefunction", 1, 1);
  static const Object func_name = intern("__func__");
  static const Object partial_func = intern("func");
  const Object partial = getattr(import_module("_functools"), intern("partial"));
  Object f = args.args[0];
  for (;;) {
    if (f.type() == types::method) f = getattr(f, func_name);
    else if (isinstance(f, partial)) f = getattr(f, partial_func);
    else break;
  }
  bool coroutine = f.type() == types::function &&
                   static_cast<FunctionObject*>(f.heap())->spec->kind == CodeKind::Coroutine;
  return Object::from_bool(coroutine);
}

// timeout(delay)
Object fn_timeout(const CallArgs& args) {
  Object slot[1];
  parse_args(args, "timeout", {"delay"}, 1, 1, slot);
  return timeout(slot[0]);
}

// timeout_at(when)
Object fn_timeout_at(const CallArgs& args) {
  Object slot[1];
  parse_args(args, "timeout_at", {"when"}, 1, 1, slot);
  return make<TimeoutObject>(slot[0]);
}

// isfuture(obj)
Object fn_isfuture(const CallArgs& args) {
  check_nargs(args, "isfuture", 1, 1);
  return Object::from_bool(as_future(args.args[0]) != nullptr);
}

}  // namespace

Object make_asyncio_module() {
  Object m = new_module("asyncio");
  module_add(m, "run", make_builtin("run", fn_run));
  module_add(m, "sleep", make_builtin("sleep", fn_sleep));
  module_add(m, "gather", make_builtin("gather", fn_gather));
  module_add(m, "create_task", make_builtin("create_task", fn_create_task));
  module_add(m, "ensure_future", make_builtin("ensure_future", fn_ensure_future));
  module_add(m, "wait_for", make_builtin("wait_for", fn_wait_for));
  module_add(m, "wait", make_builtin("wait", fn_wait));
  module_add(m, "shield", make_builtin("shield", fn_shield));
  module_add(m, "as_completed", make_builtin("as_completed", fn_as_completed));
  module_add(m, "get_running_loop", make_builtin("get_running_loop", fn_get_running_loop));
  module_add(m, "get_event_loop", make_builtin("get_event_loop", fn_get_event_loop));
  module_add(m, "new_event_loop", make_builtin("new_event_loop", fn_new_event_loop));
  module_add(m, "set_event_loop", make_builtin("set_event_loop", fn_set_event_loop));
  module_add(m, "current_task", make_builtin("current_task", fn_current_task));
  module_add(m, "all_tasks", make_builtin("all_tasks", fn_all_tasks));
  module_add(m, "iscoroutine", make_builtin("iscoroutine", fn_iscoroutine));
  module_add(m, "iscoroutinefunction", make_builtin("iscoroutinefunction", fn_iscoroutinefunction));
  module_add(m, "isfuture", make_builtin("isfuture", fn_isfuture));
  module_add(m, "timeout", make_builtin("timeout", fn_timeout));
  module_add(m, "timeout_at", make_builtin("timeout_at", fn_timeout_at));
  module_add(m, "Timeout", Object(timeout_type()));
  module_add(m, "TaskGroup", Object(task_group_type()));
  module_add(m, "Runner", Object(runner_type()));
  module_add(m, "Barrier", Object(barrier_type()));
  module_add(m, "Future", Object(future_type()));
  module_add(m, "Task", Object(task_type()));
  module_add(m, "Queue", Object(queue_type()));
  module_add(m, "LifoQueue", Object(lifo_queue_type()));
  module_add(m, "PriorityQueue", Object(priority_queue_type()));
  module_add(m, "Event", Object(event_type()));
  module_add(m, "Lock", Object(lock_type()));
  module_add(m, "Semaphore", Object(semaphore_type()));
  module_add(m, "BoundedSemaphore", Object(bounded_semaphore_type()));
  module_add(m, "Condition", Object(condition_type()));
  module_add(m, "CancelledError", Object(exc::CancelledError));
  // asyncio.TimeoutError is the builtin TimeoutError since 3.11.
  module_add(m, "TimeoutError", Object(exc::TimeoutError));
  module_add(m, "InvalidStateError", Object(exc::InvalidStateError));
  module_add(m, "BrokenBarrierError", Object(exc::BrokenBarrierError));
  module_add(m, "QueueEmpty", Object(exc::QueueEmpty));
  module_add(m, "QueueFull", Object(exc::QueueFull));
  module_add(m, "FIRST_COMPLETED", first_completed());
  module_add(m, "FIRST_EXCEPTION", first_exception());
  module_add(m, "ALL_COMPLETED", all_completed());
  return m;
}

}  // namespace pyrt

void pystd_7asyncio::register_module() { pyrt::register_module("asyncio", pyrt::make_asyncio_module); }
