// The `asyncio` module object seen by translated programs (`import
// asyncio`), and the umbrella header for the asyncio runtime.
#pragma once

#include "pyrt/asyncio/barrier.h"
#include "pyrt/asyncio/event_loop.h"
#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/handle.h"
#include "pyrt/asyncio/locks.h"
#include "pyrt/asyncio/queue.h"
#include "pyrt/asyncio/runner.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/asyncio/taskgroups.h"
#include "pyrt/asyncio/tasks.h"
#include "pyrt/asyncio/timeouts.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// Builds the asyncio module: run, Runner, sleep, gather, create_task,
/// ensure_future, wait_for, wait, shield, as_completed, timeout, timeout_at,
/// Timeout, TaskGroup, Task, Future, Queue, LifoQueue, PriorityQueue, Event,
/// Lock, Semaphore, BoundedSemaphore, Condition, Barrier, the exception
/// classes, get_running_loop, get_event_loop, new_event_loop, set_event_loop,
/// current_task, all_tasks, iscoroutine and the wait() constants.
Object make_asyncio_module();

}  // namespace pyrt
