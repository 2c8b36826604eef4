// Generator objects. Mirrors CPython's Objects/genobject.c for PyGen_Type:
// gen_send_ex's states and messages, gen_close, and close-on-collection.
#include "pyrt/coro/generator.h"

#include <cstdio>
#include <string>
#include <utility>

#include "pyrt/object/function.h"
#include "pyrt/object/type.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/print.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

TypeObject* generator_type() {
  // CPython's generator objects keep a weak-reference list (gi_weakreflist).
  static TypeObject* t = [] {
    TypeObject* type = make_builtin_type("generator");
    type->instances_have_weakref = true;
    return type;
  }();
  return t;
}

GeneratorObject* as_gen(const Object& self) { return static_cast<GeneratorObject*>(self.heap()); }

Object gen_send(const Object& self, const CallArgs& args) {
  check_nargs(args, "send", 1, 1);
  Object out;
  bool yielded = as_gen(self)->step(args.args[0], Object(), out);
  return yielded_or_stop(yielded, std::move(out));
}

Object gen_throw(const Object& self, const CallArgs& args) {
  check_nargs(args, "throw", 1, 3);
  Object out;
  bool yielded = as_gen(self)->step(kNone, exception_from_throw_args(args), out);
  return yielded_or_stop(yielded, std::move(out));
}

Object gen_close(const Object& self, const CallArgs& args) {
  check_nargs(args, "close", 0, 0);
  as_gen(self)->close();
  return kNone;
}

Object gen_next(const Object& self, const CallArgs& args) {
  check_nargs(args, "__next__", 0, 0);
  Object out;
  bool yielded = as_gen(self)->step(kNone, Object(), out);
  return yielded_or_stop(yielded, std::move(out));
}

}  // namespace

GeneratorObject::GeneratorObject() noexcept : HeapObject(generator_type()) {}

void GeneratorObject::unhandled_exception() noexcept {
  error = exception_from_current();
  if (!exception_is(error, exc::StopIteration)) return;
  try {
    raise_from(new_exception(exc::RuntimeError, "generator raised StopIteration"), error);
  } catch (PyException& e) {
    error = std::move(e.value);
  }
}

Object GeneratorObject::YieldAwaiter::await_resume() {
  gen->state = State::Running;
  if (!gen->throw_in.is_unbound()) throw PyException{std::exchange(gen->throw_in, Object())};
  return std::exchange(gen->send_in, Object::none());
}

bool GeneratorObject::step(const Object& value, const Object& exc, Object& out) {
  if (state == State::Running) raise_error(exc::ValueError, "generator already executing");
  if (state == State::Done) {
    if (!exc.is_unbound()) throw PyException{exc};
    out = kNone;
    return false;
  }
  if (state == State::Created) {
    if (!exc.is_unbound()) {
      state = State::Done;
      throw PyException{exc};
    }
    if (!value.is_none()) raise_error(exc::TypeError, "can't send non-None value to a just-started generator");
  }
  RecursionGuard frame;  // the generator's frame, while it runs
  send_in = value;
  throw_in = exc;
  state = State::Running;
  enter_record();
  handle().resume();
  leave_record();
  if (handle().done()) {
    state = State::Done;
    if (!error.is_unbound()) throw PyException{std::exchange(error, Object())};
    out = std::exchange(result, Object());
    return false;
  }
  out = std::exchange(yielded, Object());
  return true;
}

void GeneratorObject::close() {
  if (state == State::Created) {
    state = State::Done;
    return;
  }
  if (state != State::AtYield) return;
  Object out;
  try {
    if (!step(kNone, new_exception(exc::GeneratorExit, ""), out)) return;
  } catch (PyException& e) {
    if (exception_is(e.value, exc::GeneratorExit) || exception_is(e.value, exc::StopIteration)) return;
    throw;
  }
  raise_error(exc::RuntimeError, "generator ignored GeneratorExit");
}

void GeneratorObject::dealloc() {
  // gen_dealloc clears the weak references before the finalizer runs (and may resurrect).
  if (has_weakrefs) clear_weakrefs(this);
  // Mirrors _PyGen_Finalize: a generator collected while suspended is closed,
  // so its finally blocks run now; errors are reported, not raised.
  if (state == State::AtYield) {
    Object self(this);
    try {
      close();
    } catch (...) {
      Object e = exception_from_current();
      flush_stdout();
      std::fprintf(stderr, "Exception ignored in: %s\n", repr_text(self).c_str());
      print_uncaught(e);
    }
    state = State::Done;
    return;
  }
  handle().destroy();
}

Object GeneratorObject::repr() { return frame_object_repr("generator", code, this); }

Object GeneratorObject::getattr(const Object& name) {
  std::string_view n = str_view(name);
  Object self(this);
  if (n == "send") return make_native_method(self, "send", gen_send);
  if (n == "throw") return make_native_method(self, "throw", gen_throw);
  if (n == "close") return make_native_method(self, "close", gen_close);
  if (n == "__next__") return make_native_method(self, "__next__", gen_next);
  if (Object a = code_attribute(n, code); !a.is_unbound()) return a;
  if (n == "gi_running") return Object::from_bool(state == State::Running);
  return HeapObject::getattr(name);
}

Object GeneratorObject::iter() { return Object(this); }

bool GeneratorObject::next(Object& out) { return step(kNone, Object(), out); }

bool yield_from_step(const Object& sub, const Object& sent, const Object& thrown, Object& out) {
  if (sub.is_heap() && sub.heap()->type == generator_type()) {
    return as_gen(sub)->step(sent, thrown, out);
  }
  if (!thrown.is_unbound()) {
    static const Object throw_name = intern("throw");
    if (exception_is(thrown, exc::GeneratorExit)) {
      static const Object close_name = intern("close");
      Object close = getattr_or_unbound(sub, close_name);
      if (!close.is_unbound()) call(close, {});
      throw PyException{thrown};
    }
    Object method = getattr_or_unbound(sub, throw_name);
    if (method.is_unbound()) throw PyException{thrown};
    try {
      out = call(method, {thrown});
      return true;
    } catch (PyException& e) {
      if (!exception_is(e.value, exc::StopIteration)) throw;
      out = stop_iteration_value(e.value);
      return false;
    }
  }
  if (sent.is_none()) {
    if (next(sub, out)) return true;
    out = kNone;
    return false;
  }
  static const Object send_name = intern("send");
  try {
    out = call_method(sub, send_name, {sent});
    return true;
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::StopIteration)) throw;
    out = stop_iteration_value(e.value);
    return false;
  }
}

}  // namespace pyrt
