// asyncio.TaskGroup. Mirrors asyncio/taskgroups.py of CPython 3.11.2: entry
// checks, create_task's refusals, _on_task_done cancelling the parent on the
// first error, and __aexit__'s wait loop and choice of what to raise.
#include "pyrt/asyncio/taskgroups.h"

#include <utility>

#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TaskGroupObject* self_group(const Object& self) { return static_cast<TaskGroupObject*>(self.heap()); }

// TaskGroup._is_base_error: what a task group lets through unwrapped.
bool is_base_error(const Object& exc) {
  return exception_is(exc, exc::SystemExit) || exception_is(exc, exc::KeyboardInterrupt);
}

[[noreturn]] void raise_misuse(TaskGroupObject* g, const char* what) {
  raise_error(exc::RuntimeError, "TaskGroup " + repr_text(Object(g)) + " " + what);
}

const CodeInfo kAenter{"__aenter__", "TaskGroup.__aenter__", "asyncio/taskgroups.py", 40};
const CodeInfo kAexit{"__aexit__", "TaskGroup.__aexit__", "asyncio/taskgroups.py", 56};

Coroutine task_group_aenter(CodeRef, Object self) {
  TaskGroupObject* g = self_group(self);
  // 3.11.2's wording; 3.11.7 says "has already been entered".
  if (g->entered) raise_misuse(g, "has been already entered");
  g->entered = true;
  if (!g->loop) g->loop = Ref<EventLoop>(get_running_loop());
  g->parent_task = current_task(g->loop.get());
  if (g->parent_task.is_none()) raise_misuse(g, "cannot determine the parent task");
  co_return self;
}

// The group's exception: BaseExceptionGroup(...) is an ExceptionGroup when
// every error is an Exception.
Object make_error_group(std::vector<Object> errors) {
  return call(Object(exc::BaseExceptionGroup),
              {str_from("unhandled errors in a TaskGroup"), list_from_vector(std::move(errors))});
}

Coroutine task_group_aexit(CodeRef, Object self, Object et, Object exc) {
  TaskGroupObject* g = self_group(self);
  g->exiting = true;
  if (!exc.is_none() && is_base_error(exc) && g->base_error.is_unbound()) g->base_error = exc;
  Object propagate_cancellation_error = et.is(Object(exc::CancelledError)) ? exc : Object();
  // The flag means the group cancelled the parent, so it must uncancel.
  if (g->parent_cancel_requested && as_task(g->parent_task)->uncancel() == 0) {
    propagate_cancellation_error = Object();
  }
  if (!et.is_none() && !g->aborting) g->abort();
  // A loop, since the parent may be cancelled repeatedly while it waits.
  while (!g->tasks.empty()) {
    if (g->on_completed_fut.is_unbound()) g->on_completed_fut = g->loop->create_future().obj();
    try {
      co_await await_(g->on_completed_fut);
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::CancelledError)) throw;
      // The parent is being cancelled while the tasks still run.
      if (!g->aborting) {
        propagate_cancellation_error = e.value;
        g->abort();
      }
    }
    g->on_completed_fut = Object();
  }
  if (!g->base_error.is_unbound()) raise(g->base_error);
  // Other errors take priority over the cancellation.
  if (!propagate_cancellation_error.is_unbound() && g->errors.empty()) raise(propagate_cancellation_error);
  if (!et.is_none() && !et.is(Object(exc::CancelledError))) g->errors.push_back(exc);
  if (!g->errors.empty()) {
    Object group = make_error_group(std::exchange(g->errors, {}));
    raise_from(group, kNone);
  }
  co_return kNone;
}

Object task_group_create_task_method(const Object& self, const CallArgs& args) {
  Object slots[3];
  parse_args(args, "create_task", {"coro", "name", "context"}, 1, 1, slots);
  return self_group(self)->create_task(slots[0], slots[1]);
}

Object task_group_aenter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aenter__", 0, 0);
  return task_group_aenter(&kAenter, self);
}

Object task_group_aexit_method(const Object& self, const CallArgs& args) {
  Object slots[3];
  parse_args(args, "__aexit__", {"et", "exc", "tb"}, 3, 3, slots);
  return task_group_aexit(&kAexit, self, slots[0], slots[1]);
}

// TaskGroup()
Object task_group_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "TaskGroup", 0, 0);
  return make<TaskGroupObject>();
}

}  // namespace

TypeObject* task_group_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("TaskGroup", nullptr, "asyncio.taskgroups", task_group_new);
    add_method(type, "create_task", task_group_create_task_method);
    add_method(type, "__aenter__", task_group_aenter_method);
    add_method(type, "__aexit__", task_group_aexit_method);
    return type;
  }();
  return t;
}

TaskGroupObject::TaskGroupObject() : HeapObject(task_group_type()) {}

Object TaskGroupObject::create_task(const Object& coro, const Object& name) {
  if (!entered) raise_misuse(this, "has not been entered");
  if (exiting && tasks.empty()) raise_misuse(this, "is finished");
  if (aborting) raise_misuse(this, "is shutting down");
  Ref<TaskObject> task = loop->create_task(coro);
  // tasks._set_task_name: the task took a Task-N number first.
  if (!name.is_unbound() && !name.is_none()) task->set_name(name);
  task->add_done_callback(task_group_on_task_done_callback, Object(this));
  tasks.push_back(task.obj());
  return task.obj();
}

void TaskGroupObject::abort() {
  aborting = true;
  // Done callbacks, which edit the list, run later from the loop, never
  // inside cancel().
  for (const Object& t : tasks) {
    if (!as_task(t)->done()) as_task(t)->cancel(kNone);
  }
}

void TaskGroupObject::on_task_done(const Object& task_obj) {
  for (auto it = tasks.begin(); it != tasks.end(); ++it) {
    if (it->is(task_obj)) {
      tasks.erase(it);
      break;
    }
  }
  if (!on_completed_fut.is_unbound() && tasks.empty()) {
    FutureObject* fut = as_future(on_completed_fut);
    if (!fut->done()) fut->set_result(kTrue);
  }
  TaskObject* task = as_task(task_obj);
  if (task->cancelled()) return;
  Object exc = task->exception();
  if (exc.is_none()) return;
  errors.push_back(exc);
  if (is_base_error(exc) && base_error.is_unbound()) base_error = exc;
  if (as_task(parent_task)->done()) {
    loop->call_exception_handler(
        dict_of({{intern("message"), str_from("Task " + repr_text(task_obj) + " has errored out but its parent task " +
                                              str_text(parent_task) + " is already completed")},
                 {intern("exception"), exc},
                 {intern("task"), task_obj}}));
    return;
  }
  // The parent is not being cancelled: cancel it to interrupt the body of
  // the `async with`, and remember to uncancel it in __aexit__.
  if (!aborting && !parent_cancel_requested) {
    abort();
    parent_cancel_requested = true;
    as_task(parent_task)->cancel(kNone);
  }
}

Object TaskGroupObject::repr() {
  std::string info;
  if (!tasks.empty()) info += " tasks=" + std::to_string(tasks.size());
  if (!errors.empty()) info += " errors=" + std::to_string(errors.size());
  if (aborting) {
    info += " cancelling";
  } else if (entered) {
    info += " entered";
  }
  return str_from("<TaskGroup" + info + ">");
}

void task_group_on_task_done_callback(const Object& group, const Object& task) {
  static_cast<TaskGroupObject*>(group.heap())->on_task_done(task);
}

}  // namespace pyrt
