// asyncio.TaskGroup: tasks that an `async with` block waits for, cancelling
// the rest when one fails and raising the failures as an exception group.
// Mirrors asyncio/taskgroups.py of Debian's CPython 3.11.2.
#pragma once

#include <vector>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One TaskGroup. Owns its running tasks (a creation-ordered list where
/// CPython keeps a set, so _abort cancels in creation order instead of
/// address order), the errors collected and the future __aexit__ waits on.
/// Each task's done callback holds the group back until the task finishes.
struct TaskGroupObject final : HeapObject {
  TaskGroupObject();

  /// Mirrors TaskGroup.create_task(coro, *, name=None, context=None):
  /// RuntimeError "TaskGroup <...> has not been entered" / "is finished" /
  /// "is shutting down"; the task gets a Task-N number first, then `name`.
  Object create_task(const Object& coro, const Object& name);
  /// Mirrors TaskGroup._abort: cancels every task not yet done.
  void abort();
  /// Mirrors TaskGroup._on_task_done(task).
  void on_task_done(const Object& task);

  /// "<TaskGroup tasks=2 errors=1 cancelling>" (TaskGroup.__repr__).
  Object repr() override;

  bool entered = false;
  bool exiting = false;
  bool aborting = false;
  bool parent_cancel_requested = false;
  Ref<EventLoop> loop;
  Object parent_task;
  std::vector<Object> tasks;
  /// The errors collected; emptied once raised as a group (CPython sets it
  /// to None, which repr() and every later path treat alike: no task is
  /// left to fail and create_task refuses new ones).
  std::vector<Object> errors;
  Object base_error;
  Object on_completed_fut;
};

/// The asyncio.TaskGroup class.
TypeObject* task_group_type();

/// The done callback every task of a group carries (a = the group, b = the
/// task); named so Task reprs read "cb=[TaskGroup._on_task_done()]".
void task_group_on_task_done_callback(const Object& group, const Object& task);

}  // namespace pyrt
