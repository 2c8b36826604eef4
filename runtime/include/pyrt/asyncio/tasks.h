// The module-level functions of asyncio.tasks: sleep, gather, ensure_future,
// wait_for, wait, shield, as_completed, with CPython 3.11's behaviour and
// messages. Each returns what the Python function returns (a coroutine, a
// future, an iterator); all raise PyException.
#pragma once

#include <vector>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// asyncio.sleep(delay, result=None). delay <= 0: one bare yield (tasks.
/// __sleep0), returning a shared preallocated awaitable when `result` is None
/// so `await asyncio.sleep(0)` allocates nothing. Otherwise a coroutine:
/// create_future + call_later(_set_result_unless_cancelled) + await, timer
/// cancelled in a finally.
Object sleep(const Object& delay, const Object& result = Object::none());

/// asyncio.ensure_future(x, loop=None): a future as is; a coroutine or other
/// awaitable as a new Task. TypeError "An asyncio.Future, a coroutine or an
/// awaitable is required".
Object ensure_future(const Object& x, EventLoop* loop = nullptr);

/// asyncio.gather(*aws, return_exceptions=False): the _GatheringFuture whose
/// result is the list of results in argument order; its cancel() cancels
/// the children. Duplicated arguments share one child.
Object gather(const std::vector<Object>& aws, bool return_exceptions);

/// asyncio.wait_for(aw, timeout): the coroutine of 3.11's wait_for
/// (_release_waiter, _cancel_and_wait, TimeoutError from CancelledError).
Object wait_for(const Object& aw, const Object& timeout);

/// asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED): the coroutine
/// returning (done, pending) sets, filled in the order of `fs`.
Object wait(const Object& fs, const Object& timeout, const Object& return_when);

/// asyncio.shield(aw): a future following `aw` that does not pass
/// cancellation on to it.
Object shield(const Object& aw);

/// asyncio.as_completed(fs, timeout=None): an iterator of coroutines
/// yielding results in completion order.
Object as_completed(const Object& fs, const Object& timeout);

/// A coroutine object awaiting `awaitable` (tasks._wrap_awaitable), so
/// anything awaitable can be a Task's coroutine.
Object wrap_awaitable(const Object& awaitable);

/// The constants FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED (strs).
Object first_completed();
Object first_exception();
Object all_completed();

}  // namespace pyrt
