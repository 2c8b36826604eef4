// The event loop: ready queue, timer heap and the iteration that runs them.
// Mirrors asyncio.base_events.BaseEventLoop (_run_once, run_forever,
// run_until_complete, the asyncgen hooks, the default exception handler) with
// a selector that never has I/O, so polling is just sleeping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "pyrt/asyncio/handle.h"
#include "pyrt/object/object.h"

namespace pyrt {

struct AsyncGenObject;
struct FutureObject;
struct TaskObject;

/// One event loop (the Python object `_UnixSelectorEventLoop`). Created by
/// new_event_loop() (or asyncio.run's Runner); owned by Objects, and kept
/// alive by every Future bound to it and by the async generators it tracks.
/// Methods throw PyException with CPython's errors ("Event loop is closed",
/// "This event loop is already running", ...).
class EventLoop final : public HeapObject {
 public:
  EventLoop();
  ~EventLoop() override;

  /// Monotonic clock in seconds (time.monotonic()).
  double time() const noexcept;

  /// Appends fn(a, b) to the ready queue (FIFO). No allocation once the ring
  /// has grown to the program's working size. Raises RuntimeError "Event loop
  /// is closed". Not cancellable: use call_soon_handle for that.
  void call_soon(CallbackFn fn, Object a, Object b = Object());
  /// call_soon returning a cancellable Handle (Python's loop.call_soon).
  Ref<Handle> call_soon_handle(CallbackFn fn, Object a, Object b);
  /// Schedules fn(a, b) at loop time `when` / after `delay` seconds; returns
  /// the TimerHandle (mirrors call_at / call_later).
  Ref<TimerHandle> call_at(double when, CallbackFn fn, Object a, Object b);
  Ref<TimerHandle> call_later(double delay, CallbackFn fn, Object a, Object b);

  /// One iteration, exactly as BaseEventLoop._run_once: drop cancelled
  /// timers (all of them when more than 100 are scheduled and over half are
  /// cancelled, else only from the head), sleep until the first deadline
  /// when nothing is ready, move due timers (deadline < now + 1e-9) to the
  /// ready queue, then run the callbacks that were ready at that point.
  void run_once();
  /// Mirrors run_forever: installs the asyncgen hooks and the running loop,
  /// iterates until stop(), restores both (also when an exception escapes).
  void run_forever();
  /// Mirrors run_until_complete: wraps a coroutine/awaitable in a Task,
  /// runs until it is done, returns its result or raises its exception.
  /// RuntimeError "Event loop stopped before Future completed." otherwise.
  Object run_until_complete(const Object& future);
  /// Sets the stopping flag: the current iteration finishes, then
  /// run_forever returns.
  void stop() noexcept { stopping_ = true; }
  bool is_running() const noexcept { return running_; }
  bool is_closed() const noexcept { return closed_; }
  /// Mirrors close(): RuntimeError "Cannot close a running event loop";
  /// clears the ready queue and the timers.
  void close();

  /// A new Task for `coro` (a coroutine, or any awaitable, which is wrapped).
  /// `name` unbound or None means "Task-N".
  Ref<TaskObject> create_task(const Object& coro, const Object& name = Object());
  /// A new pending Future bound to this loop.
  Ref<FutureObject> create_future();

  /// The coroutine loop.shutdown_asyncgens(): acloses every generator still
  /// tracked, in the order of their first iteration (CPython's WeakSet order
  /// depends on addresses), through gather(..., return_exceptions=True).
  Object shutdown_asyncgens();
  /// The coroutine loop.shutdown_default_executor(); there is never an
  /// executor, so it returns at once (but asyncio.run still runs it as a task).
  Object shutdown_default_executor();

  /// Mirrors call_exception_handler(context): the handler set from Python,
  /// else default_exception_handler. `context` is a dict with 'message' and
  /// optionally 'exception', 'future', 'task', 'handle', 'asyncgen'.
  void call_exception_handler(const Object& context);
  /// Prints the message, the other context keys sorted ("key: repr") and the
  /// exception's traceback to stderr, as logging's last-resort handler
  /// prints asyncio's logger.error(..., exc_info=...).
  void default_exception_handler(const Object& context);
  /// loop.set_exception_handler(handler): None restores the default.
  void set_exception_handler(const Object& handler) { exception_handler_ = handler; }

  /// The task whose step is running, or null (asyncio.current_task()).
  TaskObject* current_task() const noexcept { return current_task_; }
  /// _enter_task/_leave_task: RuntimeError "Cannot enter into task ... while
  /// another task ... is being executed."
  void enter_task(TaskObject* task);
  void leave_task(TaskObject* task) noexcept;

  /// TimerHandle.cancel() bookkeeping (_timer_handle_cancelled).
  void timer_handle_cancelled(TimerHandle* timer) noexcept;

  Object repr() override;

  /// Number of entries in the ready queue (len(loop._ready)).
  std::size_t ready_count() const noexcept { return ready_size_; }
  /// Number of timers in the heap, cancelled ones included.
  std::size_t scheduled_count() const noexcept { return scheduled_.size(); }

 private:
  /// One ready callback: fn(a, b), or `handle` (fn null) which may have
  /// been cancelled since it was queued.
  struct ReadyEntry {
    CallbackFn fn = nullptr;
    Object a;
    Object b;
    Ref<Handle> handle;
  };

  void push_ready(ReadyEntry&& e);
  ReadyEntry pop_ready() noexcept;
  void grow_ready();
  void run_entry(ReadyEntry& e);
  void check_closed() const;
  void check_running() const;
  void sleep_for(double seconds) const;

  static void asyncgen_firstiter_hook(void* loop, const Object& agen);
  static void asyncgen_finalizer_hook(void* loop, const Object& agen);
  static void asyncgen_forget_hook(void* loop, AsyncGenObject* agen);

  // Ring buffer: capacity a power of two; entries [head_, head_ + size_).
  std::vector<ReadyEntry> ready_;
  std::size_t ready_head_ = 0;
  std::size_t ready_size_ = 0;
  // Binary min-heap on (when, seq).
  std::vector<Ref<TimerHandle>> scheduled_;
  std::uint64_t timer_seq_ = 0;
  std::size_t timer_cancelled_count_ = 0;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  TaskObject* current_task_ = nullptr;
  Object exception_handler_;
  // The generators that began iterating under this loop and are alive, in
  // first-iteration order (CPython's loop._asyncgens WeakSet). Borrowed:
  // each generator removes itself through the forget hook when it dies.
  std::vector<AsyncGenObject*> asyncgens_;

  friend struct EventLoopAccess;
};

/// The event loop `x` is, or null when `x` is something else.
EventLoop* as_event_loop(const Object& x) noexcept;
/// A new event loop (asyncio.new_event_loop()).
Ref<EventLoop> new_event_loop();
/// The running loop or null (events._get_running_loop()).
EventLoop* running_loop() noexcept;
/// asyncio.get_running_loop(): RuntimeError "no running event loop".
EventLoop* get_running_loop();
/// asyncio.get_event_loop(): the running loop, else the policy's loop
/// (created on first use unless set_event_loop was called, after which
/// RuntimeError "There is no current event loop in thread 'MainThread'.").
EventLoop* get_event_loop();
/// asyncio.set_event_loop(loop); null clears it.
void set_event_loop(EventLoop* loop);

}  // namespace pyrt
