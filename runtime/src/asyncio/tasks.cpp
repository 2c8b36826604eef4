// The functions of asyncio.tasks: sleep, ensure_future, gather (with
// _GatheringFuture), wait_for, wait, shield, as_completed. Mirrors CPython
// 3.11's tasks.py; coroutines there are C++20 coroutines here.
#include "pyrt/asyncio/tasks.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "pyrt/asyncio/future.h"
#include "internal.h"
#include "pyrt/asyncio/queue.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// ---- sleep ----------------------------------------------------------------------

// tasks.__sleep0 followed by `return result`: one bare yield, then the
// result. The instance for result None is shared and immortal.
struct Sleep0 final : HeapObject, NativeAwaitable {
  explicit Sleep0(Object r) : HeapObject(type()), result(std::move(r)) {}

  static TypeObject* type() {
    static TypeObject* t = make_builtin_type("coroutine", nullptr, "builtins");
    return t;
  }

  std::coroutine_handle<> await_start(std::coroutine_handle<> caller, DriveState* drive) override {
    return yield_to_driver(caller, drive, Object::none());
  }
  Object await_finish(DriveState* drive) override {
    rethrow_thrown_in(drive);
    return result;
  }
  NativeAwaitable* native_awaitable() override { return this; }
  Object repr() override { return str_from("<coroutine object sleep>"); }

  Object result;
};

const CodeInfo kSleep{"sleep", "sleep", "asyncio/tasks.py", 627};

Coroutine sleep_body(CodeRef, Object delay, Object result) {
  EventLoop* loop = get_running_loop();
  double seconds;
  if (!to_double(delay, seconds)) {
    raise_error(exc::TypeError, "'" + type_name_text(delay) + "' object cannot be interpreted as a number");
  }
  Ref<FutureObject> future = loop->create_future();
  Ref<TimerHandle> h = loop->call_later(seconds, set_result_unless_cancelled, future.obj(), result);
  // `finally: h.cancel()`: runs on return and when the await raises.
  struct CancelTimer {
    Ref<TimerHandle> h;
    ~CancelTimer() { h->cancel(); }
  } cancel_timer{h};
  co_return co_await await_(future.obj());
}

// ---- wrapping any awaitable in a coroutine --------------------------------------

const CodeInfo kWrapAwaitable{"_wrap_awaitable", "_wrap_awaitable", "asyncio/tasks.py", 676};

Coroutine wrap_body(CodeRef, Object awaitable) { co_return co_await await_(std::move(awaitable)); }

// ---- gather ---------------------------------------------------------------------

// tasks._GatheringFuture, which is also the closure state of gather's
// _done_callback (outer, children, nfuts, nfinished, return_exceptions).
struct GatheringFuture final : FutureObject {
  GatheringFuture() : FutureObject(type(), nullptr) {}

  static TypeObject* type() {
    static TypeObject* t = make_builtin_type("_GatheringFuture", future_type(), "asyncio.tasks");
    return t;
  }

  // Cancels every child; acts like Task.cancel (not marked cancelled now).
  bool cancel(const Object& msg) override {
    if (done()) return false;
    bool ret = false;
    for (const Object& child : children) {
      if (as_future(child)->cancel(msg)) ret = true;
    }
    // If any child was actually cancelled, propagate the cancellation
    // regardless of return_exceptions (issue 32684).
    if (ret) cancel_requested = true;
    return ret;
  }

  std::vector<Object> children;
  std::size_t nfuts = 0;
  std::size_t nfinished = 0;
  bool return_exceptions = false;
  bool cancel_requested = false;
  /// `outer` is bound (bpo-46672: callbacks may run before it is).
  bool outer_ready = false;
};

void gather_done_callback(const Object& outer_obj, const Object& fut_obj) {
  auto* outer = static_cast<GatheringFuture*>(outer_obj.heap());
  FutureObject* fut = as_future(fut_obj);
  ++outer->nfinished;
  if (!outer->outer_ready || outer->done()) {
    // Mark the exception retrieved.
    if (!fut->cancelled()) fut->exception();
    return;
  }
  if (!outer->return_exceptions) {
    if (fut->cancelled()) {
      // exception() would raise the CancelledError instead of returning it.
      outer->set_exception(fut->make_cancelled_error());
      return;
    }
    Object e = fut->exception();
    if (!e.is_none()) {
      outer->set_exception(e);
      return;
    }
  }
  if (outer->nfinished != outer->nfuts) return;
  std::vector<Object> results;
  results.reserve(outer->children.size());
  FutureObject* last = nullptr;
  for (const Object& child_obj : outer->children) {
    FutureObject* child = as_future(child_obj);
    last = child;
    if (child->cancelled()) {
      // Not _make_cancelled_error(): the result list holds a fresh one.
      Object msg = child->cancel_message.is_unbound() || child->cancel_message.is_none() ? str_from("")
                                                                                          : child->cancel_message;
      results.push_back(new_exception_args(exc::CancelledError, {msg}));
    } else {
      Object res = child->exception();
      if (res.is_none()) res = child->result();
      results.push_back(std::move(res));
    }
  }
  if (outer->cancel_requested) {
    // CPython uses the loop variable `fut`, i.e. the last child.
    outer->set_exception(last->make_cancelled_error());
  } else {
    outer->set_result(list_from_vector(std::move(results)));
  }
}

// ---- wait_for / wait / _cancel_and_wait -------------------------------------------

// tasks._release_waiter(waiter, *args) as a callback with a = waiter.
void release_waiter(const Object& waiter, const Object&) {
  FutureObject* w = as_future(waiter);
  if (!w->done()) w->set_result(kNone);
}

const CodeInfo kCancelAndWait{"_cancel_and_wait", "_cancel_and_wait", "asyncio/tasks.py", 509};

Coroutine cancel_and_wait(CodeRef, Object fut, EventLoop* loop) {
  Ref<FutureObject> waiter = loop->create_future();
  FutureObject* f = as_future(fut);
  f->add_done_callback(release_waiter, waiter.obj());
  struct RemoveCallback {
    FutureObject* f;
    Object waiter;
    ~RemoveCallback() { f->remove_done_callback(release_waiter, waiter); }
  } remove{f, waiter.obj()};
  f->cancel(kNone);
  // Not `await fut`, so that _cancel_and_wait itself stays cancellable.
  co_await await_(waiter.obj());
  co_return kNone;
}

double timeout_seconds(const Object& timeout) {
  double d;
  if (!to_double(timeout, d)) {
    raise_error(exc::TypeError, "'" + type_name_text(timeout) + "' object cannot be interpreted as a number");
  }
  return d;
}

// `raise exceptions.TimeoutError() from exc` inside `except CancelledError as exc`.
[[noreturn]] void raise_timeout_from(const Object& cancelled) {
  ExceptionScope scope(cancelled);
  raise_from(asyncio_detail::new_exception_no_args(exc::TimeoutError), cancelled);
}

const CodeInfo kWaitFor{"wait_for", "wait_for", "asyncio/tasks.py", 426};

Coroutine wait_for_body(CodeRef, Object fut, Object timeout) {
  EventLoop* loop = get_running_loop();
  if (timeout.is_none()) co_return co_await await_(fut);

  if (compare_bool(CmpOp::Le, timeout, Object::from_int(0))) {
    fut = ensure_future(fut, loop);
    FutureObject* f = as_future(fut);
    if (f->done()) co_return f->result();
    co_await await_(cancel_and_wait(&kCancelAndWait, fut, loop));
    Object cancelled;
    try {
      co_return f->result();
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::CancelledError)) throw;
      cancelled = e.value;
    }
    raise_timeout_from(cancelled);
  }

  Ref<FutureObject> waiter = loop->create_future();
  Ref<TimerHandle> timeout_handle = loop->call_later(timeout_seconds(timeout), release_waiter, waiter.obj(), Object());
  struct CancelTimer {
    Ref<TimerHandle> h;
    ~CancelTimer() { h->cancel(); }
  } cancel_timer{timeout_handle};

  fut = ensure_future(fut, loop);
  FutureObject* f = as_future(fut);
  f->add_done_callback(release_waiter, waiter.obj());

  // Wait until the future completes or the timeout.
  Object interrupted;
  try {
    co_await await_(waiter.obj());
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::CancelledError)) throw;
    interrupted = e.value;
  }
  if (!interrupted.is_unbound()) {
    if (f->done()) {
      // Still inside `except CancelledError:`, so an exception the future
      // holds gets the CancelledError as its __context__.
      ExceptionScope scope(interrupted);
      co_return f->result();
    }
    f->remove_done_callback(release_waiter, waiter.obj());
    // The task must not be running after wait_for() returns (bpo-32751).
    co_await await_(cancel_and_wait(&kCancelAndWait, fut, loop));
    throw PyException{interrupted};
  }

  if (f->done()) co_return f->result();
  f->remove_done_callback(release_waiter, waiter.obj());
  co_await await_(cancel_and_wait(&kCancelAndWait, fut, loop));
  // The cancellation may have failed with another exception (bpo-40607).
  Object cancelled;
  try {
    co_return f->result();
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::CancelledError)) throw;
    cancelled = e.value;
  }
  raise_timeout_from(cancelled);
}

// The closure of tasks._wait's _on_completion.
struct WaitState final : HeapObject {
  WaitState() : HeapObject(type()) {}
  static TypeObject* type() {
    static TypeObject* t = make_builtin_type("_wait_state", nullptr, "asyncio.tasks");
    return t;
  }
  std::size_t counter = 0;
  Object return_when;
  Ref<TimerHandle> timeout_handle;
  Ref<FutureObject> waiter;
};

void wait_on_completion(const Object& state_obj, const Object& f_obj) {
  auto* state = static_cast<WaitState*>(state_obj.heap());
  FutureObject* f = as_future(f_obj);
  --state->counter;
  bool wake = state->counter == 0 || equal(state->return_when, first_completed());
  if (!wake && equal(state->return_when, first_exception())) {
    wake = !f->cancelled() && !f->exception().is_none();
  }
  if (!wake) return;
  if (state->timeout_handle) state->timeout_handle->cancel();
  if (!state->waiter->done()) state->waiter->set_result(kNone);
}

const CodeInfo kWait{"wait", "wait", "asyncio/tasks.py", 392};

Coroutine wait_body(CodeRef, Object fs, Object timeout, Object return_when) {
  if (as_future(fs) != nullptr || is_coroutine(fs)) {
    raise_error(exc::TypeError, "expect a list of futures, not " + type_name_text(fs));
  }
  if (!truthy(fs)) raise_error(exc::ValueError, "Set of Tasks/Futures is empty.");
  if (!equal(return_when, first_completed()) && !equal(return_when, first_exception()) &&
      !equal(return_when, all_completed())) {
    raise_error(exc::ValueError, "Invalid return_when value: " + str_text(return_when));
  }
  // set(fs), kept in the order given (CPython's order follows addresses).
  std::vector<Object> futures;
  {
    Object it = iter(fs);
    Object x;
    while (next(it, x)) {
      bool seen = false;
      for (const Object& y : futures) seen = seen || y.is(x);
      if (!seen) futures.push_back(x);
    }
  }
  for (const Object& f : futures) {
    if (is_coroutine(f)) raise_error(exc::TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
  }
  EventLoop* loop = get_running_loop();

  Object state_obj = make<WaitState>();
  auto* state = static_cast<WaitState*>(state_obj.heap());
  state->waiter = loop->create_future();
  if (!timeout.is_none()) {
    state->timeout_handle = loop->call_later(timeout_seconds(timeout), release_waiter, state->waiter.obj(), Object());
  }
  state->counter = futures.size();
  state->return_when = return_when;
  for (const Object& f : futures) as_future(f)->add_done_callback(wait_on_completion, state_obj);
  {
    struct Cleanup {
      WaitState* state;
      const std::vector<Object>& futures;
      const Object& state_obj;
      ~Cleanup() {
        if (state->timeout_handle) state->timeout_handle->cancel();
        for (const Object& f : futures) as_future(f)->remove_done_callback(wait_on_completion, state_obj);
      }
    } cleanup{state, futures, state_obj};
    co_await await_(state->waiter.obj());
  }
  Object done = set_of({});
  Object pending = set_of({});
  for (const Object& f : futures) set_add(as_future(f)->done() ? done : pending, f);
  co_return tuple_of({done, pending});
}

// ---- shield -----------------------------------------------------------------------

// _inner_done_callback with a = outer, b = inner.
void shield_inner_done(const Object& outer_obj, const Object& inner_obj) {
  FutureObject* outer = as_future(outer_obj);
  FutureObject* inner = as_future(inner_obj);
  if (outer->cancelled()) {
    // Mark inner's result as retrieved.
    if (!inner->cancelled()) inner->exception();
    return;
  }
  if (inner->cancelled()) {
    outer->cancel(kNone);
  } else {
    Object e = inner->exception();
    if (!e.is_none()) {
      outer->set_exception(e);
    } else {
      outer->set_result(inner->result());
    }
  }
}

// _outer_done_callback with a = inner, b = outer.
void shield_outer_done(const Object& inner_obj, const Object& outer_obj) {
  FutureObject* inner = as_future(inner_obj);
  if (!inner->done()) inner->remove_done_callback(shield_inner_done, outer_obj);
}

// ---- as_completed -------------------------------------------------------------------

// The generator as_completed() and its closure (todo, done, timeout_handle).
struct AsCompleted final : HeapObject {
  AsCompleted(Object f, Object t) : HeapObject(type()), fs(std::move(f)), timeout(std::move(t)) {}
  static TypeObject* type() {
    static TypeObject* t = make_builtin_type("generator", nullptr, "builtins");
    return t;
  }
  Object iter() override { return Object(this); }
  bool next(Object& out) override;
  Object repr() override { return str_from("<generator object as_completed>"); }

  Object fs;
  Object timeout;
  bool started = false;
  std::size_t remaining = 0;
  std::vector<Object> todo;
  Object done;  // an asyncio.Queue
  Ref<TimerHandle> timeout_handle;
};

void as_completed_on_completion(const Object& state_obj, const Object& f) {
  auto* state = static_cast<AsCompleted*>(state_obj.heap());
  if (state->todo.empty()) return;  // _on_timeout() was here first.
  for (auto it = state->todo.begin(); it != state->todo.end(); ++it) {
    if (it->is(f)) {
      state->todo.erase(it);
      break;
    }
  }
  static_cast<QueueObject*>(state->done.heap())->put_nowait(f);
  if (state->todo.empty() && state->timeout_handle) state->timeout_handle->cancel();
}

void as_completed_on_timeout(const Object& state_obj, const Object&) {
  auto* state = static_cast<AsCompleted*>(state_obj.heap());
  for (const Object& f : state->todo) {
    as_future(f)->remove_done_callback(as_completed_on_completion, state_obj);
    // A dummy value for _wait_for_one().
    static_cast<QueueObject*>(state->done.heap())->put_nowait(kNone);
  }
  state->todo.clear();
}

const CodeInfo kWaitForOne{"_wait_for_one", "as_completed.<locals>._wait_for_one", "asyncio/tasks.py", 602};

Coroutine wait_for_one(CodeRef, Object state_obj) {
  auto* state = static_cast<AsCompleted*>(state_obj.heap());
  Object f = co_await await_(static_cast<QueueObject*>(state->done.heap())->get());
  if (f.is_none()) raise(Object(exc::TimeoutError));  // Dummy value from _on_timeout().
  co_return as_future(f)->result();
}

bool AsCompleted::next(Object& out) {
  if (!started) {
    started = true;
    if (as_future(fs) != nullptr || is_coroutine(fs)) {
      raise_error(exc::TypeError, "expect an iterable of futures, not " + type_name_text(fs));
    }
    done = make<QueueObject>(QueueObject::Kind::Fifo, Object::from_int(0));
    EventLoop* loop = get_event_loop();
    std::vector<Object> args;
    Object it = pyrt::iter(fs);
    Object x;
    while (pyrt::next(it, x)) {
      bool seen = false;
      for (const Object& y : args) seen = seen || y.is(x);
      if (!seen) args.push_back(x);
    }
    for (const Object& a : args) todo.push_back(ensure_future(a, loop));
    Object self(this);
    for (const Object& f : todo) as_future(f)->add_done_callback(as_completed_on_completion, self);
    if (!todo.empty() && !timeout.is_none()) {
      timeout_handle = loop->call_later(timeout_seconds(timeout), as_completed_on_timeout, self, Object());
    }
    remaining = todo.size();
  }
  if (remaining == 0) return false;
  --remaining;
  out = wait_for_one(&kWaitForOne, Object(this));
  return true;
}

}  // namespace

Object sleep(const Object& delay, const Object& result) {
  if (compare_bool(CmpOp::Le, delay, Object::from_int(0))) {
    if (result.is_none()) {
      static Object* shared = new Object(make<Sleep0>(kNone));
      return *shared;
    }
    return make<Sleep0>(result);
  }
  return sleep_body(&kSleep, delay, result);
}

Object wrap_awaitable(const Object& awaitable) {
  Object coro = wrap_body(&kWrapAwaitable, awaitable);
  // The wrapper's frame owns `awaitable`, so the pointer lives as long as it.
  if (awaitable.is_heap()) {
    static_cast<CoroutineObject*>(coro.heap())->forward_first_throw = awaitable.heap()->native_awaitable();
  }
  return coro;
}

Object ensure_future(const Object& x, EventLoop* loop) {
  if (FutureObject* f = as_future(x)) {
    if (loop != nullptr && loop != f->loop.get()) {
      raise_error(exc::ValueError,
                  "The future belongs to a different loop than the one specified as the loop argument");
    }
    return x;
  }
  Object coro = x;
  if (!is_coroutine(coro)) {
    if (!asyncio_detail::is_awaitable(coro)) {
      raise_error(exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    coro = wrap_awaitable(coro);
  }
  if (loop == nullptr) loop = get_event_loop();
  return loop->create_task(coro);
}

Object gather(const std::vector<Object>& aws, bool return_exceptions) {
  if (aws.empty()) {
    Ref<FutureObject> outer = get_event_loop()->create_future();
    outer->set_result(list_of({}));
    return outer.obj();
  }
  Object outer_obj = make<GatheringFuture>();
  auto* outer = static_cast<GatheringFuture*>(outer_obj.heap());
  outer->return_exceptions = return_exceptions;
  std::unordered_map<HeapObject*, Object> arg_to_fut;
  EventLoop* loop = nullptr;
  for (const Object& a : aws) {
    Object fut;
    auto found = a.is_heap() ? arg_to_fut.find(a.heap()) : arg_to_fut.end();
    if (found == arg_to_fut.end()) {
      fut = ensure_future(a, loop);
      FutureObject* f = as_future(fut);
      if (loop == nullptr) loop = f->loop.get();
      // A Future created for `a`, which the caller cannot control: no
      // "destroy pending task" warning.
      if (!fut.is(a)) {
        if (TaskObject* t = as_task(fut)) t->log_destroy_pending = false;
      }
      ++outer->nfuts;
      if (a.is_heap()) arg_to_fut.emplace(a.heap(), fut);
      f->add_done_callback(gather_done_callback, outer_obj);
    } else {
      // A duplicate: the same child again.
      fut = found->second;
    }
    outer->children.push_back(std::move(fut));
  }
  outer->loop = Ref<EventLoop>(loop);
  outer->outer_ready = true;
  return outer_obj;
}

Object wait_for(const Object& aw, const Object& timeout) { return wait_for_body(&kWaitFor, aw, timeout); }

Object wait(const Object& fs, const Object& timeout, const Object& return_when) {
  return wait_body(&kWait, fs, timeout, return_when);
}

Object shield(const Object& aw) {
  Object inner_obj = ensure_future(aw, nullptr);
  FutureObject* inner = as_future(inner_obj);
  if (inner->done()) return inner_obj;  // Shortcut.
  Ref<FutureObject> outer = inner->loop->create_future();
  inner->add_done_callback(shield_inner_done, outer.obj());
  outer->add_done_callback(shield_outer_done, inner_obj);
  return outer.obj();
}

Object as_completed(const Object& fs, const Object& timeout) { return make<AsCompleted>(fs, timeout); }

Object first_completed() {
  static Object* s = new Object(intern("FIRST_COMPLETED"));
  return *s;
}

Object first_exception() {
  static Object* s = new Object(intern("FIRST_EXCEPTION"));
  return *s;
}

Object all_completed() {
  static Object* s = new Object(intern("ALL_COMPLETED"));
  return *s;
}

}  // namespace pyrt
