// asyncio.Event, Lock, Semaphore, BoundedSemaphore, Condition. Mirrors
// asyncio.locks in CPython 3.11 (3.11's Semaphore with _wake_up_next, the
// _ContextManagerMixin's __aenter__/__aexit__).
#include "pyrt/asyncio/locks.h"

#include <cstdio>
#include <string>
#include <utility>

#include "internal.h"
#include "pyrt/asyncio/future.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/int.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

void erase_waiter(std::deque<Object>& waiters, const Object& w) {
  for (auto it = waiters.begin(); it != waiters.end(); ++it) {
    if (it->is(w)) {
      waiters.erase(it);
      return;
    }
  }
  raise_error(exc::ValueError, "deque.remove(x): x not in deque");
}

const CodeInfo kEventWait{"wait", "Event.wait", "asyncio/locks.py", 200};
const CodeInfo kLockAcquire{"acquire", "Lock.acquire", "asyncio/locks.py", 100};
const CodeInfo kSemaphoreAcquire{"acquire", "Semaphore.acquire", "asyncio/locks.py", 375};
const CodeInfo kConditionWait{"wait", "Condition.wait", "asyncio/locks.py", 251};
const CodeInfo kConditionWaitFor{"wait_for", "Condition.wait_for", "asyncio/locks.py", 290};
const CodeInfo kAenter{"__aenter__", "_ContextManagerMixin.__aenter__", "asyncio/locks.py", 13};
const CodeInfo kAexit{"__aexit__", "_ContextManagerMixin.__aexit__", "asyncio/locks.py", 19};

Coroutine event_wait(CodeRef, Object self) {
  auto* ev = static_cast<EventObject*>(self.heap());
  if (ev->value) co_return kTrue;
  Object fut = ev->get_loop()->create_future();
  ev->waiters.push_back(fut);
  Object err;
  try {
    co_await await_(fut);
  } catch (...) {
    err = exception_from_current();
  }
  erase_waiter(ev->waiters, fut);
  if (!err.is_unbound()) throw PyException{err};
  co_return kTrue;
}

Coroutine lock_acquire(CodeRef, Object self) {
  auto* lock = static_cast<LockObject*>(self.heap());
  bool all_cancelled = true;
  for (const Object& w : lock->waiters) all_cancelled = all_cancelled && as_future(w)->cancelled();
  if (!lock->locked && (!lock->has_waiters || all_cancelled)) {
    lock->locked = true;
    co_return kTrue;
  }
  lock->has_waiters = true;
  Object fut = lock->get_loop()->create_future();
  lock->waiters.push_back(fut);
  Object err;
  try {
    co_await await_(fut);
  } catch (...) {
    err = exception_from_current();
  }
  erase_waiter(lock->waiters, fut);
  if (!err.is_unbound()) {
    if (exception_is(err, exc::CancelledError) && !lock->locked) lock->wake_up_first();
    throw PyException{err};
  }
  lock->locked = true;
  co_return kTrue;
}

Coroutine semaphore_acquire(CodeRef, Object self) {
  auto* sem = static_cast<SemaphoreObject*>(self.heap());
  if (!sem->locked()) {
    --sem->value;
    co_return kTrue;
  }
  sem->has_waiters = true;
  Object fut = sem->get_loop()->create_future();
  sem->waiters.push_back(fut);
  Object err;
  try {
    co_await await_(fut);
  } catch (...) {
    err = exception_from_current();
  }
  erase_waiter(sem->waiters, fut);
  if (!err.is_unbound()) {
    if (exception_is(err, exc::CancelledError) && !as_future(fut)->cancelled()) {
      ++sem->value;
      sem->wake_up_next();
    }
    throw PyException{err};
  }
  if (sem->value > 0) sem->wake_up_next();
  co_return kTrue;
}

Coroutine condition_wait(CodeRef, Object self) {
  auto* cond = static_cast<ConditionObject*>(self.heap());
  static const Object locked_name = intern("locked");
  static const Object acquire_name = intern("acquire");
  static const Object release_name = intern("release");
  if (!truthy(call_method(cond->lock, locked_name, {}))) {
    raise_error(exc::RuntimeError, "cannot wait on un-acquired lock");
  }
  call_method(cond->lock, release_name, {});
  Object err;
  {
    Object fut = cond->get_loop()->create_future();
    cond->waiters.push_back(fut);
    try {
      co_await await_(fut);
    } catch (...) {
      err = exception_from_current();
    }
    erase_waiter(cond->waiters, fut);
  }
  // finally: reacquire even when cancelled, then re-raise the cancellation.
  bool cancelled = false;
  for (;;) {
    try {
      co_await await_(call_method(cond->lock, acquire_name, {}));
      break;
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::CancelledError)) throw;
      cancelled = true;
    }
  }
  if (cancelled) {
    ExceptionScope scope(err.is_unbound() ? Object() : err);
    raise(Object(exc::CancelledError));
  }
  if (!err.is_unbound()) throw PyException{err};
  co_return kTrue;
}

Coroutine condition_wait_for(CodeRef, Object self, Object predicate) {
  auto* cond = static_cast<ConditionObject*>(self.heap());
  Object result = call(predicate, {});
  while (!truthy(result)) {
    co_await await_(cond->wait());
    result = call(predicate, {});
  }
  co_return result;
}

Coroutine context_aenter(CodeRef, Object self) {
  static const Object acquire_name = intern("acquire");
  co_await await_(call_method(self, acquire_name, {}));
  co_return kNone;
}

Coroutine context_aexit(CodeRef, Object self) {
  static const Object release_name = intern("release");
  call_method(self, release_name, {});
  co_return kNone;
}

Object aenter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aenter__", 0, 0);
  return context_aenter(&kAenter, self);
}

Object aexit_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aexit__", 3, 3);
  return context_aexit(&kAexit, self);
}

void add_context_manager_methods(TypeObject* type) {
  add_method(type, "__aenter__", aenter_method);
  add_method(type, "__aexit__", aexit_method);
}

// ---- Event ----
Object event_is_set_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "is_set", 0, 0);
  return Object::from_bool(static_cast<EventObject*>(self.heap())->is_set());
}
Object event_set_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "set", 0, 0);
  static_cast<EventObject*>(self.heap())->set();
  return kNone;
}
Object event_clear_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "clear", 0, 0);
  static_cast<EventObject*>(self.heap())->clear();
  return kNone;
}
Object event_wait_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "wait", 0, 0);
  return static_cast<EventObject*>(self.heap())->wait();
}
Object event_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "Event", 0, 0);
  return make<EventObject>();
}

// ---- Lock ----
Object lock_locked_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "locked", 0, 0);
  return Object::from_bool(static_cast<LockObject*>(self.heap())->locked);
}
Object lock_acquire_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "acquire", 0, 0);
  return static_cast<LockObject*>(self.heap())->acquire();
}
Object lock_release_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "release", 0, 0);
  static_cast<LockObject*>(self.heap())->release();
  return kNone;
}
Object lock_new(TypeObject*, const CallArgs& args) {
  check_nargs(args, "Lock", 0, 0);
  return make<LockObject>();
}

// ---- Semaphore ----
Object semaphore_locked_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "locked", 0, 0);
  return Object::from_bool(static_cast<SemaphoreObject*>(self.heap())->locked());
}
Object semaphore_acquire_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "acquire", 0, 0);
  return static_cast<SemaphoreObject*>(self.heap())->acquire();
}
Object semaphore_release_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "release", 0, 0);
  static_cast<SemaphoreObject*>(self.heap())->release();
  return kNone;
}
Object semaphore_new(TypeObject* type, const CallArgs& args) {
  Object slot[1];
  parse_args(args, type->name.c_str(), {"value"}, 1, 0, slot);
  std::int64_t value = 1;
  if (!slot[0].is_unbound()) {
    if (compare_bool(CmpOp::Lt, slot[0], Object::from_int(0))) {
      raise_error(exc::ValueError, "Semaphore initial value must be >= 0");
    }
    if (!int_to_int64(slot[0], value)) raise_error(exc::TypeError, "Semaphore value must be an int");
  }
  return make<SemaphoreObject>(type, value, type == bounded_semaphore_type());
}

// ---- Condition ----
Object condition_wait_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "wait", 0, 0);
  return static_cast<ConditionObject*>(self.heap())->wait();
}
Object condition_wait_for_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "wait_for", 1, 1);
  return static_cast<ConditionObject*>(self.heap())->wait_for(args.args[0]);
}
Object condition_notify_method(const Object& self, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "notify", {"n"}, 1, 0, slot);
  std::int64_t n = 1;
  if (!slot[0].is_unbound() && !int_to_int64(slot[0], n)) raise_error(exc::TypeError, "n must be an int");
  static_cast<ConditionObject*>(self.heap())->notify(n);
  return kNone;
}
Object condition_notify_all_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "notify_all", 0, 0);
  auto* cond = static_cast<ConditionObject*>(self.heap());
  cond->notify(static_cast<std::int64_t>(cond->waiters.size()));
  return kNone;
}
Object condition_new(TypeObject*, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "Condition", {"lock"}, 1, 0, slot);
  Object lock = slot[0].is_unbound() || slot[0].is_none() ? make<LockObject>() : slot[0];
  return make<ConditionObject>(lock);
}

}  // namespace

TypeObject* event_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Event", nullptr, "asyncio.locks", event_new);
    add_method(type, "is_set", event_is_set_method);
    add_method(type, "set", event_set_method);
    add_method(type, "clear", event_clear_method);
    add_method(type, "wait", event_wait_method);
    return type;
  }();
  return t;
}

TypeObject* lock_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Lock", nullptr, "asyncio.locks", lock_new);
    add_method(type, "locked", lock_locked_method);
    add_method(type, "acquire", lock_acquire_method);
    add_method(type, "release", lock_release_method);
    add_context_manager_methods(type);
    return type;
  }();
  return t;
}

TypeObject* semaphore_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Semaphore", nullptr, "asyncio.locks", semaphore_new);
    add_method(type, "locked", semaphore_locked_method);
    add_method(type, "acquire", semaphore_acquire_method);
    add_method(type, "release", semaphore_release_method);
    add_context_manager_methods(type);
    return type;
  }();
  return t;
}

TypeObject* bounded_semaphore_type() {
  static TypeObject* t = make_builtin_type("BoundedSemaphore", semaphore_type(), "asyncio.locks", semaphore_new);
  return t;
}

TypeObject* condition_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Condition", nullptr, "asyncio.locks", condition_new);
    add_method(type, "wait", condition_wait_method);
    add_method(type, "wait_for", condition_wait_for_method);
    add_method(type, "notify", condition_notify_method);
    add_method(type, "notify_all", condition_notify_all_method);
    add_context_manager_methods(type);
    return type;
  }();
  return t;
}

EventLoop* LockBase::get_loop() {
  EventLoop* running = running_loop();
  if (!loop) loop = Ref<EventLoop>(running);
  if (running != loop.get()) raise_error(exc::RuntimeError, repr_text(Object(this)) + " is bound to a different event loop");
  return running;
}

Object LockBase::repr_with(const std::string& extra) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%#lx", static_cast<unsigned long>(reinterpret_cast<std::uintptr_t>(this)));
  std::string text = "<" + type->module + "." + type->name + " object at " + buf + " [" + extra;
  if (!waiters.empty()) text += ", waiters:" + std::to_string(waiters.size());
  return str_from(text + "]>");
}

EventObject::EventObject() : LockBase(event_type()) {}

void EventObject::set() {
  if (value) return;
  value = true;
  for (const Object& fut : waiters) {
    FutureObject* f = as_future(fut);
    if (!f->done()) f->set_result(kTrue);
  }
}

Object EventObject::wait() { return event_wait(&kEventWait, Object(this)); }
Object EventObject::repr() { return repr_with(value ? "set" : "unset"); }

LockObject::LockObject() : LockBase(lock_type()) {}

Object LockObject::acquire() { return lock_acquire(&kLockAcquire, Object(this)); }

void LockObject::release() {
  if (!locked) raise_error(exc::RuntimeError, "Lock is not acquired.");
  locked = false;
  wake_up_first();
}

void LockObject::wake_up_first() {
  if (waiters.empty()) return;
  FutureObject* f = as_future(waiters.front());
  if (!f->done()) f->set_result(kTrue);
}

Object LockObject::repr() { return repr_with(locked ? "locked" : "unlocked"); }

SemaphoreObject::SemaphoreObject(TypeObject* t, std::int64_t v, bool b)
    : LockBase(t), value(v), bound_value(v), bounded(b) {}

bool SemaphoreObject::locked() const {
  if (value == 0) return true;
  for (const Object& w : waiters) {
    if (!as_future(w)->cancelled()) return true;
  }
  return false;
}

Object SemaphoreObject::acquire() { return semaphore_acquire(&kSemaphoreAcquire, Object(this)); }

void SemaphoreObject::release() {
  if (bounded && value >= bound_value) raise_error(exc::ValueError, "BoundedSemaphore released too many times");
  ++value;
  wake_up_next();
}

void SemaphoreObject::wake_up_next() {
  for (const Object& fut : waiters) {
    FutureObject* f = as_future(fut);
    if (!f->done()) {
      --value;
      f->set_result(kTrue);
      return;
    }
  }
}

Object SemaphoreObject::repr() {
  return repr_with(locked() ? std::string("locked") : "unlocked, value:" + std::to_string(value));
}

ConditionObject::ConditionObject(Object l) : LockBase(condition_type()), lock(std::move(l)) {}

Object ConditionObject::wait() { return condition_wait(&kConditionWait, Object(this)); }

Object ConditionObject::wait_for(const Object& predicate) {
  return condition_wait_for(&kConditionWaitFor, Object(this), predicate);
}

void ConditionObject::notify(std::int64_t n) {
  static const Object locked_name = intern("locked");
  if (!pyrt::truthy(call_method(lock, locked_name, {}))) raise_error(exc::RuntimeError, "cannot notify on un-acquired lock");
  std::int64_t idx = 0;
  for (const Object& fut : waiters) {
    if (idx >= n) break;
    FutureObject* f = as_future(fut);
    if (!f->done()) {
      ++idx;
      f->set_result(kFalse);
    }
  }
}

Object ConditionObject::repr() {
  static const Object locked_name = intern("locked");
  return repr_with(pyrt::truthy(call_method(lock, locked_name, {})) ? "locked" : "unlocked");
}

Object ConditionObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  // Condition.__init__ binds these from the lock (self.acquire = lock.acquire).
  if (n == "locked" || n == "acquire" || n == "release") return pyrt::getattr(lock, name);
  return HeapObject::getattr(name);
}

}  // namespace pyrt
