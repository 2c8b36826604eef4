// asyncio.Barrier. Mirrors asyncio.locks.Barrier in CPython 3.11: every
// coroutine method runs under `async with self._cond`, and wait()'s helpers
// (_block, _release, _wait, _exit) keep their order of checks and wake-ups.
#include "pyrt/asyncio/barrier.h"

#include <string>
#include <utility>

#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

BarrierObject* self_barrier(const Object& self) { return static_cast<BarrierObject*>(self.heap()); }

ConditionObject* cond_of(BarrierObject* b) { return static_cast<ConditionObject*>(b->cond.heap()); }

LockObject* lock_of(BarrierObject* b) { return static_cast<LockObject*>(cond_of(b)->lock.heap()); }

// locks._BarrierState's values.
const char* state_value(BarrierObject::State s) {
  switch (s) {
    case BarrierObject::State::Filling: return "filling";
    case BarrierObject::State::Draining: return "draining";
    case BarrierObject::State::Resetting: return "resetting";
    case BarrierObject::State::Broken: return "broken";
  }
  return "filling";
}

const CodeInfo kWait{"wait", "Barrier.wait", "asyncio/locks.py", 481};
const CodeInfo kReset{"reset", "Barrier.reset", "asyncio/locks.py", 547};
const CodeInfo kAbort{"abort", "Barrier.abort", "asyncio/locks.py", 562};
const CodeInfo kAenter{"__aenter__", "Barrier.__aenter__", "asyncio/locks.py", 473};
const CodeInfo kAexit{"__aexit__", "Barrier.__aexit__", "asyncio/locks.py", 478};

// The body of wait() between `async with self._cond:` and its exit.
Coroutine barrier_wait(CodeRef, Object self) {
  BarrierObject* b = self_barrier(self);
  co_await await_(lock_of(b)->acquire());
  Object err;
  std::int64_t index = 0;
  try {
    // _block: wait while the barrier drains or resets, then refuse a broken one.
    while (b->state == BarrierObject::State::Draining || b->state == BarrierObject::State::Resetting) {
      co_await await_(cond_of(b)->wait());
    }
    if (b->state == BarrierObject::State::Broken) raise_error(exc::BrokenBarrierError, "Barrier aborted");
    index = b->count++;
    Object inner_err;
    try {
      if (equal(Object::from_int(index + 1), b->parties)) {
        // _release: the last party lets everyone through.
        b->state = BarrierObject::State::Draining;
        b->notify_all();
      } else {
        // _wait: until filling ends, then refuse an abort or a reset.
        while (b->state == BarrierObject::State::Filling) co_await await_(cond_of(b)->wait());
        if (b->state == BarrierObject::State::Broken || b->state == BarrierObject::State::Resetting) {
          raise_error(exc::BrokenBarrierError, "Abort or reset of barrier");
        }
      }
    } catch (...) {
      inner_err = exception_from_current();
    }
    // finally:
    --b->count;
    b->exit();
    if (!inner_err.is_unbound()) throw PyException{inner_err};
  } catch (...) {
    err = exception_from_current();
  }
  lock_of(b)->release();
  if (!err.is_unbound()) throw PyException{err};
  co_return Object::from_int(index);
}

// `async with self._cond:` around reset()'s or abort()'s state change, which
// cannot raise: the lock is held when they notify.
Coroutine barrier_locked_change(CodeRef, Object self, void (*change)(BarrierObject*)) {
  BarrierObject* b = self_barrier(self);
  co_await await_(lock_of(b)->acquire());
  change(b);
  lock_of(b)->release();
  co_return kNone;
}

// Barrier.reset: waiters get BrokenBarrierError; an empty barrier refills.
void reset_change(BarrierObject* b) {
  if (b->count > 0) {
    b->state = BarrierObject::State::Resetting;
  } else {
    b->state = BarrierObject::State::Filling;
  }
  b->notify_all();
}

// Barrier.abort: broken for waiters and later arrivals alike.
void abort_change(BarrierObject* b) {
  b->state = BarrierObject::State::Broken;
  b->notify_all();
}

Coroutine barrier_aenter(CodeRef, Object self) { co_return co_await await_(self_barrier(self)->wait()); }

Coroutine barrier_aexit(CodeRef) { co_return kNone; }

Object barrier_wait_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "wait", 0, 0);
  return self_barrier(self)->wait();
}

Object barrier_reset_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "reset", 0, 0);
  return self_barrier(self)->reset();
}

Object barrier_abort_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "abort", 0, 0);
  return self_barrier(self)->abort();
}

Object barrier_aenter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aenter__", 0, 0);
  return barrier_aenter(&kAenter, self);
}

// __aexit__(self, *args)
Object barrier_aexit_method(const Object&, const CallArgs& args) {
  check_no_kwargs(args, "__aexit__");
  return barrier_aexit(&kAexit);
}

// Barrier(parties)
Object barrier_new(TypeObject*, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "Barrier", {"parties"}, 1, 1, slot);
  if (compare_bool(CmpOp::Lt, slot[0], Object::from_int(1))) raise_error(exc::ValueError, "parties must be > 0");
  return make<BarrierObject>(slot[0]);
}

}  // namespace

TypeObject* barrier_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Barrier", nullptr, "asyncio.locks", barrier_new);
    add_method(type, "wait", barrier_wait_method);
    add_method(type, "reset", barrier_reset_method);
    add_method(type, "abort", barrier_abort_method);
    add_method(type, "__aenter__", barrier_aenter_method);
    add_method(type, "__aexit__", barrier_aexit_method);
    return type;
  }();
  return t;
}

BarrierObject::BarrierObject(Object p)
    : LockBase(barrier_type()), cond(make<ConditionObject>(make<LockObject>())), parties(std::move(p)) {}

Object BarrierObject::wait() { return barrier_wait(&kWait, Object(this)); }

Object BarrierObject::reset() { return barrier_locked_change(&kReset, Object(this), reset_change); }

Object BarrierObject::abort() { return barrier_locked_change(&kAbort, Object(this), abort_change); }

void BarrierObject::exit() {
  if (count != 0) return;
  if (state == State::Resetting || state == State::Draining) state = State::Filling;
  notify_all();
}

void BarrierObject::notify_all() {
  ConditionObject* c = cond_of(this);
  c->notify(static_cast<std::int64_t>(c->waiters.size()));
}

Object BarrierObject::repr() {
  std::string extra = state_value(state);
  if (state != State::Broken) extra += ", waiters:" + std::to_string(n_waiting()) + "/" + str_text(parties);
  return repr_with(extra);
}

Object BarrierObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  if (n == "parties") return parties;
  if (n == "n_waiting") return Object::from_int(n_waiting());
  if (n == "broken") return Object::from_bool(state == State::Broken);
  return LockBase::getattr(name);
}

}  // namespace pyrt
