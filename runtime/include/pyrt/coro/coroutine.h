// The coroutine object of an `async def` function, and `await`.
// Mirrors CPython's Objects/genobject.c (PyCoro_Type: send/throw/close, the
// "already awaited" and "never awaited" rules) with C++20 coroutines:
// `await` on a coroutine is a symmetric transfer into its frame.
#pragma once

#include <coroutine>
#include <cstdint>
#include <string_view>

#include "pyrt/coro/frame.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// `<KIND object QUALNAME at 0x...>`, the repr CPython gives coroutine,
/// generator and async generator objects.
Object frame_object_repr(const char* kind, CodeRef code, const void* self);
/// __name__ / __qualname__ of such an object from its CodeInfo; unbound for
/// any other attribute name.
Object code_attribute(std::string_view name, CodeRef code);

struct CoroutineObject;

/// Return type of a translated `async def` body. The first parameter of such a
/// body is a CodeRef naming it. Converts to the owning Object.
class Coroutine {
 public:
  using promise_type = CoroutineObject;
  explicit Coroutine(CoroutineObject* p) noexcept;
  operator Object() && noexcept { return std::move(obj_); }
  Object obj() && noexcept { return std::move(obj_); }

 private:
  Object obj_;
};

/// The frame's promise is the Python coroutine object itself: one allocation
/// per call, freed (frame and all) when the last reference goes, as in CPython.
struct CoroutineObject final : HeapObject, NativeAwaitable, FramePromiseBase {
  enum class State : std::uint8_t { Created, Running, Suspended, Done };

  CoroutineObject() noexcept;
  template <class... A>
  explicit CoroutineObject(CodeRef c, A&...) noexcept : CoroutineObject() {
    code = c;
    record.code = c;
    record.line = c->firstlineno;
  }

  std::coroutine_handle<CoroutineObject> handle() noexcept {
    return std::coroutine_handle<CoroutineObject>::from_promise(*this);
  }

  // promise_type interface
  Coroutine get_return_object() noexcept { return Coroutine(this); }
  std::suspend_always initial_suspend() noexcept { return {}; }
  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<CoroutineObject> h) noexcept;
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void return_value(Object v) noexcept { result = std::move(v); }
  void unhandled_exception() noexcept;

  // NativeAwaitable: `await coro` transfers into this frame.
  void await_prepare() override;
  std::coroutine_handle<> await_start(std::coroutine_handle<> caller, DriveState* drive) override;
  Object await_finish(DriveState* drive) override;

  /// Python-level driving (coroutine.send/throw/close), also used by Task.
  /// Resumes the chain with `value` sent in, or `exc` thrown in when bound.
  /// Returns true when the chain yielded (`out` = what it yielded: a Future
  /// or None) and false when this coroutine finished (`out` = its return
  /// value). Exceptions escaping the coroutine are thrown.
  bool step(const Object& value, const Object& exc, Object& out);
  /// Mirrors coroutine.close(): throws GeneratorExit in if suspended.
  void close();

  // HeapObject
  void dealloc() override;
  Object repr() override;
  Object getattr(const Object& name) override;
  NativeAwaitable* native_awaitable() override { return this; }

  State state = State::Created;
  CodeRef code = nullptr;
  Object result;
  /// Exception that escaped the body, waiting for the awaiter.
  Object error;
  /// Drive state used when this coroutine is the outermost frame of a chain.
  DriveState own_drive;
  /// Set on the coroutine that wraps a native awaitable for a Task: a throw
  /// before the first step is offered to that awaitable (see
  /// NativeAwaitable::throw_before_start) instead of ending the wrapper.
  NativeAwaitable* forward_first_throw = nullptr;
};

inline Coroutine::Coroutine(CoroutineObject* p) noexcept : obj_(p) {}

/// The awaiter behind every translated `await x`: resolves `x` to a native
/// awaitable (directly, or through __await__) before suspending, so errors
/// such as "object int can't be used in 'await' expression" are raised in the
/// awaiting frame, then transfers to it.
struct Awaiter {
  Object target;
  NativeAwaitable* native = nullptr;
  DriveState* drive = nullptr;

  bool await_ready();
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) {
    drive = h.promise().drive;
    return native->await_start(h, drive);
  }
  Object await_resume() { return native->await_finish(drive); }
};

/// `await x` in a translated frame: `co_await pyrt::await_(x)`.
inline Awaiter await_(Object x) { return Awaiter{std::move(x)}; }

/// True when `x` is a coroutine object (asyncio.iscoroutine).
bool is_coroutine(const Object& x);

}  // namespace pyrt
