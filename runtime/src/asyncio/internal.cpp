// Helpers shared by the asyncio sources (format_helpers, reprlib, argument
// binding).
#include "internal.h"

#include <string>

#include "pyrt/asyncio/future.h"
#include "pyrt/asyncio/task.h"
#include "pyrt/asyncio/taskgroups.h"
#include "pyrt/asyncio/timeouts.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt::asyncio_detail {

namespace {

// format_helpers._get_function_source as the " at FILE:LINE" suffix of
// _format_callback_source: known for Python functions (after
// inspect.unwrap), not for bound methods or builtins.
std::string function_source(Object fn) {
  static const Object wrapped = intern("__wrapped__");
  static const Object code_name = intern("__code__");
  static const Object filename = intern("co_filename");
  static const Object firstlineno = intern("co_firstlineno");
  for (Object inner = getattr_or_unbound(fn, wrapped); !inner.is_unbound(); inner = getattr_or_unbound(fn, wrapped)) {
    fn = inner;
  }
  if (fn.type() != types::function) return "";
  Object code = getattr(fn, code_name);
  return " at " + str_text(getattr(code, filename)) + ":" + repr_text(getattr(code, firstlineno));
}

// format_helpers._format_callback: the callable's __qualname__ (or
// __name__, or repr) followed by its arguments.
std::string format_callable(const Object& fn, const Object& args) {
  static const Object qualname = intern("__qualname__");
  static const Object name = intern("__name__");
  std::string text;
  Object q = getattr_or_unbound(fn, qualname);
  if (!q.is_unbound() && is_str(q) && !str_view(q).empty()) {
    text = std::string(str_view(q));
  } else {
    Object n = getattr_or_unbound(fn, name);
    text = !n.is_unbound() && is_str(n) && !str_view(n).empty() ? std::string(str_view(n)) : repr_text(fn);
  }
  text += "(";
  if (!args.is_unbound()) {
    bool first = true;
    for (const Object& a : tuple_items(args)) {
      if (!first) text += ", ";
      text += short_repr(a);
      first = false;
    }
  }
  return text + ")" + function_source(fn);
}

}  // namespace

void call_python_done_callback(const Object& a, const Object& b) { call(a, {b}); }

std::string callback_source(CallbackFn fn, const Object& a, const Object& b) {
  if (fn == call_python_callback) return format_callable(a, b);
  if (fn == call_python_done_callback) return format_callable(a, Object());
  if (fn == task_wakeup_callback) return "Task.task_wakeup()";
  if (fn == task_step_callback) return "<TaskStepMethWrapper object>()";
  if (fn == timeout_on_timeout_callback) return "Timeout._on_timeout()";
  if (fn == task_group_on_task_done_callback) return "TaskGroup._on_task_done()";
  if (fn == set_result_unless_cancelled) {
    return "_set_result_unless_cancelled(" + short_repr(a) + ", " + short_repr(b) + ")";
  }
  return "<built-in callback>()";
}

bool is_awaitable(const Object& x) {
  if (!x.is_heap()) return false;
  if (x.heap()->native_awaitable() != nullptr) return true;
  static const Object await_name = intern("__await__");
  return !lookup_special(x, await_name).is_unbound();
}

// reprlib.Repr.repr_str with maxstring=30; other values use repr().
std::string short_repr(const Object& x) {
  std::string r = repr_text(x);
  if (!is_str(x)) return r;
  // Count code points, not bytes, as reprlib slices a str.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < r.size(); ++i) {
    if ((static_cast<unsigned char>(r[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  if (starts.size() <= 30) return r;
  std::size_t i = (30 - 3) / 2;
  std::size_t j = 30 - 3 - i;
  return r.substr(0, starts[i]) + "..." + r.substr(starts[starts.size() - j]);
}

Object new_exception_no_args(TypeObject* type) { return new_exception_args(type, {}); }

Object arg(const CallArgs& args, std::size_t i, const char* name, const Object& fallback) {
  for (std::size_t k = 0; k < args.nkw; ++k) {
    if (str_view(args.kwnames[k]) == name) return args.args[args.npos + k];
  }
  return i < args.npos ? args.args[i] : fallback;
}

std::string repr_of(const Object& x) { return repr_text(x); }

}  // namespace pyrt::asyncio_detail
