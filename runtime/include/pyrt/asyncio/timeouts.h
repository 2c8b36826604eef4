// asyncio.Timeout, asyncio.timeout and asyncio.timeout_at: a deadline for the
// block of an `async with`, reached by cancelling the task and turning its
// CancelledError into TimeoutError. Mirrors asyncio/timeouts.py of Debian's
// CPython 3.11.2, which the project's sys.version names.
#pragma once

#include <cstdint>

#include "pyrt/asyncio/handle.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One Timeout (asyncio.timeouts.Timeout). Owns the scheduled handle of its
/// _on_timeout callback (which holds the Timeout back) and the task it
/// entered in. Methods raise CPython's RuntimeErrors ("Timeout should be used
/// inside a task", "Cannot change state of finished Timeout").
struct TimeoutObject final : HeapObject {
  /// timeouts._State; the words are its values, as repr() prints them.
  enum class State : std::uint8_t { Created, Entered, Expiring, Expired, Exited };

  /// `when` is a loop time (int or float) or None.
  explicit TimeoutObject(Object when);

  /// Mirrors Timeout.reschedule(when): cancels the pending callback and
  /// schedules _on_timeout at `when` (call_soon when it has passed), or none
  /// for None. AssertionError before __aenter__ (3.11.2's assert),
  /// RuntimeError "Cannot change state of <state> Timeout" after expiry/exit.
  void reschedule(const Object& when);
  /// Mirrors Timeout.expired(): the deadline was reached while entered.
  bool expired() const noexcept { return state == State::Expiring || state == State::Expired; }
  /// Mirrors Timeout._on_timeout: cancels the task, state EXPIRING.
  void on_timeout();

  /// "<Timeout [active] when=12.345>" (when rounded to 3 digits while entered).
  Object repr() override;

  State state = State::Created;
  Object when;
  Ref<Handle> handler;  ///< _timeout_handler, null when none is scheduled
  Object task;          ///< _task, unbound before __aenter__
};

/// The asyncio.Timeout class.
TypeObject* timeout_type();

/// asyncio.timeout(delay): a Timeout at loop.time() + delay (None: never).
/// RuntimeError "no running event loop" outside a loop.
Object timeout(const Object& delay);

/// The callback loop handles run for a Timeout (a = the Timeout); named so
/// the handle's repr reads "Timeout._on_timeout()".
void timeout_on_timeout_callback(const Object& timeout, const Object& unused);

}  // namespace pyrt
