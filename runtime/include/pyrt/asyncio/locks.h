// asyncio.Event, Lock, Semaphore, BoundedSemaphore and Condition. Mirrors
// asyncio.locks in CPython 3.11 (3.11's Semaphore with _wake_up_next). The
// coroutine methods (acquire, wait, __aenter__, __aexit__) return coroutine
// objects; `async with` finds __aenter__/__aexit__ through getattr.
#pragma once

#include <cstdint>
#include <deque>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// Fields shared by the lock classes: waiters (futures) and the bound loop.
struct LockBase : HeapObject {
  explicit LockBase(TypeObject* type) : HeapObject(type) {}
  /// mixins._LoopBoundMixin._get_loop.
  EventLoop* get_loop();
  /// "<asyncio.locks.Lock object at 0x...>" with " [extra]" appended.
  Object repr_with(const std::string& extra);

  std::deque<Object> waiters;
  bool has_waiters = false;  ///< `self._waiters is not None` (Lock, Semaphore)
  Ref<EventLoop> loop;
};

/// asyncio.Event: wait() blocks until set().
struct EventObject final : LockBase {
  EventObject();
  bool is_set() const noexcept { return value; }
  void set();
  void clear() noexcept { value = false; }
  Object wait();
  Object repr() override;
  bool value = false;
};

/// asyncio.Lock: acquire()/release()/locked(), async with.
struct LockObject final : LockBase {
  LockObject();
  Object acquire();
  /// RuntimeError "Lock is not acquired."
  void release();
  void wake_up_first();
  Object repr() override;
  bool locked = false;
};

/// asyncio.Semaphore / BoundedSemaphore (`bound` >= 0 for the latter).
struct SemaphoreObject final : LockBase {
  SemaphoreObject(TypeObject* type, std::int64_t value, bool bounded);
  bool locked() const;
  Object acquire();
  /// BoundedSemaphore: ValueError "BoundedSemaphore released too many times".
  void release();
  void wake_up_next();
  Object repr() override;
  std::int64_t value;
  std::int64_t bound_value;
  bool bounded;
};

/// asyncio.Condition(lock=None): wait/wait_for/notify/notify_all over a Lock.
struct ConditionObject final : LockBase {
  explicit ConditionObject(Object lock);
  Object wait();
  Object wait_for(const Object& predicate);
  /// RuntimeError "cannot notify on un-acquired lock".
  void notify(std::int64_t n);
  Object repr() override;
  Object getattr(const Object& name) override;
  Object lock;  ///< the underlying asyncio.Lock
};

TypeObject* event_type();
TypeObject* lock_type();
TypeObject* semaphore_type();
TypeObject* bounded_semaphore_type();
TypeObject* condition_type();

}  // namespace pyrt
