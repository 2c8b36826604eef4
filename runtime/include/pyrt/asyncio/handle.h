// Handle and TimerHandle: a callback scheduled on the event loop, cancellable
// before it runs. Mirrors asyncio.events.Handle / TimerHandle.
#pragma once

#include <cstdint>

#include "pyrt/object/object.h"

namespace pyrt {

class EventLoop;

/// Every callback the loop runs is a plain function of two owned arguments
/// (no std::function, no closure allocation). Python callables are run by a
/// trampoline with `a` = the callable and `b` = a tuple of its arguments.
using CallbackFn = void (*)(const Object& a, const Object& b);

/// A scheduled callback (Handle). Created only when someone may cancel it
/// (Python's loop.call_soon, timers); the runtime's own call_soon path uses
/// bare ready-queue entries. Owned by Objects; the loop holds a reference
/// while it is queued. cancel() releases the arguments at once, as CPython's
/// Handle.cancel does (`self._callback = None; self._args = None`).
struct Handle : HeapObject {
  Handle(TypeObject* type, EventLoop* loop, CallbackFn fn, Object a, Object b);

  /// Mirrors Handle.cancel(): marks it cancelled and drops the callback.
  virtual void cancel();
  /// Runs the callback (Handle._run): errors other than SystemExit and
  /// KeyboardInterrupt go to the loop's exception handler as
  /// "Exception in callback ...". Throws SystemExit/KeyboardInterrupt.
  void run();
  /// "print(1)"-style text of the callback for reprs and messages
  /// (format_helpers._format_callback_source); empty when cancelled.
  std::string callback_text() const;

  Object repr() override;

  EventLoop* loop;  ///< borrowed: the loop outlives what it has queued
  CallbackFn fn;
  Object a;
  Object b;
  bool cancelled = false;
};

/// The Handle of every Python-level loop.call_soon (type name "Handle").
Ref<Handle> make_handle(EventLoop* loop, CallbackFn fn, Object a, Object b);

/// A Handle due at loop time `when` (TimerHandle). Ordered in the loop's heap
/// by (when, seq): `seq` is a per-loop counter, so equal deadlines run in
/// scheduling order.
struct TimerHandle final : Handle {
  TimerHandle(EventLoop* loop, double when, std::uint64_t seq, CallbackFn fn, Object a, Object b);

  /// Mirrors TimerHandle.cancel(): tells the loop (which counts cancelled
  /// timers still in its heap) before cancelling.
  void cancel() override;
  Object repr() override;
  /// Mirrors TimerHandle's rich comparisons: ordered by `when`; equal when
  /// `when`, the callback, its arguments and the cancelled flag all are.
  Object richcompare(const Object& other, CmpOp op) override;
  /// hash(self._when).
  std::int64_t hash() override;

  double when;
  /// The `when` a Python call_at passed (an int stays an int in when() and
  /// repr(), as CPython stores it unchanged); unbound for every other timer.
  Object when_given;
  std::uint64_t seq;
  bool scheduled = false;  ///< still in the loop's heap (TimerHandle._scheduled)
};

/// The callback that calls a Python callable `a` with the arguments in tuple
/// `b` (unbound: no arguments).
void call_python_callback(const Object& a, const Object& b);

}  // namespace pyrt
