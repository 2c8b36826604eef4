// The event loop. Mirrors asyncio.base_events.BaseEventLoop in CPython 3.11:
// _run_once (timer cleanup, timeout, due timers, the ntodo snapshot),
// run_forever, run_until_complete, the asyncgen hooks, exception handling.
#include "pyrt/asyncio/event_loop.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>
#include <utility>

#include "pyrt/asyncio/future.h"
#include "internal.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/asyncio/tasks.h"
#include "pyrt/coro/async_generator.h"
#include "pyrt/coro/coroutine.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/float.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// base_events._MIN_SCHEDULED_TIMER_HANDLES / _MIN_CANCELLED_TIMER_HANDLES_FRACTION.
constexpr std::size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
// base_events.MAXIMUM_SELECT_TIMEOUT (24 hours).
constexpr double kMaximumSelectTimeout = 24 * 3600;
// time.get_clock_info('monotonic').resolution on Linux.
constexpr double kClockResolution = 1e-9;

EventLoop* g_running_loop = nullptr;
// The policy's loop (BaseDefaultEventLoopPolicy._local).
EventLoop* g_policy_loop = nullptr;
bool g_policy_set_called = false;

// Timer heap order: the earliest deadline on top, ties in scheduling order.
bool timer_after(const Ref<TimerHandle>& x, const Ref<TimerHandle>& y) {
  if (x->when != y->when) return x->when > y->when;
  return x->seq > y->seq;
}

EventLoop* as_loop(const Object& self) { return static_cast<EventLoop*>(self.heap()); }

// _run_until_complete_cb(fut): stop the future's loop unless the future
// carries SystemExit/KeyboardInterrupt (issue #22429).
void run_until_complete_cb(const Object&, const Object& future) {
  FutureObject* f = as_future(future);
  if (!f->cancelled()) {
    Object e = f->exception();
    if (exception_is(e, exc::SystemExit) || exception_is(e, exc::KeyboardInterrupt)) return;
  }
  f->loop->stop();
}

// The call_soon_threadsafe(self.create_task, agen.aclose()) callback.
void create_task_callback(const Object& loop, const Object& awaitable) { as_loop(loop)->create_task(awaitable); }

const CodeInfo kShutdownAsyncgens{"shutdown_asyncgens", "BaseEventLoop.shutdown_asyncgens",
                                  "asyncio/base_events.py", 539};
const CodeInfo kShutdownDefaultExecutor{"shutdown_default_executor", "BaseEventLoop.shutdown_default_executor",
                                        "asyncio/base_events.py", 564};

}  // namespace

// Private state the loop's coroutines read.
struct EventLoopAccess {
  static std::vector<Object> take_asyncgens(EventLoop* loop) {
    std::vector<Object> closing;
    closing.reserve(loop->asyncgens_.size());
    for (AsyncGenObject* g : loop->asyncgens_) closing.push_back(Object(g));
    loop->asyncgens_.clear();
    return closing;
  }
};

namespace {

Coroutine shutdown_asyncgens_body(CodeRef, Object loop_obj) {
  EventLoop* loop = as_loop(loop_obj);
  std::vector<Object> closing = EventLoopAccess::take_asyncgens(loop);
  if (closing.empty()) co_return kNone;
  std::vector<Object> acloses;
  acloses.reserve(closing.size());
  for (const Object& agen : closing) {
    acloses.push_back(make_agen_awaitable(static_cast<AsyncGenObject*>(agen.heap()), AgenOp::AClose, Object()));
  }
  Object results = co_await await_(gather(acloses, true));
  const std::vector<Object>& items = list_items(results);
  for (std::size_t i = 0; i < items.size() && i < closing.size(); ++i) {
    if (!isinstance(items[i], Object(exc::Exception))) continue;
    loop->call_exception_handler(dict_of(
        {{intern("message"),
          str_from("an error occurred during closing of asynchronous generator " + repr_text(closing[i]))},
         {intern("exception"), items[i]},
         {intern("asyncgen"), closing[i]}}));
  }
  co_return kNone;
}

Coroutine shutdown_default_executor_body(CodeRef) { co_return kNone; }

// ---- Python-visible methods ---------------------------------------------------

Object loop_time(const Object& self, const CallArgs& args) {
  check_nargs(args, "time", 0, 0);
  return Object::from_float(as_loop(self)->time());
}

// Splits `callback, *args` of call_soon/call_later/call_at (from index
// `first`) into the callable and a tuple of its arguments.
void callback_and_args(const CallArgs& args, std::size_t first, const char* name, Object& fn, Object& rest) {
  if (args.npos <= first) {
    raise_error(exc::TypeError, std::string(name) + "() missing 1 required positional argument: 'callback'");
  }
  fn = args.args[first];
  std::vector<Object> items(args.args + first + 1, args.args + args.npos);
  rest = items.empty() ? Object() : tuple_from_vector(std::move(items));
}

Object loop_call_soon(const Object& self, const CallArgs& args) {
  Object fn, rest;
  callback_and_args(args, 0, "call_soon", fn, rest);
  return as_loop(self)->call_soon_handle(call_python_callback, fn, rest);
}

double to_seconds(const Object& x, const char* what) {
  double d;
  if (x.is_none()) raise_error(exc::TypeError, what);
  if (!to_double(x, d)) raise_error(exc::TypeError, "'" + type_name_text(x) + "' object cannot be interpreted as a number");
  return d;
}

Object loop_call_later(const Object& self, const CallArgs& args) {
  if (args.npos < 1) raise_error(exc::TypeError, "call_later() missing 2 required positional arguments: 'delay' and 'callback'");
  double delay = to_seconds(args.args[0], "delay must not be None");
  Object fn, rest;
  callback_and_args(args, 1, "call_later", fn, rest);
  return as_loop(self)->call_later(delay, call_python_callback, fn, rest);
}

Object loop_call_at(const Object& self, const CallArgs& args) {
  if (args.npos < 1) raise_error(exc::TypeError, "call_at() missing 2 required positional arguments: 'when' and 'callback'");
  double when = to_seconds(args.args[0], "when cannot be None");
  Object fn, rest;
  callback_and_args(args, 1, "call_at", fn, rest);
  Ref<TimerHandle> timer = as_loop(self)->call_at(when, call_python_callback, fn, rest);
  timer->when_given = args.args[0];
  return timer;
}

Object loop_create_task(const Object& self, const CallArgs& args) {
  Object slots[3];
  parse_args(args, "create_task", {"coro", "name", "context"}, 1, 1, slots);
  return as_loop(self)->create_task(slots[0], slots[1]);
}

Object loop_create_future(const Object& self, const CallArgs& args) {
  check_nargs(args, "create_future", 0, 0);
  return as_loop(self)->create_future();
}

Object loop_run_until_complete(const Object& self, const CallArgs& args) {
  check_nargs(args, "run_until_complete", 1, 1);
  return as_loop(self)->run_until_complete(args.args[0]);
}

Object loop_run_forever(const Object& self, const CallArgs& args) {
  check_nargs(args, "run_forever", 0, 0);
  as_loop(self)->run_forever();
  return kNone;
}

Object loop_stop(const Object& self, const CallArgs& args) {
  check_nargs(args, "stop", 0, 0);
  as_loop(self)->stop();
  return kNone;
}

Object loop_close(const Object& self, const CallArgs& args) {
  check_nargs(args, "close", 0, 0);
  as_loop(self)->close();
  return kNone;
}

Object loop_is_closed(const Object& self, const CallArgs& args) {
  check_nargs(args, "is_closed", 0, 0);
  return Object::from_bool(as_loop(self)->is_closed());
}

Object loop_is_running(const Object& self, const CallArgs& args) {
  check_nargs(args, "is_running", 0, 0);
  return Object::from_bool(as_loop(self)->is_running());
}

Object loop_shutdown_asyncgens(const Object& self, const CallArgs& args) {
  check_nargs(args, "shutdown_asyncgens", 0, 0);
  return as_loop(self)->shutdown_asyncgens();
}

Object loop_shutdown_default_executor(const Object& self, const CallArgs& args) {
  check_nargs(args, "shutdown_default_executor", 0, 0);
  return as_loop(self)->shutdown_default_executor();
}

Object loop_call_exception_handler(const Object& self, const CallArgs& args) {
  check_nargs(args, "call_exception_handler", 1, 1);
  as_loop(self)->call_exception_handler(args.args[0]);
  return kNone;
}

Object loop_default_exception_handler(const Object& self, const CallArgs& args) {
  check_nargs(args, "default_exception_handler", 1, 1);
  as_loop(self)->default_exception_handler(args.args[0]);
  return kNone;
}

Object loop_set_exception_handler(const Object& self, const CallArgs& args) {
  check_nargs(args, "set_exception_handler", 1, 1);
  const Object& handler = args.args[0];
  if (!handler.is_none() && !is_callable(handler)) {
    raise_error(exc::TypeError, "A callable object or None is expected, got " + repr_text(handler));
  }
  as_loop(self)->set_exception_handler(handler.is_none() ? Object() : handler);
  return kNone;
}

Object loop_get_debug(const Object&, const CallArgs& args) {
  check_nargs(args, "get_debug", 0, 0);
  return kFalse;
}

TypeObject* loop_type() {
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("_UnixSelectorEventLoop", nullptr, "asyncio.unix_events");
    add_method(type, "time", loop_time);
    add_method(type, "call_soon", loop_call_soon);
    add_method(type, "call_soon_threadsafe", loop_call_soon);
    add_method(type, "call_later", loop_call_later);
    add_method(type, "call_at", loop_call_at);
    add_method(type, "create_task", loop_create_task);
    add_method(type, "create_future", loop_create_future);
    add_method(type, "run_until_complete", loop_run_until_complete);
    add_method(type, "run_forever", loop_run_forever);
    add_method(type, "stop", loop_stop);
    add_method(type, "close", loop_close);
    add_method(type, "is_closed", loop_is_closed);
    add_method(type, "is_running", loop_is_running);
    add_method(type, "shutdown_asyncgens", loop_shutdown_asyncgens);
    add_method(type, "shutdown_default_executor", loop_shutdown_default_executor);
    add_method(type, "call_exception_handler", loop_call_exception_handler);
    add_method(type, "default_exception_handler", loop_default_exception_handler);
    add_method(type, "set_exception_handler", loop_set_exception_handler);
    add_method(type, "get_debug", loop_get_debug);
    return type;
  }();
  return t;
}

}  // namespace

EventLoop::EventLoop() : HeapObject(loop_type()) { ready_.resize(64); }

EventLoop::~EventLoop() {
  if (g_policy_loop == this) g_policy_loop = nullptr;
}

double EventLoop::time() const noexcept {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void EventLoop::check_closed() const {
  if (closed_) raise_error(exc::RuntimeError, "Event loop is closed");
}

void EventLoop::check_running() const {
  if (running_) raise_error(exc::RuntimeError, "This event loop is already running");
  if (g_running_loop != nullptr) {
    raise_error(exc::RuntimeError, "Cannot run the event loop while another loop is running");
  }
}

void EventLoop::grow_ready() {
  std::vector<ReadyEntry> bigger(ready_.size() * 2);
  std::size_t mask = ready_.size() - 1;
  for (std::size_t i = 0; i < ready_size_; ++i) bigger[i] = std::move(ready_[(ready_head_ + i) & mask]);
  ready_ = std::move(bigger);
  ready_head_ = 0;
}

void EventLoop::push_ready(ReadyEntry&& e) {
  if (ready_size_ == ready_.size()) grow_ready();
  ready_[(ready_head_ + ready_size_) & (ready_.size() - 1)] = std::move(e);
  ++ready_size_;
}

EventLoop::ReadyEntry EventLoop::pop_ready() noexcept {
  ReadyEntry e = std::move(ready_[ready_head_]);
  ready_head_ = (ready_head_ + 1) & (ready_.size() - 1);
  --ready_size_;
  return e;
}

void EventLoop::call_soon(CallbackFn fn, Object a, Object b) {
  check_closed();
  push_ready(ReadyEntry{fn, std::move(a), std::move(b), Ref<Handle>()});
}

Ref<Handle> EventLoop::call_soon_handle(CallbackFn fn, Object a, Object b) {
  check_closed();
  Ref<Handle> h = make_handle(this, fn, std::move(a), std::move(b));
  push_ready(ReadyEntry{nullptr, Object(), Object(), h});
  return h;
}

Ref<TimerHandle> EventLoop::call_at(double when, CallbackFn fn, Object a, Object b) {
  check_closed();
  Ref<TimerHandle> timer = make_ref<TimerHandle>(this, when, timer_seq_++, fn, std::move(a), std::move(b));
  scheduled_.push_back(timer);
  std::push_heap(scheduled_.begin(), scheduled_.end(), timer_after);
  timer->scheduled = true;
  return timer;
}

Ref<TimerHandle> EventLoop::call_later(double delay, CallbackFn fn, Object a, Object b) {
  return call_at(time() + delay, fn, std::move(a), std::move(b));
}

void EventLoop::timer_handle_cancelled(TimerHandle* timer) noexcept {
  if (timer->scheduled) ++timer_cancelled_count_;
}

// The selector's select(timeout) without file descriptors: epoll_wait rounds
// the timeout up to whole milliseconds (selectors.EpollSelector.select), so
// the same timers are due when it returns as under CPython.
void EventLoop::sleep_for(double seconds) const {
  if (seconds < 0) {
    // select(None) with nothing to wait for blocks forever, as CPython does.
    for (;;) {
      timespec ts{3600, 0};
      nanosleep(&ts, nullptr);
    }
  }
  double ms = std::ceil(seconds * 1e3);
  if (ms <= 0) return;
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  auto ns = static_cast<long long>(ms) * 1000000LL + deadline.tv_nsec;
  deadline.tv_sec += static_cast<time_t>(ns / 1000000000LL);
  deadline.tv_nsec = static_cast<long>(ns % 1000000000LL);
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
  }
}

void EventLoop::run_entry(ReadyEntry& e) {
  // Handle._run's frame and its C call Context.run(callback) count as two
  // levels in CPython; a Python callback runs one level deeper.
  RecursionGuard handle_run;
  RecursionGuard context_run;
  if (e.handle) {
    if (e.handle->cancelled) return;
    e.handle->run();
    return;
  }
  try {
    e.fn(e.a, e.b);
  } catch (...) {
    Object err = exception_from_current();
    if (exception_is(err, exc::SystemExit) || exception_is(err, exc::KeyboardInterrupt)) throw;
    call_exception_handler(dict_of(
        {{intern("message"),
          str_from("Exception in callback " + asyncio_detail::callback_source(e.fn, e.a, e.b))},
         {intern("exception"), err}}));
  }
}

void EventLoop::run_once() {
  RecursionGuard frame;  // _run_once is a Python frame in CPython
  std::size_t sched_count = scheduled_.size();
  if (sched_count > kMinScheduledTimerHandles &&
      static_cast<double>(timer_cancelled_count_) / static_cast<double>(sched_count) >
          kMinCancelledTimerHandlesFraction) {
    std::vector<Ref<TimerHandle>> kept;
    kept.reserve(sched_count);
    for (Ref<TimerHandle>& h : scheduled_) {
      if (h->cancelled) {
        h->scheduled = false;
      } else {
        kept.push_back(std::move(h));
      }
    }
    std::make_heap(kept.begin(), kept.end(), timer_after);
    scheduled_ = std::move(kept);
    timer_cancelled_count_ = 0;
  } else {
    while (!scheduled_.empty() && scheduled_.front()->cancelled) {
      --timer_cancelled_count_;
      std::pop_heap(scheduled_.begin(), scheduled_.end(), timer_after);
      Ref<TimerHandle> h = std::move(scheduled_.back());
      scheduled_.pop_back();
      h->scheduled = false;
    }
  }

  double timeout = -1;  // None: block
  if (ready_size_ != 0 || stopping_) {
    timeout = 0;
  } else if (!scheduled_.empty()) {
    timeout = std::min(std::max(0.0, scheduled_.front()->when - time()), kMaximumSelectTimeout);
  }
  if (timeout != 0) sleep_for(timeout);

  double end_time = time() + kClockResolution;
  while (!scheduled_.empty()) {
    if (scheduled_.front()->when >= end_time) break;
    std::pop_heap(scheduled_.begin(), scheduled_.end(), timer_after);
    Ref<TimerHandle> h = std::move(scheduled_.back());
    scheduled_.pop_back();
    h->scheduled = false;
    push_ready(ReadyEntry{nullptr, Object(), Object(), Ref<Handle>(h.get())});
  }

  // Only the callbacks ready now run; those they schedule wait for the next
  // iteration.
  std::size_t ntodo = ready_size_;
  for (std::size_t i = 0; i < ntodo; ++i) {
    ReadyEntry e = pop_ready();
    run_entry(e);
  }
}

void EventLoop::run_forever() {
  RecursionGuard frame;  // a Python frame in CPython
  check_closed();
  check_running();
  AsyncGenHooks old_hooks = asyncgen_hooks();
  struct Restore {
    EventLoop* loop;
    AsyncGenHooks hooks;
    ~Restore() {
      loop->stopping_ = false;
      loop->running_ = false;
      g_running_loop = nullptr;
      asyncgen_hooks() = hooks;
    }
  } restore{this, old_hooks};
  running_ = true;
  AsyncGenHooks& hooks = asyncgen_hooks();
  hooks.firstiter = asyncgen_firstiter_hook;
  hooks.finalizer = asyncgen_finalizer_hook;
  hooks.forget = asyncgen_forget_hook;
  hooks.loop = this;
  g_running_loop = this;
  for (;;) {
    run_once();
    if (stopping_) break;
  }
}

Object EventLoop::run_until_complete(const Object& future) {
  RecursionGuard frame;  // a Python frame in CPython
  check_closed();
  check_running();
  bool new_task = as_future(future) == nullptr;
  Object fut = ensure_future(future, this);
  FutureObject* f = as_future(fut);
  // An exception is raised if the future didn't complete, so there is no
  // need to log the "destroy pending task" message.
  if (new_task) {
    if (TaskObject* t = as_task(fut)) t->log_destroy_pending = false;
  }
  f->add_done_callback(run_until_complete_cb, Object());
  try {
    run_forever();
  } catch (...) {
    // The coroutine raised a BaseException: consume it so that no "never
    // retrieved" warning follows; the caller gets it anyway.
    if (new_task && f->done() && !f->cancelled()) f->exception();
    f->remove_done_callback(run_until_complete_cb, Object());
    throw;
  }
  f->remove_done_callback(run_until_complete_cb, Object());
  if (!f->done()) raise_error(exc::RuntimeError, "Event loop stopped before Future completed.");
  return f->result();
}

void EventLoop::close() {
  if (running_) raise_error(exc::RuntimeError, "Cannot close a running event loop");
  if (closed_) return;
  closed_ = true;
  while (ready_size_ != 0) {
    ReadyEntry e = pop_ready();
  }
  std::vector<Ref<TimerHandle>> timers = std::move(scheduled_);
  scheduled_.clear();
  timers.clear();
}

Ref<TaskObject> EventLoop::create_task(const Object& coro, const Object& name) {
  check_closed();
  Object c = coro;
  if (!is_coroutine(c)) {
    if (as_future(c) != nullptr || !asyncio_detail::is_awaitable(c)) {
      raise_error(exc::TypeError, "a coroutine was expected, got " + repr_text(c));
    }
    c = wrap_awaitable(c);
  }
  return make_ref<TaskObject>(this, std::move(c), name);
}

Ref<FutureObject> EventLoop::create_future() { return make_ref<FutureObject>(future_type(), this); }

Object EventLoop::shutdown_asyncgens() { return shutdown_asyncgens_body(&kShutdownAsyncgens, Object(this)); }

Object EventLoop::shutdown_default_executor() { return shutdown_default_executor_body(&kShutdownDefaultExecutor); }

void EventLoop::call_exception_handler(const Object& context) {
  if (exception_handler_.is_unbound()) {
    try {
      default_exception_handler(context);
    } catch (...) {
      Object e = exception_from_current();
      if (exception_is(e, exc::SystemExit) || exception_is(e, exc::KeyboardInterrupt)) throw;
      write_stderr("Exception in default exception handler\n");
      print_uncaught(e);
    }
    return;
  }
  try {
    pyrt::call(exception_handler_, {Object(this), context});
  } catch (...) {
    Object e = exception_from_current();
    if (exception_is(e, exc::SystemExit) || exception_is(e, exc::KeyboardInterrupt)) throw;
    try {
      default_exception_handler(dict_of({{intern("message"), str_from("Unhandled error in exception handler")},
                                         {intern("exception"), e},
                                         {intern("context"), context}}));
    } catch (...) {
      Object e2 = exception_from_current();
      if (exception_is(e2, exc::SystemExit) || exception_is(e2, exc::KeyboardInterrupt)) throw;
      write_stderr("Exception in default exception handler\n");
      print_uncaught(e2);
    }
  }
}

void EventLoop::default_exception_handler(const Object& context) {
  Object message = dict_get(context, intern("message"));
  std::string text = message.is_unbound() || !pyrt::truthy(message) ? "Unhandled exception in event loop"
                                                               : str_text(message);
  Object exception = dict_get(context, intern("exception"));
  std::vector<std::pair<std::string, Object>> rest;
  for (const DictObject::Entry& e : as_dict(context)->entries) {
    if (e.key.is_unbound()) continue;
    std::string key = str_text(e.key);
    if (key == "message" || key == "exception") continue;
    rest.emplace_back(std::move(key), e.value);
  }
  std::sort(rest.begin(), rest.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [key, value] : rest) text += "\n" + key + ": " + repr_text(value);
  write_stderr(text + "\n");
  if (!exception.is_unbound() && !exception.is_none()) print_uncaught(exception);
}

void EventLoop::enter_task(TaskObject* task) {
  if (current_task_ != nullptr) {
    raise_error(exc::RuntimeError, "Cannot enter into task " + repr_text(Object(task)) +
                                       " while another task " + repr_text(Object(current_task_)) +
                                       " is being executed.");
  }
  current_task_ = task;
}

void EventLoop::leave_task(TaskObject* task) noexcept {
  if (current_task_ == task) current_task_ = nullptr;
}

Object EventLoop::repr() {
  std::string s = "<_UnixSelectorEventLoop running=";
  s += running_ ? "True" : "False";
  s += " closed=";
  s += closed_ ? "True" : "False";
  return str_from(s + " debug=False>");
}

// _asyncgen_firstiter_hook: track the generator (a WeakSet in CPython). The
// generator's recorded hooks keep the loop alive until it is freed, as
// CPython's ag_finalizer (a bound method of the loop) does.
void EventLoop::asyncgen_firstiter_hook(void* loop, const Object& agen) {
  auto* self = static_cast<EventLoop*>(loop);
  ++self->refcnt;
  self->asyncgens_.push_back(static_cast<AsyncGenObject*>(agen.heap()));
}

// _asyncgen_finalizer_hook: discard, then schedule create_task(agen.aclose()).
void EventLoop::asyncgen_finalizer_hook(void* loop, const Object& agen) {
  auto* self = static_cast<EventLoop*>(loop);
  auto* g = static_cast<AsyncGenObject*>(agen.heap());
  auto it = std::find(self->asyncgens_.rbegin(), self->asyncgens_.rend(), g);
  if (it != self->asyncgens_.rend()) self->asyncgens_.erase(std::next(it).base());
  if (!self->closed_) {
    self->push_ready(ReadyEntry{create_task_callback, Object(self), make_agen_awaitable(g, AgenOp::AClose, Object()),
                                Ref<Handle>()});
  }
}

void EventLoop::asyncgen_forget_hook(void* loop, AsyncGenObject* agen) {
  auto* self = static_cast<EventLoop*>(loop);
  auto it = std::find(self->asyncgens_.rbegin(), self->asyncgens_.rend(), agen);
  if (it != self->asyncgens_.rend()) self->asyncgens_.erase(std::next(it).base());
  if (--self->refcnt == 0) self->dealloc();
}

EventLoop* as_event_loop(const Object& x) noexcept {
  if (!x.is_heap() || x.heap()->type != loop_type()) return nullptr;
  return static_cast<EventLoop*>(x.heap());
}

Ref<EventLoop> new_event_loop() { return make_ref<EventLoop>(); }

EventLoop* running_loop() noexcept { return g_running_loop; }

EventLoop* get_running_loop() {
  if (g_running_loop == nullptr) raise_error(exc::RuntimeError, "no running event loop");
  return g_running_loop;
}

EventLoop* get_event_loop() {
  if (g_running_loop != nullptr) return g_running_loop;
  if (g_policy_loop == nullptr && !g_policy_set_called) {
    Ref<EventLoop> loop = new_event_loop();
    set_event_loop(loop.get());
  }
  if (g_policy_loop == nullptr) {
    raise_error(exc::RuntimeError, "There is no current event loop in thread 'MainThread'.");
  }
  return g_policy_loop;
}

void set_event_loop(EventLoop* loop) {
  g_policy_set_called = true;
  if (loop != nullptr) ++loop->refcnt;
  EventLoop* old = std::exchange(g_policy_loop, loop);
  if (old != nullptr && --old->refcnt == 0) old->dealloc();
}

}  // namespace pyrt
