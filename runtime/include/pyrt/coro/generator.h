// The generator object of a `def` containing `yield`: __next__, send, throw,
// close, and close-on-collection. Mirrors CPython's Objects/genobject.c
// (PyGen_Type), including PEP 479 (StopIteration in the body -> RuntimeError).
#pragma once

#include <coroutine>
#include <cstdint>

#include "pyrt/coro/coroutine.h"
#include "pyrt/object/object.h"

namespace pyrt {

struct GeneratorObject;

/// Return type of a translated generator body (first parameter CodeRef).
class Generator {
 public:
  using promise_type = GeneratorObject;
  explicit Generator(GeneratorObject* p) noexcept;
  operator Object() && noexcept { return std::move(obj_); }

 private:
  Object obj_;
};

struct GeneratorObject final : HeapObject, FramePromiseBase {
  enum class State : std::uint8_t { Created, Running, AtYield, Done };

  GeneratorObject() noexcept;
  template <class... A>
  explicit GeneratorObject(CodeRef c, A&...) noexcept : GeneratorObject() {
    code = c;
    record.code = c;
    record.line = c->firstlineno;
  }

  std::coroutine_handle<GeneratorObject> handle() noexcept {
    return std::coroutine_handle<GeneratorObject>::from_promise(*this);
  }

  Generator get_return_object() noexcept { return Generator(this); }
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_value(Object v) noexcept { result = std::move(v); }
  void unhandled_exception() noexcept;

  struct YieldAwaiter {
    GeneratorObject* gen;
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<GeneratorObject>) noexcept {}
    Object await_resume();
  };
  YieldAwaiter yield_value(Object v) noexcept {
    yielded = std::move(v);
    state = State::AtYield;
    return YieldAwaiter{this};
  }

  /// Resumes with `value` sent (or `exc` thrown) in: true with `out` = the
  /// yielded value, false when finished (`out` = the return value); an
  /// exception escaping the body is thrown.
  bool step(const Object& value, const Object& exc, Object& out);
  /// Mirrors generator.close().
  void close();

  void dealloc() override;
  Object repr() override;
  Object getattr(const Object& name) override;
  Object iter() override;
  bool next(Object& out) override;

  State state = State::Created;
  CodeRef code = nullptr;
  Object yielded;
  Object send_in;
  Object throw_in;
  Object result;
  Object error;
};

inline Generator::Generator(GeneratorObject* p) noexcept : obj_(p) {}

/// `yield from sub` in a generator body, one step at a time: sends `sent`
/// (or throws `thrown`) into the subiterator. Returns true with `out` = the
/// value to yield on, or false with `out` = the subiterator's return value.
bool yield_from_step(const Object& sub, const Object& sent, const Object& thrown, Object& out);

}  // namespace pyrt
