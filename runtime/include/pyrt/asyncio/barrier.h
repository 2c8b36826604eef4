// asyncio.Barrier: a fixed number of tasks wait until all of them have
// arrived, then all go on. Mirrors asyncio.locks.Barrier in CPython 3.11
// (a Condition, the filling/draining/resetting/broken states).
#pragma once

#include <cstdint>

#include "pyrt/asyncio/locks.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One Barrier. Derives from LockBase for the loop binding and the
/// "<asyncio.locks.Barrier object at 0x... [extra]>" repr; its own waiters
/// list stays empty, as they wait on `cond`. The coroutine methods raise
/// BrokenBarrierError "Barrier aborted" (broken on arrival) and "Abort or
/// reset of barrier" (broken or reset while waiting).
struct BarrierObject final : LockBase {
  /// locks._BarrierState; the words are its values.
  enum class State : std::uint8_t { Filling, Draining, Resetting, Broken };

  /// `parties` was checked to be >= 1.
  explicit BarrierObject(Object parties);

  /// The coroutines wait(), reset() and abort().
  Object wait();
  Object reset();
  Object abort();
  /// The number of tasks waiting (Barrier.n_waiting): count while filling.
  std::int64_t n_waiting() const noexcept { return state == State::Filling ? count : 0; }
  /// Mirrors Barrier._exit: the last task out wakes those blocked while it
  /// drained or reset.
  void exit();
  /// Condition.notify_all() on `cond`.
  void notify_all();

  Object repr() override;
  Object getattr(const Object& name) override;

  Object cond;  ///< an asyncio.Condition over its own Lock
  Object parties;
  State state = State::Filling;
  std::int64_t count = 0;
};

/// The asyncio.Barrier class.
TypeObject* barrier_type();

}  // namespace pyrt
