// asyncio.Task. Mirrors asyncio.tasks.Task and its C accelerator in CPython
// 3.11 (task_step_impl, task_wakeup, cancel, names, repr, the registry).
#include "pyrt/asyncio/task.h"

#include <string>
#include <utility>

#include "internal.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// tasks._task_name_counter.
std::uint64_t g_task_name_counter = 0;
// Live tasks in creation order (tasks._all_tasks, a WeakSet in CPython).
TaskObject* g_first_task = nullptr;
TaskObject* g_last_task = nullptr;

TaskObject* self_task(const Object& self) { return static_cast<TaskObject*>(self.heap()); }

Object task_get_name_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get_name", 0, 0);
  return self_task(self)->get_name();
}

Object task_set_name_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "set_name", 1, 1);
  self_task(self)->set_name(args.args[0]);
  return kNone;
}

Object task_get_coro_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get_coro", 0, 0);
  return self_task(self)->coro;
}

Object task_cancelling_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "cancelling", 0, 0);
  return Object::from_int(self_task(self)->cancelling());
}

Object task_uncancel_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "uncancel", 0, 0);
  return Object::from_int(self_task(self)->uncancel());
}

Object task_set_result_method(const Object&, const CallArgs&) {
  raise_error(exc::RuntimeError, "Task does not support set_result operation");
}

Object task_set_exception_method(const Object&, const CallArgs&) {
  raise_error(exc::RuntimeError, "Task does not support set_exception operation");
}

Object task_get_stack_method(const Object&, const CallArgs&) { return list_of({}); }

// Task(coro, *, loop=None, name=None, context=None)
Object task_new(TypeObject*, const CallArgs& args) {
  Object slots[4];
  parse_args(args, "Task", {"coro", "loop", "name", "context"}, 1, 1, slots);
  EventLoop* loop = slots[1].is_unbound() || slots[1].is_none() ? get_event_loop()
                                                                 : static_cast<EventLoop*>(slots[1].heap());
  return loop->create_task(slots[0], slots[2]);
}

// coroutines._format_coroutine for our coroutine objects: CPython prints the
// line the frame is suspended at; frames do not record it, so both states
// name the first line.
std::string format_coroutine(const Object& coro) {
  if (!is_coroutine(coro)) return repr_text(coro);
  auto* c = static_cast<CoroutineObject*>(coro.heap());
  if (c->code == nullptr) return repr_text(coro);
  std::string where = std::string(c->code->filename) + ":" + std::to_string(c->code->firstlineno);
  std::string name = std::string(c->code->qualname) + "()";
  if (c->state == CoroutineObject::State::Done) return name + " done, defined at " + where;
  return name + " running at " + where;
}

}  // namespace

TypeObject* task_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Task", future_type(), "_asyncio", task_new);
    type->instances_have_weakref = true;  // fut_weakreflist / task_weakreflist
    add_method(type, "get_name", task_get_name_method);
    add_method(type, "set_name", task_set_name_method);
    add_method(type, "get_coro", task_get_coro_method);
    add_method(type, "cancelling", task_cancelling_method);
    add_method(type, "uncancel", task_uncancel_method);
    add_method(type, "set_result", task_set_result_method);
    add_method(type, "set_exception", task_set_exception_method);
    add_method(type, "get_stack", task_get_stack_method);
    return type;
  }();
  return t;
}

TaskObject* as_task(const Object& x) noexcept {
  if (!x.is_heap() || x.heap()->type != task_type()) return nullptr;
  return static_cast<TaskObject*>(x.heap());
}

TaskObject::TaskObject(EventLoop* l, Object c, const Object& n)
    : FutureObject(task_type(), l), coro(std::move(c)), coro_ptr(static_cast<CoroutineObject*>(coro.heap())) {
  if (n.is_unbound() || n.is_none()) {
    name_number = ++g_task_name_counter;
  } else {
    name = n.type() == types::str ? n : pyrt::str(n);
  }
  l->call_soon(task_step_callback, Object(this));
  prev_task = g_last_task;
  if (g_last_task != nullptr) {
    g_last_task->next_task = this;
  } else {
    g_first_task = this;
  }
  g_last_task = this;
}

TaskObject::~TaskObject() {
  if (prev_task != nullptr) {
    prev_task->next_task = next_task;
  } else {
    g_first_task = next_task;
  }
  if (next_task != nullptr) {
    next_task->prev_task = prev_task;
  } else {
    g_last_task = prev_task;
  }
}

Object TaskObject::get_name() {
  if (name.is_unbound()) name = str_from("Task-" + std::to_string(name_number));
  return name;
}

void TaskObject::set_name(const Object& n) { name = n.type() == types::str ? n : pyrt::str(n); }

bool TaskObject::cancel(const Object& msg) {
  log_traceback = false;
  if (done()) return false;
  ++num_cancels_requested;
  if (FutureObject* waiter = as_future(fut_waiter)) {
    // Leave fut_waiter: it may be a Task that catches and ignores the
    // cancellation, so we may have to cancel it again later.
    if (waiter->cancel(msg)) return true;
  }
  // It must be the case that the step is already scheduled.
  must_cancel = true;
  cancel_message = msg;
  return true;
}

std::int64_t TaskObject::uncancel() noexcept {
  if (num_cancels_requested > 0) --num_cancels_requested;
  return num_cancels_requested;
}

void TaskObject::step(const Object& exc_in) {
  if (done()) {
    raise_error(exc::InvalidStateError, "_step(): already done: " + repr_text(Object(this)) + ", " +
                                            (exc_in.is_unbound() ? std::string("None") : repr_text(exc_in)));
  }
  Object e = exc_in;
  if (must_cancel) {
    if (e.is_unbound() || !exception_is(e, exc::CancelledError)) e = make_cancelled_error();
    must_cancel = false;
  }
  fut_waiter = Object();
  loop->enter_task(this);
  Object keep_alive(this);  // the step may drop the last other reference
  Object out;
  bool yielded;
  try {
    // CPython counts the C call from Task.__step into coro.send() as one
    // level, so a Task's coroutine runs 3 levels below Handle._run.
    RecursionGuard send_call;
    yielded = coro_ptr->step(kNone, e, out);
  } catch (...) {
    Object err = exception_from_current();
    loop->leave_task(this);
    if (exception_is(err, exc::CancelledError)) {
      // Saved so that result() raises this very exception (chained later).
      cancelled_exc = err;
      FutureObject::cancel(kNone);
    } else if (exception_is(err, exc::KeyboardInterrupt) || exception_is(err, exc::SystemExit)) {
      FutureObject::set_exception(err);
      throw;
    } else {
      FutureObject::set_exception(err);
    }
    return;
  }
  if (!yielded) {
    if (must_cancel) {
      // Cancelled right before the coroutine returned.
      must_cancel = false;
      FutureObject::cancel(cancel_message.is_unbound() ? kNone : cancel_message);
    } else {
      FutureObject::set_result(std::move(out));
    }
  } else if (out.is_none()) {
    // A bare yield (sleep(0)) gives up one loop iteration.
    loop->call_soon(task_step_callback, Object(this));
  } else if (FutureObject* f = as_future(out)) {
    if (f->loop.get() != loop.get()) {
      loop->call_soon(task_step_callback, Object(this),
                      new_exception(exc::RuntimeError, "Task " + repr_text(Object(this)) + " got Future " +
                                                           repr_text(out) + " attached to a different loop"));
    } else if (f->blocking) {
      if (f == this) {
        loop->call_soon(task_step_callback, Object(this),
                        new_exception(exc::RuntimeError, "Task cannot await on itself: " + repr_text(Object(this))));
      } else {
        f->blocking = false;
        f->add_done_callback(task_wakeup_callback, Object(this));
        fut_waiter = std::move(out);
        if (must_cancel) {
          if (f->cancel(cancel_message.is_unbound() ? kNone : cancel_message)) must_cancel = false;
        }
      }
    } else {
      loop->call_soon(task_step_callback, Object(this),
                      new_exception(exc::RuntimeError, "yield was used instead of yield from in task " +
                                                           repr_text(Object(this)) + " with " + repr_text(out)));
    }
  } else {
    loop->call_soon(task_step_callback, Object(this),
                    new_exception(exc::RuntimeError, "Task got bad yield: " + repr_text(out)));
  }
  loop->leave_task(this);
}

void TaskObject::wakeup(FutureObject* future) {
  try {
    future->result();
  } catch (PyException& e) {
    // This may also be a cancellation.
    step(e.value);
    return;
  }
  step(Object());
}

std::vector<std::string> TaskObject::repr_info() {
  std::vector<std::string> info = FutureObject::repr_info();
  if (num_cancels_requested > 0 && !done()) info[0] = "cancelling";
  info.insert(info.begin() + 1, "name=" + repr_text(get_name()));
  info.insert(info.begin() + 2, "coro=<" + format_coroutine(coro) + ">");
  if (!fut_waiter.is_unbound()) info.insert(info.begin() + 3, "wait_for=" + repr_text(fut_waiter));
  return info;
}

Object TaskObject::getattr(const Object& attr) {
  std::string_view n = str_view(attr);
  if (n == "_coro") return coro;
  if (n == "_fut_waiter") return fut_waiter.is_unbound() ? kNone : fut_waiter;
  if (n == "_must_cancel") return Object::from_bool(must_cancel);
  if (n == "_log_destroy_pending") return Object::from_bool(log_destroy_pending);
  return FutureObject::getattr(attr);
}

void TaskObject::dealloc() {
  if (state == State::Pending && log_destroy_pending) {
    log_destroy_pending = false;
    ++refcnt;
    try {
      loop->call_exception_handler(dict_of({{intern("task"), Object(this)},
                                            {intern("message"), str_from("Task was destroyed but it is pending!")}}));
    } catch (...) {
      // A finalizer cannot raise; CPython prints such errors as unraisable.
    }
    if (--refcnt != 0) return;
  }
  FutureObject::dealloc();
}

void task_step_callback(const Object& task, const Object& exc) { static_cast<TaskObject*>(task.heap())->step(exc); }

void task_wakeup_callback(const Object& task, const Object& future) {
  static_cast<TaskObject*>(task.heap())->wakeup(as_future(future));
}

Object current_task(EventLoop* loop) {
  if (loop == nullptr) loop = get_running_loop();
  TaskObject* t = loop->current_task();
  return t == nullptr ? kNone : Object(t);
}

std::vector<Object> all_tasks_in_order(EventLoop* loop) {
  std::vector<Object> out;
  for (TaskObject* t = g_first_task; t != nullptr; t = t->next_task) {
    if (t->loop.get() == loop && !t->done()) out.push_back(Object(t));
  }
  return out;
}

Object all_tasks(EventLoop* loop) {
  if (loop == nullptr) loop = get_running_loop();
  Object s = set_of({});
  for (const Object& t : all_tasks_in_order(loop)) set_add(s, t);
  return s;
}

}  // namespace pyrt
