// Async generator objects and their asend/athrow/aclose awaitables.
// Mirrors CPython's Objects/genobject.c (async_gen_asend_send,
// async_gen_athrow_send, async_gen_init_hooks, _PyGen_Finalize) and its
// messages.
#include "pyrt/coro/async_generator.h"

#include <cstdio>
#include <string>
#include <utility>

#include "pyrt/object/function.h"
#include "pyrt/object/type.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

TypeObject* agen_type() {
  // CPython's generator objects keep a weak-reference list (gi_weakreflist).
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("async_generator");
    type->instances_have_weakref = true;
    return type;
  }();
  return t;
}

// PEP 479 as CPython applies it to async generators.
Object convert_escaped(Object error) {
  const char* message = nullptr;
  if (exception_is(error, exc::StopAsyncIteration)) message = "async generator raised StopAsyncIteration";
  if (exception_is(error, exc::StopIteration)) message = "async generator raised StopIteration";
  if (message == nullptr) return error;
  try {
    raise_from(new_exception(exc::RuntimeError, message), error);
  } catch (PyException& e) {
    return std::move(e.value);
  }
}

TypeObject* agen_awaitable_type(AgenOp op) {
  static TypeObject* asend = make_builtin_type("async_generator_asend");
  static TypeObject* athrow = make_builtin_type("async_generator_athrow");
  return op == AgenOp::ASend ? asend : athrow;
}

/// The awaitable returned by __anext__()/asend()/athrow()/aclose().
struct AgenAwaitable final : HeapObject, NativeAwaitable {
  enum class Phase : std::uint8_t { Init, Stepping, Used };
  // What await_finish reports when no step of the generator was needed.
  enum class Immediate : std::uint8_t { None, StopAsync, ReturnNone, Raise };

  AgenAwaitable(AsyncGenObject* g, AgenOp o, Object v)
      : HeapObject(agen_awaitable_type(o)),
        gen(g),
        op(o),
        value(std::move(v)) {}

  NativeAwaitable* native_awaitable() override { return this; }

  bool throw_before_start(const Object& exc) override {
    injected = exc;
    return true;
  }

  void await_prepare() override {
    if (phase == Phase::Used) {
      raise_error(exc::RuntimeError, op == AgenOp::ASend ? "cannot reuse already awaited __anext__()/asend()"
                                                         : "cannot reuse already awaited aclose()/athrow()");
    }
    if (gen->running_async) {
      const char* what = op == AgenOp::ASend ? "anext" : op == AgenOp::AThrow ? "athrow" : "aclose";
      raise_error(exc::RuntimeError, std::string(what) + "(): asynchronous generator is already running");
    }
    immediate = Immediate::None;
    if (!injected.is_unbound() && gen->state != AsyncGenObject::State::AtYield) {
      // CPython's gen_throw: a generator that is not suspended at a yield
      // just raises the exception (and is finished).
      gen->state = AsyncGenObject::State::Done;
      value = injected;
      immediate = Immediate::Raise;
      return;
    }
    if (gen->state == AsyncGenObject::State::Done) {
      immediate = op == AgenOp::AClose ? Immediate::ReturnNone : Immediate::StopAsync;
      return;
    }
    if (gen->state == AsyncGenObject::State::Created) {
      if (op == AgenOp::ASend && !value.is_none()) {
        raise_error(exc::TypeError, "can't send non-None value to a just-started async generator");
      }
      if (op == AgenOp::AClose) {
        gen->state = AsyncGenObject::State::Done;
        immediate = Immediate::ReturnNone;
        return;
      }
      if (op == AgenOp::AThrow) {
        gen->state = AsyncGenObject::State::Done;
        immediate = Immediate::Raise;
        return;
      }
    }
    // The step enters the generator's frame, where CPython checks the limit.
    if (at_recursion_limit()) detail::raise_recursion_error("");
  }

  std::coroutine_handle<> await_start(std::coroutine_handle<> caller, DriveState* drive) override {
    if (immediate != Immediate::None) return caller;
    phase = Phase::Stepping;
    gen->running_async = true;
    gen->closing = op == AgenOp::AClose;
    if (!injected.is_unbound()) return gen->begin_step(caller, drive, kNone, injected);
    if (op == AgenOp::ASend) return gen->begin_step(caller, drive, value, Object());
    Object e = op == AgenOp::AClose ? new_exception(exc::GeneratorExit, "") : value;
    return gen->begin_step(caller, drive, kNone, std::move(e));
  }

  Object await_finish(DriveState*) override {
    phase = Phase::Used;
    switch (immediate) {
      case Immediate::StopAsync: raise(Object(exc::StopAsyncIteration));
      case Immediate::ReturnNone: return kNone;
      case Immediate::Raise: raise(value);
      case Immediate::None: break;
    }
    gen->running_async = false;
    gen->closing = false;
    if (!gen->error.is_unbound()) {
      Object e = std::exchange(gen->error, Object());
      if (op == AgenOp::AClose &&
          (exception_is(e, exc::GeneratorExit) || exception_is(e, exc::StopAsyncIteration))) {
        return kNone;
      }
      throw PyException{std::move(e)};
    }
    if (gen->state == AsyncGenObject::State::Done) {
      if (op == AgenOp::AClose) return kNone;
      raise(Object(exc::StopAsyncIteration));
    }
    if (op == AgenOp::AClose) raise_error(exc::RuntimeError, "async generator ignored GeneratorExit");
    return std::exchange(gen->yielded, Object());
  }

  Ref<AsyncGenObject> gen;
  AgenOp op;
  Object value;
  Phase phase = Phase::Init;
  Immediate immediate = Immediate::None;
  /// What a Task threw in before the first step (throw_before_start).
  Object injected;
};

AsyncGenObject* as_agen(const Object& self) { return static_cast<AsyncGenObject*>(self.heap()); }

Object anext_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__anext__", 0, 0);
  as_agen(self)->init_hooks();
  return make_agen_awaitable(as_agen(self), AgenOp::ASend, kNone);
}

Object asend_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "asend", 1, 1);
  as_agen(self)->init_hooks();
  return make_agen_awaitable(as_agen(self), AgenOp::ASend, args.args[0]);
}

Object athrow_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "athrow", 1, 3);
  as_agen(self)->init_hooks();
  return make_agen_awaitable(as_agen(self), AgenOp::AThrow, exception_from_throw_args(args));
}

Object aclose_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "aclose", 0, 0);
  as_agen(self)->init_hooks();
  return make_agen_awaitable(as_agen(self), AgenOp::AClose, Object());
}

Object aiter_method(const Object& self, const CallArgs& args) {
  check_nargs(args, "__aiter__", 0, 0);
  return self;
}

}  // namespace

AsyncGenHooks& asyncgen_hooks() {
  static AsyncGenHooks hooks;
  return hooks;
}

Object make_agen_awaitable(AsyncGenObject* gen, AgenOp op, Object value) {
  return make<AgenAwaitable>(gen, op, std::move(value));
}

AsyncGenObject::AsyncGenObject() noexcept : HeapObject(agen_type()) {}

std::coroutine_handle<> AsyncGenObject::FinalAwaiter::await_suspend(
    std::coroutine_handle<AsyncGenObject> h) noexcept {
  AsyncGenObject& g = h.promise();
  g.state = State::Done;
  if (!g.continuation) return std::noop_coroutine();
  leave_frame();
  g.leave_record();
  std::coroutine_handle<> next = std::exchange(g.continuation, {});
  g.drive->leaf = next;
  g.drive->leaf_frame = detail::frame;
  return next;
}

void AsyncGenObject::unhandled_exception() noexcept { error = convert_escaped(exception_from_current()); }

void AsyncGenObject::YieldAwaiter::throw_thrown_in() {
  throw PyException{std::exchange(gen->throw_in, Object())};
}

void AsyncGenObject::init_hooks_first() {
  hooks_inited = true;
  finalizer = asyncgen_hooks();
  if (finalizer.firstiter != nullptr) finalizer.firstiter(finalizer.loop, Object(this));
}

void AsyncGenObject::dealloc() {
  // gen_dealloc clears the weak references before the finalizer runs (and may resurrect).
  if (has_weakrefs) clear_weakrefs(this);
  // Mirrors _PyGen_Finalize: an unfinished generator whose finalizer hook was
  // recorded is handed to it (the loop schedules aclose()) instead of dying.
  if (!finalized && hooks_inited && state != State::Done && finalizer.finalizer != nullptr) {
    finalized = true;
    Object self(this);
    finalizer.finalizer(finalizer.loop, self);
    return;
  }
  if (hooks_inited && finalizer.forget != nullptr) finalizer.forget(finalizer.loop, this);
  handle().destroy();
}

Object AsyncGenObject::repr() { return frame_object_repr("async_generator", code, this); }

Object AsyncGenObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  Object self(this);
  if (n == "__anext__") return make_native_method(self, "__anext__", anext_method);
  if (n == "asend") return make_native_method(self, "asend", asend_method);
  if (n == "athrow") return make_native_method(self, "athrow", athrow_method);
  if (n == "aclose") return make_native_method(self, "aclose", aclose_method);
  if (n == "__aiter__") return make_native_method(self, "__aiter__", aiter_method);
  if (n == "ag_running") return Object::from_bool(running_async);
  if (Object a = code_attribute(n, code); !a.is_unbound()) return a;
  return HeapObject::getattr(name);
}

AsyncForIter::AsyncForIter(const Object& iterable) {
  if (iterable.is_heap() && iterable.heap()->type == agen_type()) {
    iter_ = iterable;
    agen_ = static_cast<AsyncGenObject*>(iterable.heap());
    return;
  }
  static const Object aiter_name = intern("__aiter__");
  Object method = iterable.is_heap() ? lookup_special(iterable, aiter_name) : Object();
  if (method.is_unbound()) {
    raise_error(exc::TypeError, "'async for' requires an object with __aiter__ method, got " +
                                    std::string(type_name(iterable)));
  }
  iter_ = call(method, {});
  if (iter_.is_heap() && iter_.heap()->type == agen_type()) {
    agen_ = static_cast<AsyncGenObject*>(iter_.heap());
    return;
  }
  // CPython checks for __anext__ when the first step begins, which is right
  // after __aiter__ with nothing observable in between.
  static const Object anext_name = intern("__anext__");
  if (lookup_special(iter_, anext_name).is_unbound()) {
    raise_error(exc::TypeError, "'async for' received an object from __aiter__ that does not implement "
                                "__anext__: " + std::string(type_name(iter_)));
  }
}

void AsyncForIter::NextAwaiter::already_running() {
  raise_error(exc::RuntimeError, "anext(): asynchronous generator is already running");
}

void AsyncForIter::NextAwaiter::rethrow_error() {
  throw PyException{std::exchange(it->agen_->error, Object())};
}

bool AsyncForIter::NextAwaiter::ready_generic() {
  // call_method: no bound method object per item.
  static const Object anext_name = intern("__anext__");
  pending = call_method(it->iter_, anext_name, {});
  if (pending.is_heap()) native = pending.heap()->native_awaitable();
  if (native == nullptr) {
    raise_error(exc::TypeError, "'async for' received an invalid object from __anext__: " +
                                    std::string(type_name(pending)));
  }
  native->await_prepare();
  return false;
}

bool AsyncForIter::NextAwaiter::resume_generic() {
  try {
    *out = native->await_finish(drive);
    return true;
  } catch (PyException& e) {
    if (exception_is(e.value, exc::StopAsyncIteration)) return false;
    throw;
  }
}

}  // namespace pyrt
