// asyncio.run and asyncio.Runner. Mirrors asyncio.runners (Runner,
// _cancel_all_tasks) in CPython 3.11, minus the SIGINT handler.
#pragma once

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One Runner (asyncio.runners.Runner). Owns its event loop between the
/// first use and close(); close() cancels the leftover tasks (gather(...,
/// return_exceptions=True) in creation order), shuts down async generators
/// and the (absent) default executor with one run_until_complete each, so
/// iteration counts match CPython's, and closes the loop. A Runner dropped
/// without close() leaves its loop open, as CPython's does.
struct RunnerObject final : HeapObject {
  /// `loop_factory` is None/unbound (new_event_loop(), installed with
  /// set_event_loop) or a callable returning an event loop.
  explicit RunnerObject(Object loop_factory);

  /// Mirrors Runner.run(coro): ValueError "a coroutine was expected, got
  /// ...", RuntimeError "Runner.run() cannot be called from a running event
  /// loop"; returns the coroutine's result or raises its exception.
  Object run(const Object& coro);
  /// Mirrors Runner.close(). Does nothing unless initialized.
  void close();
  /// Mirrors Runner.get_loop(): the loop, created on first use (_lazy_init).
  /// RuntimeError "Runner is closed".
  EventLoop* get_loop();

  enum class State { Created, Initialized, Closed };
  State state = State::Created;
  Object loop_factory;
  /// Whether _lazy_init installed the loop with set_event_loop, so close()
  /// uninstalls it (Runner._set_event_loop).
  bool installed_loop = false;
  Ref<EventLoop> loop;
};

/// The asyncio.Runner class.
TypeObject* runner_type();

/// asyncio.run(main): RuntimeError "asyncio.run() cannot be called from a
/// running event loop"; otherwise `with Runner() as runner: return
/// runner.run(main)`.
Object run(const Object& main);

}  // namespace pyrt
