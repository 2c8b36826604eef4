// asyncio.Future: a result that will be available later, with done
// callbacks scheduled on the loop. Mirrors asyncio.futures.Future as its C
// accelerator (_asyncio.Future) behaves in CPython 3.11, whose messages
// ("Result is not set.", "invalid state") are what programs observe.
#pragma once

#include <cstdint>
#include <vector>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/asyncio/handle.h"
#include "pyrt/coro/frame.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// A Future. Owned by Objects; holds a strong reference to its loop. `await`
/// drives it natively: a pending future marks itself blocking and is yielded
/// to the Task driving the chain, which adds its wakeup callback.
struct FutureObject : HeapObject, NativeAwaitable {
  enum class State : std::uint8_t { Pending, Cancelled, Finished };

  /// A done callback: internal ones are fn(arg, future); a Python callable
  /// `cb` is stored as {call_python_callback-style trampoline, cb}.
  struct Callback {
    CallbackFn fn;
    Object arg;
  };

  /// `type` is Future's type or a subclass'; `loop` must not be null.
  FutureObject(TypeObject* type, EventLoop* loop);
  ~FutureObject() override;

  bool done() const noexcept { return state != State::Pending; }
  bool cancelled() const noexcept { return state == State::Cancelled; }
  /// Mirrors result(): the result, or raises the exception set, or the
  /// CancelledError (_make_cancelled_error), or InvalidStateError
  /// "Result is not set.". Marks the exception retrieved.
  Object result();
  /// Mirrors exception(): the exception or None; raises like result().
  Object exception();
  /// Mirrors set_result/set_exception: InvalidStateError "invalid state" when
  /// done; set_exception calls an exception class, and rejects StopIteration
  /// (TypeError "StopIteration interacts badly with generators and cannot be
  /// raised into a Future").
  void set_result(Object value);
  void set_exception(Object exc);
  /// Mirrors cancel(msg=None): false when already done; else cancelled,
  /// callbacks scheduled, true. Task and _GatheringFuture override it.
  virtual bool cancel(const Object& msg);
  /// Mirrors _make_cancelled_error: the saved CancelledError if any, else a
  /// new CancelledError(msg) / CancelledError().
  Object make_cancelled_error();

  /// Mirrors add_done_callback: appended, or scheduled at once when done.
  void add_done_callback(CallbackFn fn, Object arg);
  /// Python-level add_done_callback(fn): fn(future) later.
  void add_done_callback_python(const Object& fn);
  /// Removes every callback equal to (fn, arg identity); returns the count.
  std::size_t remove_done_callback(CallbackFn fn, const Object& arg);
  /// Python-level remove_done_callback(fn) (compares with ==).
  std::size_t remove_done_callback_python(const Object& fn);

  // NativeAwaitable: Future.__await__.
  std::coroutine_handle<> await_start(std::coroutine_handle<> caller, DriveState* drive) override;
  Object await_finish(DriveState* drive) override;

  // HeapObject
  Object repr() override;
  Object getattr(const Object& name) override;
  std::int64_t hash() override;
  NativeAwaitable* native_awaitable() override { return this; }
  /// Mirrors Future.__del__ (and Task.__del__): reports an exception that was
  /// never retrieved ("Future exception was never retrieved") through the
  /// loop's exception handler before the object goes.
  void dealloc() override;

  /// The words between "<Future " and ">" (base_futures._future_repr_info).
  virtual std::vector<std::string> repr_info();
  /// "Future" / "Task" / "_GatheringFuture" for messages.
  const char* class_name() const;

  /// Schedules every callback with call_soon, in order, and clears them
  /// (__schedule_callbacks).
  void schedule_callbacks();

  Ref<EventLoop> loop;
  State state = State::Pending;
  /// _asyncio_future_blocking: set by await on a pending future.
  bool blocking = false;
  /// __log_traceback: an exception was set and never retrieved.
  bool log_traceback = false;
  Object result_value;
  Object exception_value;
  Object cancel_message;   ///< _cancel_message (unbound = None)
  Object cancelled_exc;    ///< _cancelled_exc
  /// Callbacks: the first inline (most futures have exactly one, the waiting
  /// Task's wakeup), the rest in `more` (C _asyncio's fut_callback0 layout).
  Callback callback0{nullptr, Object()};
  std::vector<Callback> more;
  /// Creation sequence: the hash, so sets of futures iterate in a
  /// deterministic order (CPython's depends on addresses).
  std::uint64_t serial;
};

/// The Future type (`_asyncio.Future`) and the check isfuture() makes for our
/// own futures (Future, Task, _GatheringFuture).
TypeObject* future_type();
FutureObject* as_future(const Object& x) noexcept;

/// futures._set_result_unless_cancelled as a loop callback: a = the future,
/// b = the result.
void set_result_unless_cancelled(const Object& future, const Object& result);

}  // namespace pyrt
