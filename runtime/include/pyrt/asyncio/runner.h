// asyncio.run and the Runner behind it. Mirrors asyncio.runners (Runner,
// _cancel_all_tasks) in CPython 3.11, minus the SIGINT handler.
#pragma once

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// Owns one event loop for the duration of run() calls; close() cancels the
/// leftover tasks (gather(..., return_exceptions=True) in creation order),
/// shuts down async generators and the (absent) default executor with one
/// run_until_complete each, so iteration counts match CPython's, and closes
/// the loop.
class Runner {
 public:
  Runner() = default;
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  /// Mirrors Runner.run(coro): ValueError "a coroutine was expected, got
  /// ...", RuntimeError "Runner.run() cannot be called from a running event
  /// loop"; returns the coroutine's result or raises its exception.
  Object run(const Object& coro);
  /// Mirrors Runner.close(). Idempotent.
  void close();
  /// The loop, created on first use (_lazy_init).
  EventLoop* get_loop();

 private:
  enum class State { Created, Initialized, Closed };
  State state_ = State::Created;
  Ref<EventLoop> loop_;
};

/// asyncio.run(main): RuntimeError "asyncio.run() cannot be called from a
/// running event loop"; otherwise a Runner's run() then close().
Object run(const Object& main);

}  // namespace pyrt
