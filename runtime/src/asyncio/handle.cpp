// Handle and TimerHandle. Mirrors asyncio.events.Handle/TimerHandle (cancel,
// _run's error reporting, reprs) and format_helpers' callback text.
#include "pyrt/asyncio/handle.h"

#include <string>
#include <utility>

#include "pyrt/asyncio/event_loop.h"
#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

Object handle_cancel_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "cancel", 0, 0);
  static_cast<Handle*>(self.heap())->cancel();
  return kNone;
}

Object handle_cancelled_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "cancelled", 0, 0);
  return Object::from_bool(static_cast<Handle*>(self.heap())->cancelled);
}

Object timer_when_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "when", 0, 0);
  auto* timer = static_cast<TimerHandle*>(self.heap());
  return timer->when_given.is_unbound() ? Object::from_float(timer->when) : timer->when_given;
}

TypeObject* handle_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Handle", nullptr, "asyncio.events");
    add_method(type, "cancel", handle_cancel_method);
    add_method(type, "cancelled", handle_cancelled_method);
    return type;
  }();
  return t;
}

TypeObject* timer_handle_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("TimerHandle", handle_type(), "asyncio.events");
    add_method(type, "when", timer_when_method);
    return type;
  }();
  return t;
}

}  // namespace

Handle::Handle(TypeObject* type, EventLoop* l, CallbackFn f, Object x, Object y)
    : HeapObject(type), loop(l), fn(f), a(std::move(x)), b(std::move(y)) {}

void Handle::cancel() {
  if (cancelled) return;
  cancelled = true;
  // CPython drops the callback and its arguments here, which can free them
  // (and run their finalizers) before the loop would have run the handle.
  fn = nullptr;
  Object old_a = std::exchange(a, Object());
  Object old_b = std::exchange(b, Object());
}

void Handle::run() {
  try {
    fn(a, b);
  } catch (...) {
    Object e = exception_from_current();
    if (exception_is(e, exc::SystemExit) || exception_is(e, exc::KeyboardInterrupt)) throw;
    Object context = dict_of({{intern("message"), str_from("Exception in callback " + callback_text())},
                              {intern("exception"), e},
                              {intern("handle"), Object(this)}});
    loop->call_exception_handler(context);
  }
}

std::string Handle::callback_text() const {
  if (fn == nullptr) return "";
  return asyncio_detail::callback_source(fn, a, b);
}

Object Handle::repr() {
  std::string s = "<" + std::string(type->name);
  if (cancelled) s += " cancelled";
  if (fn != nullptr) s += " " + callback_text();
  return str_from(s + ">");
}

Ref<Handle> make_handle(EventLoop* loop, CallbackFn fn, Object a, Object b) {
  return make_ref<Handle>(handle_type(), loop, fn, std::move(a), std::move(b));
}

TimerHandle::TimerHandle(EventLoop* l, double w, std::uint64_t s, CallbackFn f, Object x, Object y)
    : Handle(timer_handle_type(), l, f, std::move(x), std::move(y)), when(w), seq(s) {}

void TimerHandle::cancel() {
  if (!cancelled) loop->timer_handle_cancelled(this);
  Handle::cancel();
}

Object TimerHandle::repr() {
  std::string s = "<TimerHandle";
  if (cancelled) s += " cancelled";
  s += " when=" + (when_given.is_unbound() ? float_repr_text(when) : repr_text(when_given));
  if (fn != nullptr) s += " " + callback_text();
  return str_from(s + ">");
}

namespace {

// Equality of two callback arguments, either of which may be unbound (no
// arguments, CPython's empty tuple).
bool same_argument(const Object& x, const Object& y) {
  if (x.is_unbound() || y.is_unbound()) return x.is_unbound() && y.is_unbound();
  return equal(x, y);
}

}  // namespace

Object TimerHandle::richcompare(const Object& other, CmpOp op) {
  if (!other.is_heap() || other.heap()->type != timer_handle_type()) return Object();
  auto* o = static_cast<TimerHandle*>(other.heap());
  auto same = [&] {
    return when == o->when && fn == o->fn && same_argument(a, o->a) && same_argument(b, o->b) &&
           cancelled == o->cancelled;
  };
  switch (op) {
    case CmpOp::Lt: return Object::from_bool(when < o->when);
    case CmpOp::Le: return Object::from_bool(when < o->when || same());
    case CmpOp::Gt: return Object::from_bool(when > o->when);
    case CmpOp::Ge: return Object::from_bool(when > o->when || same());
    case CmpOp::Eq: return Object::from_bool(same());
    case CmpOp::Ne: return Object::from_bool(!same());
  }
  return Object();
}

std::int64_t TimerHandle::hash() { return float_hash(when); }

void call_python_callback(const Object& a, const Object& b) {
  if (b.is_unbound()) {
    call(a, {});
    return;
  }
  const std::vector<Object>& items = tuple_items(b);
  CallArgs args{items.data(), items.size(), 0, nullptr};
  call_args(a, args);
}

}  // namespace pyrt
