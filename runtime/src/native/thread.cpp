// The native module `_thread` for a program with one thread: what reprlib, functools and
// threading import from it. Mirrors Modules/_threadmodule.c for everything a single thread can
// observe: locks and reentrant locks with CPython's argument checks, errors and reprs. No
// second thread ever runs, so a lock this thread holds is never released by another:
// acquiring it again waits out its timeout and fails, or without a timeout waits forever, as
// CPython's single thread would.
#include <pthread.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>

#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/slot_wrappers.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// PY_TIMEOUT_MAX / 1e6 on 64-bit Linux: what acquire() accepts, and TIMEOUT_MAX.
constexpr double kTimeoutMax = 9223372036.0;

std::int64_t thread_ident() { return static_cast<std::int64_t>(pthread_self()); }

TypeObject* t_lock;
TypeObject* t_rlock;

// Waits as long as a blocked acquire would: `timeout` seconds, or for ever when negative.
[[noreturn]] void wait_forever() {
  for (;;) std::this_thread::sleep_for(std::chrono::hours(24));
}

// lock_acquire_parse_args: (blocking=True, timeout=-1) to the seconds to wait (-1: for ever,
// 0: not at all). ValueError "can't specify a timeout for a non-blocking call", "timeout value
// must be positive", OverflowError "timeout value is too large".
double acquire_timeout(const CallArgs& args, const char* fname) {
  Object a[2];
  parse_args(args, fname, {"blocking", "timeout"}, 2, 0, a);
  bool blocking = a[0].is_unbound() || truthy(a[0]);
  double timeout = -1.0;
  if (!a[1].is_unbound() && !to_double(a[1], timeout)) {
    raise_error(exc::TypeError, "must be real number, not " + type_name_text(a[1]));
  }
  if (!blocking && timeout != -1.0) raise_error(exc::ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1.0) raise_error(exc::ValueError, "timeout value must be positive");
  if (!blocking) return 0.0;
  if (timeout > kTimeoutMax) raise_error(exc::OverflowError, "timeout value is too large");
  return timeout;
}

// An acquire that cannot succeed: waits as CPython's one thread would, then fails.
Object blocked(double timeout) {
  if (timeout < 0) wait_forever();
  std::this_thread::sleep_for(std::chrono::duration<double>(timeout));
  return Object::from_bool(false);
}

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

struct Lock final : HeapObject {
  Lock() : HeapObject(t_lock) {}
  bool locked = false;
  Object repr() override {
    return str_from(std::string(locked ? "<locked" : "<unlocked") + " _thread.lock object at " + address(this) + ">");
  }
};

Lock* as_lock(const Object& self) { return static_cast<Lock*>(self.heap()); }

Object lock_acquire(const Object& self, const CallArgs& args) {
  double timeout = acquire_timeout(args, "acquire");
  Lock* l = as_lock(self);
  if (!l->locked) {
    l->locked = true;
    return Object::from_bool(true);
  }
  return blocked(timeout);
}

Object lock_release(const Object& self, const CallArgs&) {
  Lock* l = as_lock(self);
  if (!l->locked) raise_error(exc::RuntimeError, "release unlocked lock");
  l->locked = false;
  return Object::none();
}

Object lock_exit(const Object& self, const CallArgs& args) {
  lock_release(self, args);
  return Object::from_bool(false);
}

Object lock_locked(const Object& self, const CallArgs&) { return Object::from_bool(as_lock(self)->locked); }

struct RLock final : HeapObject {
  explicit RLock(TypeObject* t) : HeapObject(t) {}
  std::int64_t owner = 0;
  std::int64_t count = 0;
  Object repr() override {
    return str_from(std::string(count ? "<locked " : "<unlocked ") + type->message_name() + " object owner=" +
                    std::to_string(owner) + " count=" + std::to_string(count) + " at " + address(this) + ">");
  }
};

RLock* as_rlock(const Object& self) { return static_cast<RLock*>(self.heap()); }

Object rlock_acquire(const Object& self, const CallArgs& args) {
  double timeout = acquire_timeout(args, "acquire");
  RLock* r = as_rlock(self);
  std::int64_t me = thread_ident();
  if (r->count > 0 && r->owner != me) return blocked(timeout);
  r->owner = me;
  ++r->count;
  return Object::from_bool(true);
}

Object rlock_release(const Object& self, const CallArgs&) {
  RLock* r = as_rlock(self);
  if (r->count == 0 || r->owner != thread_ident()) raise_error(exc::RuntimeError, "cannot release un-acquired lock");
  if (--r->count == 0) r->owner = 0;
  return Object::none();
}

Object rlock_exit(const Object& self, const CallArgs& args) {
  rlock_release(self, args);
  return Object::from_bool(false);
}

Object rlock_is_owned(const Object& self, const CallArgs&) {
  RLock* r = as_rlock(self);
  return Object::from_bool(r->count > 0 && r->owner == thread_ident());
}

Object rlock_new(TypeObject* type, const CallArgs&) { return make<RLock>(type); }

Object allocate_lock(const CallArgs&) { return make<Lock>(); }
Object get_ident(const CallArgs&) { return Object::from_int(thread_ident()); }

// No second thread can run in a translated program: the error CPython gives when the system
// cannot create one.
Object start_new_thread(const CallArgs&) { raise_error(exc::RuntimeError, "can't start new thread"); }

}  // namespace

Object native::make_thread_module() {
  Object m = new_module("_thread");
  t_lock = make_builtin_type("lock", nullptr, "_thread");
  t_lock->tp_name = "_thread.lock";
  t_lock->is_final_in_cpython = true;
  static const NativeMethodDef lock_methods[] = {
      {"acquire", lock_acquire, kOwnArgs, 0},     {"acquire_lock", lock_acquire, kOwnArgs, 0},
      {"__enter__", lock_acquire, kOwnArgs, 0},   {"release", lock_release, 0, 0},
      {"release_lock", lock_release, 0, 0},       {"__exit__", lock_exit, 0, kAnyArgs},
      {"locked", lock_locked, 0, 0},              {"locked_lock", lock_locked, 0, 0},
  };
  add_methods(t_lock, lock_methods);
  t_rlock = make_builtin_type("RLock", nullptr, "_thread", rlock_new, true);
  t_rlock->tp_name = "_thread.RLock";
  static const NativeMethodDef rlock_methods[] = {
      {"acquire", rlock_acquire, kOwnArgs, 0}, {"__enter__", rlock_acquire, kOwnArgs, 0},
      {"release", rlock_release, 0, 0},        {"__exit__", rlock_exit, 0, kAnyArgs},
      {"_is_owned", rlock_is_owned, 0, 0},
  };
  add_methods(t_rlock, rlock_methods);
  static const NativeFunctionDef functions[] = {
      {"allocate_lock", allocate_lock, 0, 0},
      {"allocate", allocate_lock, 0, 0},
      {"get_ident", get_ident, 0, 0},
      {"get_native_id", get_ident, 0, 0},
      {"start_new_thread", start_new_thread, kOwnArgs, 0},
      {"start_new", start_new_thread, kOwnArgs, 0},
  };
  module_add_functions(m, functions);
  module_add(m, "LockType", Object(t_lock));
  module_add(m, "RLock", Object(t_rlock));
  module_add(m, "error", Object(exc::RuntimeError));
  module_add(m, "TIMEOUT_MAX", Object::from_float(kTimeoutMax));
  return m;
}

}  // namespace pyrt

void pystd_7_thread::register_module() { pyrt::register_module("_thread", pyrt::native::make_thread_module); }
