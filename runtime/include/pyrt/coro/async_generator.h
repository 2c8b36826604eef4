// The async generator object of an `async def` containing `yield` (PEP 525):
// __anext__, asend, athrow, aclose, the firstiter/finalizer hooks, and the
// `async for` fast path. Mirrors CPython's Objects/genobject.c (PyAsyncGen_Type
// and its asend/athrow awaitables) including its error messages.
#pragma once

#include <coroutine>
#include <cstdint>

#include "pyrt/coro/coroutine.h"
#include "pyrt/coro/frame.h"
#include "pyrt/object/object.h"
#include "pyrt/object/recursion.h"

namespace pyrt {

struct AsyncGenObject;

/// Return type of a translated async generator body (first parameter CodeRef).
class AsyncGenerator {
 public:
  using promise_type = AsyncGenObject;
  explicit AsyncGenerator(AsyncGenObject* p) noexcept;
  operator Object() && noexcept { return std::move(obj_); }

 private:
  Object obj_;
};

/// The loop's hooks (sys.set_asyncgen_hooks): called with the generator on its
/// first iteration, and when it is collected while suspended.
struct AsyncGenHooks {
  void (*firstiter)(void* loop, const Object& agen) = nullptr;
  void (*finalizer)(void* loop, const Object& agen) = nullptr;
  /// Called when a generator whose hooks were recorded is freed, so the
  /// loop's set of live generators can drop it (CPython's loop keeps a
  /// WeakSet, which forgets dead generators by itself).
  void (*forget)(void* loop, AsyncGenObject* agen) = nullptr;
  void* loop = nullptr;
};
/// The hooks in force (set by a running event loop, mirroring run_forever).
AsyncGenHooks& asyncgen_hooks();

/// Promise and Python object in one, as for CoroutineObject.
struct AsyncGenObject final : HeapObject, FramePromiseBase {
  enum class State : std::uint8_t { Created, Running, AtYield, Done };

  AsyncGenObject() noexcept;
  template <class... A>
  explicit AsyncGenObject(CodeRef c, A&...) noexcept : AsyncGenObject() {
    code = c;
    record.code = c;
    record.line = c->firstlineno;
  }

  std::coroutine_handle<AsyncGenObject> handle() noexcept {
    return std::coroutine_handle<AsyncGenObject>::from_promise(*this);
  }

  // promise_type interface
  AsyncGenerator get_return_object() noexcept { return AsyncGenerator(this); }
  std::suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<AsyncGenObject> h) noexcept;
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void return_void() noexcept {}
  void unhandled_exception() noexcept;

  /// `yield v` in the body: hands `v` to the awaiter of __anext__/asend and
  /// transfers back to it; evaluates to the value sent by the next asend.
  struct YieldAwaiter {
    AsyncGenObject* gen;
    bool await_ready() noexcept { return false; }
    // Inline: this and begin_step are the per-item path of `async for`.
    std::coroutine_handle<> await_suspend(std::coroutine_handle<AsyncGenObject>) noexcept {
      gen->state = State::AtYield;
      leave_frame();
      gen->leave_record();
      std::coroutine_handle<> next = std::exchange(gen->continuation, {});
      gen->drive->leaf = next;
      gen->drive->leaf_frame = detail::frame;
      return next;
    }
    Object await_resume() {
      if (!gen->throw_in.is_unbound()) throw_thrown_in();
      return std::exchange(gen->send_in, Object::none());
    }
    [[noreturn]] void throw_thrown_in();
  };
  YieldAwaiter yield_value(Object v) noexcept {
    yielded = std::move(v);
    return YieldAwaiter{this};
  }

  /// One step of the generator on behalf of an awaitable: checks reentrance,
  /// arranges `send`/`exc` to arrive at the yield point, and returns the frame
  /// to transfer to (this one, or `caller` when the step completes at once).
  std::coroutine_handle<> begin_step(std::coroutine_handle<> caller, DriveState* d, Object send, Object exc) {
    continuation = caller;
    drive = d;
    send_in = std::move(send);
    throw_in = std::move(exc);
    state = State::Running;
    enter_frame();
    enter_record();
    d->leaf = handle();
    d->leaf_frame = &record;
    return handle();
  }
  /// Calls the firstiter hook once, mirroring async_gen_init_hooks.
  void init_hooks() {
    if (!hooks_inited) init_hooks_first();
  }
  void init_hooks_first();

  // HeapObject
  void dealloc() override;
  Object repr() override;
  Object getattr(const Object& name) override;
  Object aiter_self();

  State state = State::Created;
  /// An asend/athrow awaitable is in flight (ag_running_async).
  bool running_async = false;
  bool hooks_inited = false;
  bool finalized = false;
  /// The step in flight is aclose(): a yielded value means GeneratorExit was ignored.
  bool closing = false;
  CodeRef code = nullptr;
  AsyncGenHooks finalizer;
  Object yielded;
  Object send_in;
  Object throw_in;
  Object error;
};

inline AsyncGenerator::AsyncGenerator(AsyncGenObject* p) noexcept : obj_(p) {}

/// Creates the awaitables of PEP 525's methods. `kind` is asend (with
/// `value`), athrow (with the exception in `value`) or aclose.
enum class AgenOp : std::uint8_t { ASend, AThrow, AClose };
Object make_agen_awaitable(AsyncGenObject* gen, AgenOp op, Object value);

/// State of one `async for` loop: the async iterator and, when it is one of
/// ours, a typed pointer for the fast path.
class AsyncForIter {
 public:
  /// Calls type(x).__aiter__(x); raises CPython's TypeError ("'async for'
  /// requires an object with __aiter__ method, got int") otherwise.
  explicit AsyncForIter(const Object& iterable);

  /// `co_await it.next(out)`: true with `out` set, false at StopAsyncIteration.
  struct NextAwaiter {
    AsyncForIter* it;
    Object* out;
    Object pending;  // generic path: the awaitable __anext__ returned
    NativeAwaitable* native = nullptr;
    DriveState* drive = nullptr;
    // The async generator case is inline (the per-item path); other async
    // iterators go through __anext__ out of line.
    bool await_ready() {
      AsyncGenObject* g = it->agen_;
      if (g == nullptr) return ready_generic();
      if (g->running_async) already_running();
      g->init_hooks();
      if (g->state == AsyncGenObject::State::Done) return true;
      if (at_recursion_limit()) detail::raise_recursion_error("");
      return false;
    }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
      drive = h.promise().drive;
      if (native != nullptr) return native->await_start(h, drive);
      it->agen_->running_async = true;
      return it->agen_->begin_step(h, drive, Object::none(), Object());
    }
    bool await_resume() {
      if (native != nullptr) return resume_generic();
      AsyncGenObject* g = it->agen_;
      g->running_async = false;
      if (!g->error.is_unbound()) rethrow_error();
      if (g->state == AsyncGenObject::State::Done) return false;
      *out = std::exchange(g->yielded, Object());
      return true;
    }
    bool ready_generic();
    bool resume_generic();
    [[noreturn]] static void already_running();
    [[noreturn]] void rethrow_error();
  };
  NextAwaiter next(Object& out) { return NextAwaiter{this, &out, Object()}; }

 private:
  friend struct NextAwaiter;
  Object iter_;
  AsyncGenObject* agen_ = nullptr;
};

}  // namespace pyrt
