// asyncio.Queue, LifoQueue and PriorityQueue. Mirrors asyncio.queues in
// CPython 3.11: put/get as coroutines waiting on futures in FIFO deques of
// waiters, _wakeup_next, task_done/join through an Event.
#pragma once

#include <cstdint>
#include <deque>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// One queue object; `kind` selects the storage discipline (_init/_put/_get).
/// Items and waiting futures are owned. The loop is bound on first need
/// (mixins._LoopBoundMixin): RuntimeError "<Queue ...> is bound to a
/// different event loop".
struct QueueObject final : HeapObject {
  enum class Kind : std::uint8_t { Fifo, Lifo, Priority };

  QueueObject(Kind kind, Object maxsize);

  std::int64_t qsize() const noexcept { return static_cast<std::int64_t>(items.size()); }
  bool empty() const noexcept { return items.empty(); }
  bool full() const;
  /// put_nowait / get_nowait: QueueFull / QueueEmpty.
  void put_nowait(const Object& item);
  Object get_nowait();
  /// ValueError "task_done() called too many times".
  void task_done();
  /// The coroutines put(item), get() and join().
  Object put(const Object& item);
  Object get();
  Object join();

  /// Wakes the first waiter that is not done (_wakeup_next).
  static void wakeup_next(std::deque<Object>& waiters);
  EventLoop* get_loop();

  Object repr() override;
  Object str() override;
  Object getattr(const Object& name) override;

  Kind kind;
  Object maxsize;
  std::int64_t maxsize_int;  ///< maxsize when it is an int (else 0)
  std::deque<Object> items;  ///< a deque (Fifo) or a list used as a heap (Priority)
  std::deque<Object> getters;
  std::deque<Object> putters;
  std::int64_t unfinished_tasks = 0;
  Object finished;  ///< an asyncio.Event
  Ref<EventLoop> loop;

  std::string format() const;
};

TypeObject* queue_type();
TypeObject* lifo_queue_type();
TypeObject* priority_queue_type();

}  // namespace pyrt
