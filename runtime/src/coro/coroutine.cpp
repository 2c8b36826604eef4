// Coroutine objects and `await`. Mirrors CPython's Objects/genobject.c for
// PyCoro_Type (send/throw/close, _PyCoro_GetAwaitableIter's errors).
#include "pyrt/coro/coroutine.h"

#include <cstdio>
#include <string>
#include <utility>

#include "pyrt/object/function.h"
#include "pyrt/object/type.h"
#include "pyrt/coro/generator.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

TypeObject* coroutine_type() {
  // CPython's generator objects keep a weak-reference list (gi_weakreflist).
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("coroutine");
    type->instances_have_weakref = true;
    return type;
  }();
  return t;
}

// PEP 479 for coroutines: StopIteration escaping the body becomes
// RuntimeError("coroutine raised StopIteration") chained to it.
Object convert_stop_iteration(Object error, const char* message) {
  // StopAsyncIteration passes through: it is how `async def __anext__` ends
  // an async iteration.
  if (!exception_is(error, exc::StopIteration)) return error;
  try {
    raise_from(new_exception(exc::RuntimeError, message), error);
  } catch (PyException& e) {
    return std::move(e.value);
  }
}

Object send_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "send", 1, 1);
  Object out;
  bool yielded = static_cast<CoroutineObject*>(self.heap())->step(args.args[0], Object(), out);
  return yielded_or_stop(yielded, std::move(out));
}

Object throw_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "throw", 1, 3);
  Object out;
  bool yielded = static_cast<CoroutineObject*>(self.heap())->step(kNone, exception_from_throw_args(args), out);
  return yielded_or_stop(yielded, std::move(out));
}

Object close_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "close", 0, 0);
  static_cast<CoroutineObject*>(self.heap())->close();
  return kNone;
}

}  // namespace

CoroutineObject::CoroutineObject() noexcept : HeapObject(coroutine_type()) {}

std::coroutine_handle<> CoroutineObject::FinalAwaiter::await_suspend(
    std::coroutine_handle<CoroutineObject> h) noexcept {
  CoroutineObject& p = h.promise();
  p.state = State::Done;
  if (!p.continuation) return std::noop_coroutine();
  leave_frame();
  p.leave_record();
  std::coroutine_handle<> next = std::exchange(p.continuation, {});
  p.drive->leaf = next;
  p.drive->leaf_frame = detail::frame;
  return next;
}

void CoroutineObject::unhandled_exception() noexcept {
  error = convert_stop_iteration(exception_from_current(), "coroutine raised StopIteration");
}

void CoroutineObject::await_prepare() {
  if (state == State::Done) raise_error(exc::RuntimeError, "cannot reuse already awaited coroutine");
  if (state != State::Created) raise_error(exc::RuntimeError, "coroutine is being awaited already");
  // CPython checks the limit as the frame is entered; a frame that fails to
  // enter is cleared, so no "never awaited" warning follows.
  if (at_recursion_limit()) {
    state = State::Done;
    detail::raise_recursion_error("");
  }
}

std::coroutine_handle<> CoroutineObject::await_start(std::coroutine_handle<> caller, DriveState* d) {
  enter_frame();
  enter_record();
  continuation = caller;
  drive = d;
  d->leaf = handle();
  d->leaf_frame = &record;
  state = State::Running;
  return handle();
}

Object CoroutineObject::await_finish(DriveState*) {
  if (!error.is_unbound()) throw PyException{std::exchange(error, Object())};
  return std::exchange(result, Object());
}

bool CoroutineObject::step(const Object& value, const Object& exc, Object& out) {
  if (state == State::Done) raise_error(exc::RuntimeError, "cannot reuse already awaited coroutine");
  Object thrown = exc;
  if (state == State::Created) {
    if (!thrown.is_unbound() && forward_first_throw != nullptr && forward_first_throw->throw_before_start(thrown)) {
      thrown = Object();
    }
    if (!thrown.is_unbound()) {
      state = State::Done;
      throw PyException{thrown};
    }
    if (!value.is_none()) {
      raise_error(exc::TypeError, "can't send non-None value to a just-started coroutine");
    }
    if (at_recursion_limit()) {
      state = State::Done;
      detail::raise_recursion_error("");
    }
    drive = &own_drive;
    own_drive.leaf = handle();
    own_drive.leaf_frame = &record;
    own_drive.chain_depth = 1;
    state = State::Running;
  } else if (drive != &own_drive) {
    raise_error(exc::RuntimeError, "coroutine is being awaited already");
  }
  own_drive.throw_in = std::move(thrown);
  own_drive.send_in = value;
  // The chain's frames count on top of the driver's depth while it runs;
  // the leaf leaves the depth at its own when it yields to the driver.
  const int driver_depth = detail::recursion_depth;
  detail::recursion_depth = driver_depth + own_drive.chain_depth;
  // This frame runs on top of the driver's level; the leaf's level (above this one's along
  // the chain) is the running one until the chain yields or finishes.
  FrameRecord* driver_frame = detail::frame;
  record.previous = driver_frame;
  detail::frame = own_drive.leaf_frame;
  own_drive.leaf.resume();
  detail::frame = driver_frame;
  own_drive.chain_depth = detail::recursion_depth - driver_depth;
  detail::recursion_depth = driver_depth;
  if (state == State::Done) {
    if (!error.is_unbound()) throw PyException{std::exchange(error, Object())};
    out = std::exchange(result, Object());
    return false;
  }
  out = std::exchange(own_drive.yielded, Object());
  return true;
}

void CoroutineObject::close() {
  if (state == State::Created) {
    state = State::Done;
    return;
  }
  if (state == State::Done || drive != &own_drive) return;
  Object out;
  try {
    if (!step(kNone, new_exception(exc::GeneratorExit, ""), out)) return;
  } catch (PyException& e) {
    if (exception_is(e.value, exc::GeneratorExit) || exception_is(e.value, exc::StopIteration)) return;
    throw;
  }
  raise_error(exc::RuntimeError, "coroutine ignored GeneratorExit");
}

void CoroutineObject::dealloc() {
  // gen_dealloc clears the weak references before the finalizer runs (and may resurrect).
  if (has_weakrefs) clear_weakrefs(this);
  if (state == State::Created && code != nullptr) {
    // CPython warns from the coroutine's finalizer; the last line is what
    // its warnings module prints when tracemalloc is off.
    flush_stdout();
    std::fprintf(stderr,
                 "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n"
                 "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                 code->filename, code->firstlineno, code->qualname);
  }
  handle().destroy();
}

Object frame_object_repr(const char* kind, CodeRef code, const void* self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", self);
  return str_from(std::string("<") + kind + " object " + (code ? code->qualname : "?") + buf);
}

Object code_attribute(std::string_view name, CodeRef code) {
  if (name == "__name__") return str_from(code ? code->name : "?");
  if (name == "__qualname__") return str_from(code ? code->qualname : "?");
  return Object();
}

Object CoroutineObject::repr() { return frame_object_repr("coroutine", code, this); }

Object CoroutineObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  Object self(this);
  if (n == "send") return make_native_method(self, "send", send_method);
  if (n == "throw") return make_native_method(self, "throw", throw_method);
  if (n == "close") return make_native_method(self, "close", close_method);
  if (Object a = code_attribute(n, code); !a.is_unbound()) return a;
  if (n == "cr_running") return Object::from_bool(state == State::Running && own_drive.yielded.is_unbound());
  return HeapObject::getattr(name);
}

namespace {

// Drives an iterator returned by __await__ the way CPython's `yield from`
// would: each value it yields goes to the driver, each value sent comes back.
struct ToDriver {
  // A constructor, not an aggregate: g++ 12.2 destroys the members of an
  // aggregate brace-initialized in a co_await operand twice (GCC PR
  // c++/100611; see pyrt::Starred).
  explicit ToDriver(Object v) noexcept : value(std::move(v)) {}
  Object value;
  DriveState* drive = nullptr;
  bool await_ready() noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<CoroutineObject> h) noexcept {
    drive = h.promise().drive;
    return yield_to_driver(h, drive, std::move(value));
  }
  Object await_resume() {
    rethrow_thrown_in(drive);
    return std::exchange(drive->send_in, Object::none());
  }
};

Coroutine await_iterator(Object it) {
  Object sent = kNone;
  Object thrown;
  for (;;) {
    Object y;
    if (!yield_from_step(it, sent, thrown, y)) co_return y;
    thrown = Object();
    try {
      sent = co_await ToDriver{std::move(y)};
    } catch (PyException& e) {
      thrown = std::move(e.value);
      sent = kNone;
    }
  }
}

}  // namespace

bool Awaiter::await_ready() {
  if (target.is_heap()) native = target.heap()->native_awaitable();
  if (native == nullptr) {
    static const Object await_name = intern("__await__");
    Object method = target.is_heap() ? lookup_special(target, await_name) : Object();
    if (method.is_unbound()) {
      raise_error(exc::TypeError,
                  "object " + std::string(type_name(target)) + " can't be used in 'await' expression");
    }
    Object it = call(method, {});
    if (is_coroutine(it)) raise_error(exc::TypeError, "__await__() returned a coroutine");
    target = await_iterator(std::move(it));
    native = target.heap()->native_awaitable();
  }
  native->await_prepare();
  return false;
}

bool is_coroutine(const Object& x) { return x.is_heap() && x.heap()->type == coroutine_type(); }

}  // namespace pyrt
