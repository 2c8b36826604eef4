// asyncio.Task: drives a coroutine one step per loop callback. Mirrors
// asyncio.tasks.Task (and its C accelerator _asyncio.Task) in CPython 3.11:
// __step, __wakeup, cancel/uncancel/cancelling, names, repr, and the
// registry behind current_task() and all_tasks().
#pragma once

#include <cstdint>

#include "pyrt/asyncio/future.h"

namespace pyrt {

struct CoroutineObject;

/// A Task. Created by EventLoop::create_task, which schedules its first
/// step. Registered (borrowed) in a creation-ordered list of live tasks.
/// Steps allocate nothing: a bare yield re-queues the step, a blocking
/// future gets the inline wakeup callback.
struct TaskObject final : FutureObject {
  /// `coro` must be a coroutine object; `name` unbound/None means "Task-N".
  TaskObject(EventLoop* loop, Object coro, const Object& name);
  ~TaskObject() override;

  /// Mirrors Task.cancel(msg): counts the request, cancels the awaited
  /// future if any, else arranges for CancelledError at the next step.
  bool cancel(const Object& msg) override;
  std::int64_t cancelling() const noexcept { return num_cancels_requested; }
  std::int64_t uncancel() noexcept;
  /// 'Task-N' or the name given; a str.
  Object get_name();
  void set_name(const Object& name);

  /// Mirrors Task.__step(exc): one send/throw into the coroutine and the
  /// handling of what it yielded, returned or raised. `exc` unbound = send.
  void step(const Object& exc);
  /// Mirrors Task.__wakeup(future).
  void wakeup(FutureObject* future);

  std::vector<std::string> repr_info() override;
  Object getattr(const Object& name) override;
  void dealloc() override;

  Object coro;
  CoroutineObject* coro_ptr;  ///< borrowed view of `coro`
  Object name;                ///< unbound until asked for when auto-named
  std::uint64_t name_number = 0;
  Object fut_waiter;
  std::int64_t num_cancels_requested = 0;
  bool must_cancel = false;
  bool log_destroy_pending = true;
  // The registry of live tasks, in creation order (tasks._all_tasks).
  TaskObject* prev_task = nullptr;
  TaskObject* next_task = nullptr;
};

TypeObject* task_type();
TaskObject* as_task(const Object& x) noexcept;

/// The loop callbacks that run a step (a = task, b = exception or unbound)
/// and a wakeup (a = task, b = the future).
void task_step_callback(const Object& task, const Object& exc);
void task_wakeup_callback(const Object& task, const Object& future);

/// asyncio.current_task(loop=None): the running task or None.
Object current_task(EventLoop* loop = nullptr);
/// asyncio.all_tasks(loop=None): the loop's tasks that are not done, as a
/// set filled in creation order (RuntimeError "no running event loop").
Object all_tasks(EventLoop* loop = nullptr);
/// The same as a vector in creation order (Runner's _cancel_all_tasks).
std::vector<Object> all_tasks_in_order(EventLoop* loop);

}  // namespace pyrt
