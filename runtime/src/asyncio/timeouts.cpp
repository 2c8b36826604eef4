// asyncio.Timeout, timeout() and timeout_at(). Mirrors asyncio/timeouts.py of
// CPython 3.11.2: the state machine, reschedule's call_soon/call_at choice and
// __aexit__'s uncancel() test before turning CancelledError into TimeoutError.
#include "pyrt/asyncio/timeouts.h"

#include <utility>

#include "pyrt/asyncio/event_loop.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/builtins.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

TimeoutObject* self_timeout(const Object& self) { return static_cast<TimeoutObject*>(self.heap()); }

// timeouts._State's values.
const char* state_value(TimeoutObject::State s) {
  switch (s) {
    case TimeoutObject::State::Created: return "created";
    case TimeoutObject::State::Entered: return "active";
    case TimeoutObject::State::Expiring: return "expiring";
    case TimeoutObject::State::Expired: return "expired";
    case TimeoutObject::State::Exited: return "finished";
  }
  return "created";
}

// CPython's `assert` statements in timeouts.py raise a bare AssertionError.
void check(bool condition) {
  if (!condition) raise(Object(exc::AssertionError));
}

double loop_time_of(const Object& when) {
  double d;
  if (!to_double(when, d)) {
    raise_error(exc::TypeError, "'" + type_name_text(when) + "' object cannot be interpreted as a number");
  }
  return d;
}

const CodeInfo kAenter{"__aenter__", "Timeout.__aenter__", "asyncio/timeouts.py", 72};
const CodeInfo kAexit{"__aexit__", "Timeout.__aexit__", "asyncio/timeouts.py", 80};

Coroutine timeout_aenter(CodeRef, Object self) {
  TimeoutObject* t = self_timeout(self);
  t->state = TimeoutObject::State::Entered;
  t->task = current_task();
  if (t->task.is_none()) raise_error(exc::RuntimeError, "Timeout should be used inside a task");
  t->reschedule(t->when);
  co_return self;
}

Coroutine timeout_aexit(CodeRef, Object self, Object exc_type, Object exc_val) {
  TimeoutObject* t = self_timeout(self);
  check(t->state == TimeoutObject::State::Entered || t->state == TimeoutObject::State::Expiring);
  if (t->handler) {
    t->handler->cancel();
    t->handler = Ref<Handle>();
  }
  if (t->state == TimeoutObject::State::Expiring) {
    t->state = TimeoutObject::State::Expired;
    // No other cancel request is outstanding, so the CancelledError is ours.
    if (as_task(t->task)->uncancel() == 0 && exc_type.is(Object(exc::CancelledError))) {
      // 3.11.2 raises it bare inside the handling of the CancelledError, so
      // it becomes the TimeoutError's __context__ (3.11.7 adds `from`).
      ExceptionScope scope(exc_val);
      raise(Object(exc::TimeoutError));
    }
  } else if (t->state == TimeoutObject::State::Entered) {
    t->state = TimeoutObject::State::Exited;
  }
  co_return kNone;
}

Object timeout_when_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "when", 0, 0);
  return self_timeout(self)->when;
}

Object timeout_reschedule_method(const Object& self, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "reschedule", {"when"}, 1, 1, slot);
  self_timeout(self)->reschedule(slot[0]);
  return kNone;
}

Object timeout_expired_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "expired", 0, 0);
  return Object::from_bool(self_timeout(self)->expired());
}

Object timeout_aenter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aenter__", 0, 0);
  return timeout_aenter(&kAenter, self);
}

Object timeout_aexit_method(const Object& self, const CallArgs& args) {
  Object slots[3];
  parse_args(args, "__aexit__", {"exc_type", "exc_val", "exc_tb"}, 3, 3, slots);
  return timeout_aexit(&kAexit, self, slots[0], slots[1]);
}

// Timeout(when)
Object timeout_new(TypeObject*, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "Timeout", {"when"}, 1, 1, slot);
  return make<TimeoutObject>(slot[0]);
}

}  // namespace

TypeObject* timeout_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Timeout", nullptr, "asyncio.timeouts", timeout_new);
    add_method(type, "when", timeout_when_method);
    add_method(type, "reschedule", timeout_reschedule_method);
    add_method(type, "expired", timeout_expired_method);
    add_method(type, "__aenter__", timeout_aenter_method);
    add_method(type, "__aexit__", timeout_aexit_method);
    return type;
  }();
  return t;
}

TimeoutObject::TimeoutObject(Object w) : HeapObject(timeout_type()), when(std::move(w)) {}

void TimeoutObject::reschedule(const Object& new_when) {
  check(state != State::Created);
  if (state != State::Entered) {
    raise_error(exc::RuntimeError, std::string("Cannot change state of ") + state_value(state) + " Timeout");
  }
  when = new_when;
  if (handler) handler->cancel();
  if (new_when.is_none()) {
    handler = Ref<Handle>();
    return;
  }
  EventLoop* loop = get_running_loop();
  if (compare_bool(CmpOp::Le, new_when, Object::from_float(loop->time()))) {
    handler = loop->call_soon_handle(timeout_on_timeout_callback, Object(this), Object());
  } else {
    handler = Ref<Handle>(loop->call_at(loop_time_of(new_when), timeout_on_timeout_callback, Object(this), Object()).get());
  }
}

void TimeoutObject::on_timeout() {
  check(state == State::Entered);
  as_task(task)->cancel(kNone);
  state = State::Expiring;
  // Drops the handle's reference to us early, as CPython does.
  handler = Ref<Handle>();
}

Object TimeoutObject::repr() {
  std::string info;
  if (state == State::Entered) {
    static const Object round_fn = builtin_lookup("round");
    Object shown = when.is_none() ? when : pyrt::call(round_fn, {when, Object::from_int(3)});
    info = " when=" + repr_text(shown);
  }
  return str_from(std::string("<Timeout [") + state_value(state) + "]" + info + ">");
}

void timeout_on_timeout_callback(const Object& timeout, const Object&) {
  static_cast<TimeoutObject*>(timeout.heap())->on_timeout();
}

Object timeout(const Object& delay) {
  EventLoop* loop = get_running_loop();
  if (delay.is_none()) return make<TimeoutObject>(kNone);
  return make<TimeoutObject>(add(Object::from_float(loop->time()), delay));
}

}  // namespace pyrt
