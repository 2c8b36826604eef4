// The pieces every translated coroutine, async generator and generator frame
// shares: the drive state of an await chain, the awaitable interface, and the
// frame allocator. Mirrors the way CPython's Task.__step sends into the
// outermost coroutine while only the innermost frame actually yields.
#pragma once

#include <coroutine>
#include <cstddef>
#include <new>

#include "pyrt/object/exception.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One chain of frames awaiting each other, driven by one driver (a Task step,
/// or a Python-level coroutine.send()). Frames transfer control to each other
/// symmetrically; only the innermost one (the leaf) ever returns to the driver,
/// by yielding a Future or None exactly where CPython's innermost generator
/// would yield it.
struct DriveState {
  /// The innermost suspended frame: resuming it continues the whole chain.
  std::coroutine_handle<> leaf;
  /// What the leaf yielded to the driver: a Future (blocking) or None (a bare
  /// yield, as in asyncio.sleep(0)); unbound while the chain runs.
  Object yielded;
  /// The record of `leaf`, made the running one when the driver resumes it (the records of
  /// the frames awaiting it are linked below it).
  FrameRecord* leaf_frame = nullptr;
  /// Exception the driver throws in at the leaf's suspension point
  /// (coroutine.throw, Task cancellation); unbound for a plain send.
  Object throw_in;
  /// Value the driver sends in (coroutine.send); None for Task steps.
  Object send_in;
  /// How many frames of the chain were running when it last yielded to the
  /// driver. CPython re-enters every one of them from the driver on each
  /// send, so they count this much on top of the driver's recursion depth.
  int chain_depth = 0;
};

/// An object that `await` can drive natively. `await_start` (which must not
/// throw) is called with
/// the awaiting frame and its drive state; it returns the frame to transfer to
/// (its own, or `caller` to continue at once, or std::noop_coroutine() after
/// yielding to the driver). `await_finish` runs when `caller` resumes and
/// returns the await's value or throws.
struct NativeAwaitable {
  /// Validates before the awaiting frame suspends, so errors such as
  /// "cannot reuse already awaited coroutine" are raised in that frame.
  virtual void await_prepare() {}
  virtual std::coroutine_handle<> await_start(std::coroutine_handle<> caller, DriveState* drive) = 0;
  virtual Object await_finish(DriveState* drive) = 0;
  /// A Task drives the async generator's asend/athrow objects directly in
  /// CPython (they count as coroutines), so a throw() that arrives before
  /// their first step goes into the generator. Awaitables that behave so
  /// record `exc` for their first step and return true.
  virtual bool throw_before_start(const Object& exc) {
    (void)exc;
    return false;
  }

 protected:
  ~NativeAwaitable() = default;
};

/// Frame memory for coroutine frames: size-class free lists, so a hot loop that
/// creates and finishes a coroutine per item does not reach malloc.
void* frame_allocate(std::size_t size);
void frame_free(void* p, std::size_t size) noexcept;

/// Base of every translated frame's promise: storage through the frame pool,
/// and the shared `continuation`/`drive` links.
struct FramePromiseBase {
  static void* operator new(std::size_t size) { return frame_allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept { frame_free(p, size); }

  /// The frame awaiting this one; resumed (symmetrically) when this one yields
  /// or finishes. Null when a driver resumed us directly.
  std::coroutine_handle<> continuation;
  DriveState* drive = nullptr;
  /// This frame's record (its code, line and level of the exceptions being handled), on top
  /// of its resumer's while it runs.
  FrameRecord record;

  /// The frame starts or resumes running on behalf of the code running now (its awaiter or
  /// driver): its record goes on top. Call right before transferring into it.
  void enter_record() noexcept {
    record.previous = detail::frame;
    detail::frame = &record;
  }
  /// The frame hands control back to the frame that awaited it: that one's record is on top again.
  void leave_record() noexcept { detail::frame = record.previous; }
};

/// Yields to the driver with `value` (None for a bare yield; a Future that is
/// blocking), leaving `caller` as the chain's leaf.
inline std::coroutine_handle<> yield_to_driver(std::coroutine_handle<> caller, DriveState* drive,
                                               Object value) {
  drive->yielded = std::move(value);
  drive->leaf = caller;
  drive->leaf_frame = detail::frame;  // the caller is the frame running now
  return std::noop_coroutine();
}

/// At a leaf resumption: raises what the driver threw in, if anything.
void rethrow_thrown_in(DriveState* drive);

/// The exception that `throw(typ[, val[, tb]])` (generators, coroutines) and
/// `athrow(...)` deliver, built as CPython's _gen_throw does: an instance is
/// used as is, a class is called with `val` (or nothing). TypeError
/// "exceptions must be classes or instances deriving from BaseException, not
/// X" for anything else.
Object exception_from_throw_args(const CallArgs& args);
/// The end of a Python-level send()/throw(): what the frame yielded, or
/// StopIteration(return value) raised when it finished.
Object yielded_or_stop(bool yielded, Object out);

}  // namespace pyrt
