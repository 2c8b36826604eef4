// asyncio.Future. Mirrors the C accelerator of asyncio.futures.Future in
// CPython 3.11 (Modules/_asynciomodule.c): callback0 plus a list, the
// messages, __await__, repr and the "exception was never retrieved" report.
#include "pyrt/asyncio/future.h"

#include <string>
#include <utility>

#include "internal.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

std::uint64_t g_future_serial = 0;

FutureObject* self_future(const Object& self) { return static_cast<FutureObject*>(self.heap()); }

Object future_result_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "result", 0, 0);
  return self_future(self)->result();
}

Object future_exception_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "exception", 0, 0);
  return self_future(self)->exception();
}

Object future_set_result_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "set_result", 1, 1);
  self_future(self)->set_result(args.args[0]);
  return kNone;
}

Object future_set_exception_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "set_exception", 1, 1);
  self_future(self)->set_exception(args.args[0]);
  return kNone;
}

Object future_cancel_method(const Object& self, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "cancel", {"msg"}, 1, 0, slot);
  return Object::from_bool(self_future(self)->cancel(slot[0].is_unbound() ? kNone : slot[0]));
}

Object future_cancelled_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "cancelled", 0, 0);
  return Object::from_bool(self_future(self)->cancelled());
}

// Future.__await__ (and so collections.abc.Awaitable's __subclasshook__ answer, which looks
// for it in the class's __dict__). `await fut` never calls it: pyrt awaits a future natively.
// Called directly, CPython returns a _asyncio.FutureIter, which pyrt lacks: a loud error.
Object future_await_method(const Object&, const CallArgs& args) {
  check_nargs(args, "__await__", 0, 0);
  raise_error(exc::NotImplementedError, "calling Future.__await__() directly is not supported yet");
}

Object future_done_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "done", 0, 0);
  return Object::from_bool(self_future(self)->done());
}

Object future_add_done_callback_method(const Object& self, const CallArgs& args) {
  Object slots[2];
  parse_args(args, "add_done_callback", {"fn", "context"}, 1, 1, slots);
  self_future(self)->add_done_callback_python(slots[0]);
  return kNone;
}

Object future_remove_done_callback_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "remove_done_callback", 1, 1);
  return Object::from_int(static_cast<std::int64_t>(self_future(self)->remove_done_callback_python(args.args[0])));
}

Object future_get_loop_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "get_loop", 0, 0);
  return self_future(self)->loop.obj();
}

// Future(*, loop=None)
Object future_new(TypeObject* type, const CallArgs& args) {
  Object slot[1];
  parse_args(args, "Future", {"loop"}, 0, 0, slot);
  EventLoop* loop = slot[0].is_unbound() || slot[0].is_none() ? get_event_loop()
                                                               : static_cast<EventLoop*>(slot[0].heap());
  return make<FutureObject>(type, loop);
}

// The name format_helpers gives the runtime's own done callbacks.
const char* state_text(FutureObject::State s) {
  switch (s) {
    case FutureObject::State::Pending: return "pending";
    case FutureObject::State::Cancelled: return "cancelled";
    case FutureObject::State::Finished: return "finished";
  }
  return "pending";
}

}  // namespace

TypeObject* future_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("Future", nullptr, "_asyncio", future_new);
    type->instances_have_weakref = true;  // fut_weakreflist / task_weakreflist
    add_method(type, "result", future_result_method);
    add_method(type, "exception", future_exception_method);
    add_method(type, "set_result", future_set_result_method);
    add_method(type, "set_exception", future_set_exception_method);
    add_method(type, "cancel", future_cancel_method);
    add_method(type, "cancelled", future_cancelled_method);
    add_method(type, "done", future_done_method);
    add_method(type, "add_done_callback", future_add_done_callback_method);
    add_method(type, "remove_done_callback", future_remove_done_callback_method);
    add_method(type, "get_loop", future_get_loop_method);
    add_method(type, "__await__", future_await_method);
    return type;
  }();
  return t;
}

FutureObject* as_future(const Object& x) noexcept {
  if (!x.is_heap()) return nullptr;
  HeapObject* h = x.heap();
  if (!h->type->is_subtype(future_type())) return nullptr;
  return static_cast<FutureObject*>(h);
}

FutureObject::FutureObject(TypeObject* t, EventLoop* l) : HeapObject(t), loop(l), serial(++g_future_serial) {}

FutureObject::~FutureObject() = default;

Object FutureObject::make_cancelled_error() {
  if (!cancelled_exc.is_unbound()) return std::exchange(cancelled_exc, Object());
  if (cancel_message.is_unbound() || cancel_message.is_none()) {
    return asyncio_detail::new_exception_no_args(exc::CancelledError);
  }
  return new_exception_args(exc::CancelledError, {cancel_message});
}

Object FutureObject::result() {
  if (state == State::Cancelled) raise(make_cancelled_error());
  if (state != State::Finished) raise_error(exc::InvalidStateError, "Result is not set.");
  log_traceback = false;
  if (!exception_value.is_unbound()) raise(exception_value);
  return result_value;
}

Object FutureObject::exception() {
  if (state == State::Cancelled) raise(make_cancelled_error());
  if (state != State::Finished) raise_error(exc::InvalidStateError, "Exception is not set.");
  log_traceback = false;
  return exception_value.is_unbound() ? kNone : exception_value;
}

void FutureObject::set_result(Object value) {
  if (state != State::Pending) raise_error(exc::InvalidStateError, "invalid state");
  result_value = std::move(value);
  state = State::Finished;
  schedule_callbacks();
}

void FutureObject::set_exception(Object e) {
  if (state != State::Pending) raise_error(exc::InvalidStateError, "invalid state");
  if (is_type(e) &&
      static_cast<TypeObject*>(e.heap())->is_subtype(exc::BaseException)) {
    e = pyrt::call(e, {});
  }
  if (!isinstance(e, Object(exc::BaseException))) raise_error(exc::TypeError, "invalid exception object");
  if (e.heap()->type == exc::StopIteration) {
    raise_error(exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  exception_value = std::move(e);
  state = State::Finished;
  schedule_callbacks();
  log_traceback = true;
}

bool FutureObject::cancel(const Object& msg) {
  log_traceback = false;
  if (state != State::Pending) return false;
  state = State::Cancelled;
  cancel_message = msg;
  schedule_callbacks();
  return true;
}

void FutureObject::schedule_callbacks() {
  if (callback0.fn != nullptr) {
    Callback cb = std::exchange(callback0, Callback{nullptr, Object()});
    loop->call_soon(cb.fn, std::move(cb.arg), Object(this));
  }
  if (more.empty()) return;
  std::vector<Callback> callbacks = std::move(more);
  more.clear();
  for (Callback& cb : callbacks) loop->call_soon(cb.fn, std::move(cb.arg), Object(this));
}

void FutureObject::add_done_callback(CallbackFn fn, Object arg) {
  if (state != State::Pending) {
    loop->call_soon(fn, std::move(arg), Object(this));
  } else if (callback0.fn == nullptr && more.empty()) {
    callback0 = Callback{fn, std::move(arg)};
  } else {
    more.push_back(Callback{fn, std::move(arg)});
  }
}

void FutureObject::add_done_callback_python(const Object& fn) {
  add_done_callback(asyncio_detail::call_python_done_callback, fn);
}

std::size_t FutureObject::remove_done_callback(CallbackFn fn, const Object& arg) {
  std::size_t removed = 0;
  if (callback0.fn == fn && callback0.arg.is(arg)) {
    callback0 = Callback{nullptr, Object()};
    ++removed;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < more.size(); ++i) {
    if (more[i].fn == fn && more[i].arg.is(arg)) {
      ++removed;
    } else {
      if (kept != i) more[kept] = std::move(more[i]);
      ++kept;
    }
  }
  more.resize(kept);
  return removed;
}

std::size_t FutureObject::remove_done_callback_python(const Object& fn) {
  auto matches = [&](const Callback& cb) {
    return cb.fn == asyncio_detail::call_python_done_callback && equal(cb.arg, fn);
  };
  std::size_t removed = 0;
  if (callback0.fn != nullptr && matches(callback0)) {
    callback0 = Callback{nullptr, Object()};
    ++removed;
  }
  std::vector<Callback> kept;
  for (Callback& cb : more) {
    if (matches(cb)) {
      ++removed;
    } else {
      kept.push_back(std::move(cb));
    }
  }
  more = std::move(kept);
  return removed;
}

std::coroutine_handle<> FutureObject::await_start(std::coroutine_handle<> caller, DriveState* drive) {
  if (state != State::Pending) return caller;
  blocking = true;
  return yield_to_driver(caller, drive, Object(this));
}

Object FutureObject::await_finish(DriveState* drive) {
  rethrow_thrown_in(drive);
  if (state == State::Pending) raise_error(exc::RuntimeError, "await wasn't used with future");
  return result();
}

const char* FutureObject::class_name() const { return type->name.c_str(); }

std::vector<std::string> FutureObject::repr_info() {
  std::vector<std::string> info{state_text(state)};
  if (state == State::Finished) {
    if (!exception_value.is_unbound()) {
      info.push_back("exception=" + repr_text(exception_value));
    } else {
      info.push_back("result=" + asyncio_detail::short_repr(result_value));
    }
  }
  std::vector<const Callback*> cbs;
  if (callback0.fn != nullptr) cbs.push_back(&callback0);
  for (const Callback& cb : more) cbs.push_back(&cb);
  if (!cbs.empty()) {
    auto text = [&](const Callback* cb) { return asyncio_detail::callback_source(cb->fn, cb->arg, Object()); };
    std::string s;
    if (cbs.size() == 1) {
      s = text(cbs[0]);
    } else if (cbs.size() == 2) {
      s = text(cbs[0]) + ", " + text(cbs[1]);
    } else {
      s = text(cbs[0]) + ", <" + std::to_string(cbs.size() - 2) + " more>, " + text(cbs.back());
    }
    info.push_back("cb=[" + s + "]");
  }
  return info;
}

Object FutureObject::repr() {
  std::string s = "<" + std::string(class_name());
  for (const std::string& part : repr_info()) s += " " + part;
  return str_from(s + ">");
}

Object FutureObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  if (n == "_asyncio_future_blocking") return Object::from_bool(blocking);
  if (n == "_loop") return loop.obj();
  if (n == "_state") {
    return str_from(state == State::Pending ? "PENDING" : state == State::Cancelled ? "CANCELLED" : "FINISHED");
  }
  if (n == "_cancel_message") return cancel_message.is_unbound() ? kNone : cancel_message;
  return HeapObject::getattr(name);
}

std::int64_t FutureObject::hash() { return static_cast<std::int64_t>(serial); }

void FutureObject::dealloc() {
  if (log_traceback) {
    log_traceback = false;
    // Resurrect for the duration of the report (the context dict refers to
    // us), as CPython's PyObject_CallFinalizerFromDealloc does.
    ++refcnt;
    try {
      Object context = dict_of({{intern("message"), str_from(std::string(class_name()) +
                                                             " exception was never retrieved")},
                                {intern("exception"), exception_value},
                                {intern("future"), Object(this)}});
      loop->call_exception_handler(context);
    } catch (...) {
      // A finalizer cannot raise; CPython prints such errors as unraisable.
    }
    if (--refcnt != 0) return;
  }
  delete this;
}

void set_result_unless_cancelled(const Object& future, const Object& result) {
  FutureObject* f = as_future(future);
  if (f->cancelled()) return;
  f->set_result(result);
}

}  // namespace pyrt
