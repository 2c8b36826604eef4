// asyncio.Queue, LifoQueue, PriorityQueue. Mirrors asyncio.queues in CPython
// 3.11; PriorityQueue keeps heapq's exact sift order so equal priorities
// come out as under CPython.
#include "pyrt/asyncio/queue.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

#include "internal.h"
#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/locks.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

QueueObject* self_queue(const Object& self) { return static_cast<QueueObject*>(self.heap()); }

// heapq._siftdown / _siftup / heappush / heappop over a deque.
void heap_siftdown(std::deque<Object>& heap, std::size_t startpos, std::size_t pos) {
  Object newitem = std::move(heap[pos]);
  while (pos > startpos) {
    std::size_t parentpos = (pos - 1) >> 1;
    if (compare_bool(CmpOp::Lt, newitem, heap[parentpos])) {
      heap[pos] = std::move(heap[parentpos]);
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = std::move(newitem);
}

void heap_siftup(std::deque<Object>& heap, std::size_t pos) {
  std::size_t endpos = heap.size();
  std::size_t startpos = pos;
  Object newitem = std::move(heap[pos]);
  std::size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    std::size_t rightpos = childpos + 1;
    if (rightpos < endpos && !compare_bool(CmpOp::Lt, heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = std::move(heap[childpos]);
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = std::move(newitem);
  heap_siftdown(heap, startpos, pos);
}

void erase_first(std::deque<Object>& waiters, const Object& w) {
  for (auto it = waiters.begin(); it != waiters.end(); ++it) {
    if (it->is(w)) {
      waiters.erase(it);
      return;
    }
  }
}

const CodeInfo kQueuePut{"put", "Queue.put", "asyncio/queues.py", 122};
const CodeInfo kQueueGet{"get", "Queue.get", "asyncio/queues.py", 151};
const CodeInfo kQueueJoin{"join", "Queue.join", "asyncio/queues.py", 204};

Coroutine queue_put(CodeRef, Object self, Object item) {
  QueueObject* q = self_queue(self);
  while (q->full()) {
    Object putter = q->get_loop()->create_future();
    q->putters.push_back(putter);
    Object err;
    try {
      co_await await_(putter);
    } catch (...) {
      err = exception_from_current();
    }
    if (!err.is_unbound()) {
      as_future(putter)->cancel(kNone);  // Just in case putter is not done yet.
      erase_first(q->putters, putter);
      if (!q->full() && !as_future(putter)->cancelled()) QueueObject::wakeup_next(q->putters);
      throw PyException{err};
    }
  }
  q->put_nowait(item);
  co_return kNone;
}

Coroutine queue_get(CodeRef, Object self) {
  QueueObject* q = self_queue(self);
  while (q->empty()) {
    Object getter = q->get_loop()->create_future();
    q->getters.push_back(getter);
    Object err;
    try {
      co_await await_(getter);
    } catch (...) {
      err = exception_from_current();
    }
    if (!err.is_unbound()) {
      as_future(getter)->cancel(kNone);  // Just in case getter is not done yet.
      erase_first(q->getters, getter);
      if (!q->empty() && !as_future(getter)->cancelled()) QueueObject::wakeup_next(q->getters);
      throw PyException{err};
    }
  }
  co_return q->get_nowait();
}

Coroutine queue_join(CodeRef, Object self) {
  QueueObject* q = self_queue(self);
  if (q->unfinished_tasks > 0) co_await await_(static_cast<EventObject*>(q->finished.heap())->wait());
  co_return kNone;
}

Object queue_put_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "put", 1, 1);
  return self_queue(self)->put(args.args[0]);
}

Object queue_get_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get", 0, 0);
  return self_queue(self)->get();
}

Object queue_put_nowait_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "put_nowait", 1, 1);
  self_queue(self)->put_nowait(args.args[0]);
  return kNone;
}

Object queue_get_nowait_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get_nowait", 0, 0);
  return self_queue(self)->get_nowait();
}

Object queue_qsize_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "qsize", 0, 0);
  return Object::from_int(self_queue(self)->qsize());
}

Object queue_empty_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "empty", 0, 0);
  return Object::from_bool(self_queue(self)->empty());
}

Object queue_full_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "full", 0, 0);
  return Object::from_bool(self_queue(self)->full());
}

Object queue_task_done_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "task_done", 0, 0);
  self_queue(self)->task_done();
  return kNone;
}

Object queue_join_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "join", 0, 0);
  return self_queue(self)->join();
}

QueueObject::Kind kind_of(TypeObject* type) {
  if (type == lifo_queue_type()) return QueueObject::Kind::Lifo;
  if (type == priority_queue_type()) return QueueObject::Kind::Priority;
  return QueueObject::Kind::Fifo;
}

// Queue(maxsize=0)
Object queue_new(TypeObject* type, const CallArgs& args) {
  Object slot[1];
  parse_args(args, type->name.c_str(), {"maxsize"}, 1, 0, slot);
  return make<QueueObject>(kind_of(type), slot[0].is_unbound() ? Object::from_int(0) : slot[0]);
}

void add_queue_methods(TypeObject* type) {
  add_method(type, "put", queue_put_method);
  add_method(type, "get", queue_get_method);
  add_method(type, "put_nowait", queue_put_nowait_method);
  add_method(type, "get_nowait", queue_get_nowait_method);
  add_method(type, "qsize", queue_qsize_method);
  add_method(type, "empty", queue_empty_method);
  add_method(type, "full", queue_full_method);
  add_method(type, "task_done", queue_task_done_method);
  add_method(type, "join", queue_join_method);
}

}  // namespace

TypeObject* queue_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Queue", nullptr, "asyncio.queues", queue_new);
    add_queue_methods(type);
    return type;
  }();
  return t;
}

TypeObject* lifo_queue_type() {
  static TypeObject* t = make_builtin_type("LifoQueue", queue_type(), "asyncio.queues", queue_new);
  return t;
}

TypeObject* priority_queue_type() {
  static TypeObject* t = make_builtin_type("PriorityQueue", queue_type(), "asyncio.queues", queue_new);
  return t;
}

QueueObject::QueueObject(Kind k, Object m)
    : HeapObject(k == Kind::Lifo ? lifo_queue_type() : k == Kind::Priority ? priority_queue_type() : queue_type()),
      kind(k),
      maxsize(std::move(m)),
      maxsize_int(maxsize.is_small_int() ? maxsize.as_int() : 0),
      finished(make<EventObject>()) {
  static_cast<EventObject*>(finished.heap())->set();
}

bool QueueObject::full() const {
  if (maxsize.is_small_int()) return maxsize_int > 0 && qsize() >= maxsize_int;
  if (compare_bool(CmpOp::Le, maxsize, Object::from_int(0))) return false;
  return compare_bool(CmpOp::Ge, Object::from_int(qsize()), maxsize);
}

void QueueObject::wakeup_next(std::deque<Object>& waiters) {
  while (!waiters.empty()) {
    Object waiter = std::move(waiters.front());
    waiters.pop_front();
    FutureObject* f = as_future(waiter);
    if (!f->done()) {
      f->set_result(kNone);
      break;
    }
  }
}

void QueueObject::put_nowait(const Object& item) {
  if (full()) raise(Object(exc::QueueFull));
  items.push_back(item);
  if (kind == Kind::Priority) heap_siftdown(items, 0, items.size() - 1);
  ++unfinished_tasks;
  static_cast<EventObject*>(finished.heap())->clear();
  wakeup_next(getters);
}

Object QueueObject::get_nowait() {
  if (empty()) raise(Object(exc::QueueEmpty));
  Object item;
  switch (kind) {
    case Kind::Fifo:
      item = std::move(items.front());
      items.pop_front();
      break;
    case Kind::Lifo:
      item = std::move(items.back());
      items.pop_back();
      break;
    case Kind::Priority: {
      Object last = std::move(items.back());
      items.pop_back();
      if (items.empty()) {
        item = std::move(last);
      } else {
        item = std::move(items.front());
        items.front() = std::move(last);
        heap_siftup(items, 0);
      }
      break;
    }
  }
  wakeup_next(putters);
  return item;
}

void QueueObject::task_done() {
  if (unfinished_tasks <= 0) raise_error(exc::ValueError, "task_done() called too many times");
  --unfinished_tasks;
  if (unfinished_tasks == 0) static_cast<EventObject*>(finished.heap())->set();
}

Object QueueObject::put(const Object& item) { return queue_put(&kQueuePut, Object(this), item); }
Object QueueObject::get() { return queue_get(&kQueueGet, Object(this)); }
Object QueueObject::join() { return queue_join(&kQueueJoin, Object(this)); }

EventLoop* QueueObject::get_loop() {
  EventLoop* running = running_loop();
  if (!loop) loop = Ref<EventLoop>(running);
  if (running != loop.get()) raise_error(exc::RuntimeError, repr_text(Object(this)) + " is bound to a different event loop");
  return running;
}

std::string QueueObject::format() const {
  std::string result = "maxsize=" + repr_text(maxsize);
  if (!items.empty()) {
    result += " _queue=" + repr_text(list_from_vector(std::vector<Object>(items.begin(), items.end())));
  }
  if (!getters.empty()) result += " _getters[" + std::to_string(getters.size()) + "]";
  if (!putters.empty()) result += " _putters[" + std::to_string(putters.size()) + "]";
  if (unfinished_tasks != 0) result += " tasks=" + std::to_string(unfinished_tasks);
  return result;
}

Object QueueObject::repr() {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%#lx", static_cast<unsigned long>(reinterpret_cast<std::uintptr_t>(this)));
  return str_from("<" + type->name + " at " + buf + " " + format() + ">");
}

Object QueueObject::str() { return str_from("<" + type->name + " " + format() + ">"); }

Object QueueObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  if (n == "maxsize" || n == "_maxsize") return maxsize;
  if (n == "_unfinished_tasks") return Object::from_int(unfinished_tasks);
  return HeapObject::getattr(name);
}

}  // namespace pyrt
