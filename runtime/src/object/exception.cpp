// The builtin exception hierarchy, exception instances, raising with
// __context__ chaining, and the uncaught-exception report. Mirrors CPython's
// Objects/exceptions.c (str/repr rules per class), Python/errors.c
// (_PyErr_SetObject's context handling) and Lib/traceback.py's chain format.
#include "pyrt/object/exception.h"

#include <algorithm>
#include <new>
#include <string>
#include <vector>

#include "internal.h"
#include "pyrt/object/int.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/function.h"
#include "pyrt/object/list.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace exc {
TypeObject* BaseException;
TypeObject* BaseExceptionGroup;
TypeObject* Exception;
TypeObject* GeneratorExit;
TypeObject* KeyboardInterrupt;
TypeObject* SystemExit;
TypeObject* ArithmeticError;
TypeObject* ZeroDivisionError;
TypeObject* OverflowError;
TypeObject* AssertionError;
TypeObject* AttributeError;
TypeObject* LookupError;
TypeObject* IndexError;
TypeObject* KeyError;
TypeObject* NameError;
TypeObject* UnboundLocalError;
TypeObject* RuntimeError;
TypeObject* NotImplementedError;
TypeObject* RecursionError;
TypeObject* StopIteration;
TypeObject* StopAsyncIteration;
TypeObject* TypeError;
TypeObject* ValueError;
TypeObject* UnicodeError;
TypeObject* UnicodeEncodeError;
TypeObject* UnicodeDecodeError;
TypeObject* OSError;
TypeObject* BlockingIOError;
TypeObject* ChildProcessError;
TypeObject* ConnectionError;
TypeObject* BrokenPipeError;
TypeObject* ConnectionAbortedError;
TypeObject* ConnectionRefusedError;
TypeObject* ConnectionResetError;
TypeObject* FileExistsError;
TypeObject* FileNotFoundError;
TypeObject* InterruptedError;
TypeObject* IsADirectoryError;
TypeObject* NotADirectoryError;
TypeObject* PermissionError;
TypeObject* ProcessLookupError;
TypeObject* TimeoutError;
TypeObject* ImportError;
TypeObject* ModuleNotFoundError;
TypeObject* MemoryError;
TypeObject* FloatingPointError;
TypeObject* ReferenceError;
TypeObject* Warning;
TypeObject* UserWarning;
TypeObject* DeprecationWarning;
TypeObject* PendingDeprecationWarning;
TypeObject* SyntaxWarning;
TypeObject* RuntimeWarning;
TypeObject* FutureWarning;
TypeObject* ImportWarning;
TypeObject* UnicodeWarning;
TypeObject* BytesWarning;
TypeObject* ResourceWarning;
TypeObject* EncodingWarning;
TypeObject* EOFError;
TypeObject* SystemError;
TypeObject* BufferError;
TypeObject* ExceptionGroup;
TypeObject* CancelledError;
TypeObject* InvalidStateError;
TypeObject* BrokenBarrierError;
TypeObject* QueueEmpty;
TypeObject* QueueFull;
TypeObject* FrozenInstanceError;
}  // namespace exc

namespace nm = detail::names;

// ---- instances ---------------------------------------------------------------------------------

ExceptionObject::ExceptionObject(TypeObject* t, Object a)
    : Instance(t), args(std::move(a)), cause(kNone), context(kNone), traceback(kNone) {}

ExceptionObject* as_exception(const Object& value) noexcept {
  if (!value.is_heap() || !value.heap()->type->is_exception) return nullptr;
  return static_cast<ExceptionObject*>(value.heap());
}

namespace {

// UnicodeEncodeError_str / UnicodeDecodeError_str (Objects/exceptions.c): one
// character or byte is named, a longer range given as start-(end-1).
Object unicode_error_str(TypeObject* type, const std::vector<Object>& a) {
  bool encode = type->is_subtype(exc::UnicodeEncodeError);
  std::int64_t start = 0, end = 0;
  int_to_int64(a[2], start);
  int_to_int64(a[3], end);
  std::string head = "'" + str_text(a[0]) + "' codec can't " + (encode ? "encode" : "decode");
  std::string tail = ": " + str_text(a[4]);
  char buf[32];
  if (encode && is_str(a[1])) {
    std::int64_t n = static_cast<StrObject*>(a[1].heap())->length;
    if (start >= 0 && start < n && end == start + 1) {
      std::string_view s = str_view(a[1]);
      std::size_t i = 0;
      for (std::int64_t k = 0; k < start; ++k) utf8_decode(s, i);
      std::uint32_t c = utf8_decode(s, i);
      std::snprintf(buf, sizeof buf, c <= 0xFF ? "\\x%02x" : c <= 0xFFFF ? "\\u%04x" : "\\U%08x", c);
      return str_from(head + " character '" + buf + "' in position " + std::to_string(start) + tail);
    }
  } else if (!encode && a[1].type() == types::bytes) {
    const std::string& b = static_cast<BytesObject*>(a[1].heap())->data;
    if (start >= 0 && start < static_cast<std::int64_t>(b.size()) && end == start + 1) {
      std::snprintf(buf, sizeof buf, "0x%02x", static_cast<unsigned char>(b[static_cast<std::size_t>(start)]));
      return str_from(head + " byte " + buf + " in position " + std::to_string(start) + tail);
    }
  }
  return str_from(head + (encode ? " characters" : " bytes") + " in position " + std::to_string(start) + "-" +
                  std::to_string(end - 1) + tail);
}

}  // namespace

Object ExceptionObject::base_str() {
  const auto& a = tuple_items(args);
  if (type->is_subtype(exc::BaseExceptionGroup) && a.size() == 2) {
    std::int64_t n = pyrt::len(a[1]);
    return str_from(str_text(a[0]) + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
  }
  if (type->is_subtype(exc::KeyError) && a.size() == 1) return pyrt::repr(a[0]);
  if ((type->is_subtype(exc::UnicodeEncodeError) || type->is_subtype(exc::UnicodeDecodeError)) && a.size() == 5) {
    return unicode_error_str(type, a);
  }
  if (os) {
    Object text = detail::os_error_str(*os);
    if (!text.is_unbound()) return text;
  }
  if (a.empty()) return str_from(std::string_view());
  if (a.size() == 1) return pyrt::str(a[0]);
  return pyrt::str(args);
}

Object ExceptionObject::base_repr() {
  const auto& a = tuple_items(args);
  if (a.size() == 1) return str_from(type->name + "(" + repr_text(a[0]) + ")");
  return str_from(type->name + repr_text(args));
}

Object ExceptionObject::base_getattr(const Object& name) {
  if (name.is(nm::args)) return args;
  if (name.is(nm::cause)) return cause;
  if (name.is(nm::context)) return context;
  if (name.is(nm::suppress_context)) return Object::from_bool(suppress_context);
  if (name.is(nm::traceback)) return traceback;
  if (name.is(nm::notes)) return notes;
  const auto& a = tuple_items(args);
  std::string_view n = str_view(name);
  if (n == "value" && (type->is_subtype(exc::StopIteration) || type->is_subtype(exc::StopAsyncIteration))) {
    return a.empty() ? kNone : a[0];
  }
  if (n == "code" && type->is_subtype(exc::SystemExit)) {
    if (a.empty()) return kNone;
    return a.size() == 1 ? a[0] : args;
  }
  if (type->is_subtype(exc::BaseExceptionGroup)) {
    if (n == "message") return a.empty() ? kNone : a[0];
    if (n == "exceptions") return a.size() < 2 ? tuple_of({}) : tuple_from_iterable(a[1]);
  }
  if ((type->is_subtype(exc::UnicodeEncodeError) || type->is_subtype(exc::UnicodeDecodeError)) && a.size() == 5) {
    if (n == "encoding") return a[0];
    if (n == "object") return a[1];
    if (n == "start") return a[2];
    if (n == "end") return a[3];
    if (n == "reason") return a[4];
  }
  if (os) {
    Object v = detail::os_error_getattr(*os, name);
    if (!v.is_unbound()) return v;
  }
  if (n == "name" && (type->is_subtype(exc::NameError) || type->is_subtype(exc::AttributeError) ||
                      type->is_subtype(exc::ImportError))) {
    return kNone;
  }
  // ImportError_init: a single argument is also the message.
  if (n == "msg" && type->is_subtype(exc::ImportError)) return a.size() == 1 ? a[0] : kNone;
  return Object();
}

bool ExceptionObject::base_setattr(const Object& name, const Object& value) {
  if (name.is(nm::args)) {
    if (value.is_unbound()) detail::type_error("args may not be deleted");
    args = tuple_from_iterable(value);
    return true;
  }
  if (name.is(nm::cause) || name.is(nm::context)) {
    bool cause_attr = name.is(nm::cause);
    if (value.is_unbound()) detail::type_error(std::string(cause_attr ? "__cause__" : "__context__") + " may not be deleted");
    if (!value.is_none() && as_exception(value) == nullptr) {
      detail::type_error(std::string("exception ") + (cause_attr ? "cause" : "context") +
                         " must be None or derive from BaseException");
    }
    if (cause_attr) {
      cause = value;
      suppress_context = true;
    } else {
      context = value;
    }
    return true;
  }
  if (name.is(nm::suppress_context)) {
    suppress_context = pyrt::truthy(value);
    return true;
  }
  if (name.is(nm::traceback)) {
    traceback = kNone;
    return true;
  }
  if (name.is(nm::notes)) {
    notes = value;
    return true;
  }
  return os && detail::os_error_setattr(*os, name, value);
}

// ---- creation and raising ----------------------------------------------------------------------------

Object new_exception(TypeObject* type, std::string message) {
  if (message.empty()) return make<ExceptionObject>(type, tuple_of({}));
  return make<ExceptionObject>(type, tuple_of({str_from(std::move(message))}));
}

Object new_exception_args(TypeObject* type, std::initializer_list<Object> args) {
  return make<ExceptionObject>(type, tuple_of(args));
}

namespace {

FrameRecord g_thread_frame;

Object instantiate(const Object& value) {
  if (is_type(value) && static_cast<TypeObject*>(value.heap())->is_exception) {
    Object inst = call(value, {});
    if (as_exception(inst) == nullptr) {
      detail::type_error("calling " + repr_text(value) +
                         " should have returned an instance of BaseException, not " + type_name_text(inst));
    }
    return inst;
  }
  if (as_exception(value) != nullptr) return value;
  detail::type_error("exceptions must derive from BaseException");
}

}  // namespace

void raise(const Object& value) {
  Object inst = instantiate(value);
  ExceptionObject* e = as_exception(inst);
  Object cur = current_exception();
  if (!cur.is_unbound() && !cur.is(inst)) {
    Object o = cur;
    while (ExceptionObject* oe = as_exception(o)) {
      if (oe->context.is_none()) break;
      if (oe->context.is(inst)) {
        oe->context = kNone;
        break;
      }
      o = oe->context;
    }
    e->context = cur;
  }
  e->raised = true;
  throw PyException{inst};
}

void raise_from(const Object& value, const Object& cause) {
  Object inst = instantiate(value);
  Object c;
  if (cause.is_none()) {
    c = kNone;
  } else if (is_type(cause) && static_cast<TypeObject*>(cause.heap())->is_exception) {
    c = call(cause, {});
  } else if (as_exception(cause) != nullptr) {
    c = cause;
  } else {
    detail::type_error("exception causes must derive from BaseException");
  }
  ExceptionObject* e = as_exception(inst);
  e->cause = c;
  e->suppress_context = true;
  raise(inst);
}

void raise_error(TypeObject* type, std::string message) { raise(new_exception(type, std::move(message))); }

bool exception_is(const Object& value, TypeObject* type) { return value.type()->is_subtype(type); }

bool exception_matches(const Object& value, const Object& type_or_tuple) {
  if (type_or_tuple.type() == types::tuple) {
    for (const Object& t : tuple_items(type_or_tuple))
      if (exception_matches(value, t)) return true;
    return false;
  }
  if (!is_type(type_or_tuple) || !static_cast<TypeObject*>(type_or_tuple.heap())->is_exception) {
    detail::type_error("catching classes that do not inherit from BaseException is not allowed");
  }
  return value.type()->is_subtype(static_cast<TypeObject*>(type_or_tuple.heap()));
}

FrameRecord* detail::frame = &g_thread_frame;

Object current_exception() {
  for (const FrameRecord* level = detail::frame; level != nullptr; level = level->previous) {
    if (!level->handled.is_unbound() && !level->handled.is_none()) return level->handled;
  }
  return Object();
}

ExceptionScope::ExceptionScope(const Object& value) : saved_(detail::frame->handled) {
  detail::frame->handled = value;
}
ExceptionScope::~ExceptionScope() { detail::frame->handled = std::move(saved_); }

Object exception_from_current() {
  try {
    throw;
  } catch (PyException& e) {
    return e.value;
  } catch (std::bad_alloc&) {
    return new_exception(exc::MemoryError, "");
  } catch (std::exception& e) {
    return new_exception(exc::SystemError, std::string("C++ exception: ") + e.what());
  } catch (...) {
    return new_exception(exc::SystemError, "unknown C++ exception");
  }
}

Object exception_args(const Object& value) { return as_exception(value)->args; }
Object exception_cause(const Object& value) { return as_exception(value)->cause; }
Object exception_context(const Object& value) { return as_exception(value)->context; }
bool exception_suppress_context(const Object& value) { return as_exception(value)->suppress_context; }
void set_exception_context(const Object& value, const Object& context) { as_exception(value)->context = context; }

Object stop_iteration_value(const Object& value) {
  const auto& a = tuple_items(as_exception(value)->args);
  return a.empty() ? kNone : a[0];
}

// ---- the uncaught-exception report ----------------------------------------------------------------------

namespace {

std::string final_line(const Object& value) {
  TypeObject* t = value.type();
  std::string name = type_qualified_name(t);
  std::string text;
  try {
    text = str_text(value);
  } catch (PyException&) {
    text = "<exception str() failed>";
  }
  std::string out = text.empty() ? name : name + ": " + text;
  out += "\n";
  ExceptionObject* e = as_exception(value);
  if (e != nullptr && !e->notes.is_unbound() && is_list(e->notes)) {
    for (const Object& n : list_items(e->notes)) out += str_text(n) + "\n";
  }
  return out;
}

// traceback._ExceptionPrintContext: what the report of an exception group is nested in.
struct PrintContext {
  std::vector<const HeapObject*> seen;
  int group_depth = 0;
  bool need_close = false;
  std::string out;

  std::string indent() const { return std::string(static_cast<std::size_t>(2 * group_depth), ' '); }
  // Writes `text`'s lines, each behind the indent and, inside a group, the margin.
  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (group_depth > 0) prefix += std::string(1, margin) + " ";
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      end = end == std::string::npos ? text.size() : end + 1;
      out += prefix + text.substr(start, end - start);
      start = end;
    }
  }
};

// traceback.TracebackException's limits, which sys.excepthook's report uses too.
constexpr std::size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

const char* kCauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
const char* kContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";
const char* kTracebackStack = "  File \"<translated>\", line ?, in <module>\n";

void format_exception(const Object& value, PrintContext& ctx);

// One exception of a chain, as TracebackException.format prints it: a plain exception, or a
// group with its sub-exceptions in a box (Lib/traceback.py, Python/pythonrun.c).
void format_one(const Object& value, PrintContext& ctx) {
  ExceptionObject* e = as_exception(value);
  bool raised = e == nullptr || e->raised;
  if (e == nullptr || !value.type()->is_subtype(exc::BaseExceptionGroup)) {
    if (raised) ctx.emit(std::string("Traceback (most recent call last):\n") + kTracebackStack);
    ctx.emit(final_line(value));
    return;
  }
  if (ctx.group_depth > kMaxGroupDepth) {
    ctx.emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    return;
  }
  bool top_level = ctx.group_depth == 0;
  if (top_level) ++ctx.group_depth;
  if (raised) {
    ctx.emit("Exception Group Traceback (most recent call last):\n", top_level ? '+' : '|');
    ctx.emit(kTracebackStack);
  }
  ctx.emit(final_line(value));
  Object group_items = tuple_from_iterable(tuple_items(e->args)[1]);
  const auto& excs = tuple_items(group_items);
  std::size_t n = excs.size() <= kMaxGroupWidth ? excs.size() : kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (std::size_t i = 0; i < n; ++i) {
    bool last = i + 1 == n;
    if (last) ctx.need_close = true;
    bool truncated = i >= kMaxGroupWidth;
    std::string title = truncated ? "..." : std::to_string(i + 1);
    ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
    ++ctx.group_depth;
    if (!truncated) {
      format_exception(excs[i], ctx);
    } else {
      std::size_t remaining = excs.size() - kMaxGroupWidth;
      ctx.emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    --ctx.group_depth;
  }
  if (top_level) ctx.group_depth = 0;
}

// An exception and the chain of causes and contexts before it, oldest first.
void format_exception(const Object& value, PrintContext& ctx) {
  auto unseen = [&](const Object& x) {
    if (x.is_none() || x.is_unbound()) return false;
    return std::find(ctx.seen.begin(), ctx.seen.end(), x.heap()) == ctx.seen.end();
  };
  std::vector<std::pair<const char*, Object>> chain;
  Object exc = value;
  ctx.seen.push_back(exc.heap());
  while (true) {
    ExceptionObject* e = as_exception(exc);
    const char* message = nullptr;
    Object next;
    if (e != nullptr && unseen(e->cause)) {
      message = kCauseMessage;
      next = e->cause;
    } else if (e != nullptr && !e->suppress_context && unseen(e->context)) {
      message = kContextMessage;
      next = e->context;
    }
    chain.emplace_back(message, exc);
    if (next.is_unbound()) break;
    ctx.seen.push_back(next.heap());
    exc = next;
  }
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (it->first != nullptr) ctx.emit(it->first);
    format_one(it->second, ctx);
  }
}

}  // namespace

void print_uncaught(const Object& value) {
  PrintContext ctx;
  format_exception(value, ctx);
  write_stderr(ctx.out);
}

// ---- BaseException's methods ---------------------------------------------------------------------

namespace {

Object exception_new(TypeObject* type, const CallArgs& args) {
  if (!type->is_heap_type && args.nkw) detail::type_error(type->name + "() takes no keyword arguments");
  std::vector<Object> a(args.args, args.args + args.npos);
  return make<ExceptionObject>(type, tuple_from_vector(std::move(a)));
}

Object exc_init(const CallArgs& args) {
  if (args.npos < 1) detail::type_error("descriptor '__init__' of 'BaseException' object needs an argument");
  ExceptionObject* e = as_exception(args.args[0]);
  if (e == nullptr) detail::type_error("descriptor '__init__' requires a 'BaseException' object");
  if (args.nkw) detail::type_error(e->type->name + "() takes no keyword arguments");
  e->args = tuple_from_vector(std::vector<Object>(args.args + 1, args.args + args.npos));
  return kNone;
}

Object exc_str(const CallArgs& args) {
  check_nargs(args, "__str__", 1, 1);
  return as_exception(args.args[0])->base_str();
}

Object exc_repr(const CallArgs& args) {
  check_nargs(args, "__repr__", 1, 1);
  return as_exception(args.args[0])->base_repr();
}

Object exc_with_traceback(const Object& self, const CallArgs& args) {
  check_nargs(args, "with_traceback", 1, 1);
  return self;
}

Object exc_add_note(const Object& self, const CallArgs& args) {
  check_nargs(args, "add_note", 1, 1);
  if (!is_str(args.args[0])) {
    detail::type_error("note must be a str, not '" + type_name_text(args.args[0]) + "'");
  }
  ExceptionObject* e = as_exception(self);
  if (e->notes.is_unbound()) e->notes = list_of({});
  list_append(e->notes, args.args[0]);
  return kNone;
}

Object group_new(TypeObject* type, const CallArgs& args) {
  if (args.nkw) detail::type_error(type->name + "() takes no keyword arguments");
  if (args.npos != 2) {
    detail::type_error(type->name + "() takes exactly 2 arguments (" + std::to_string(args.npos) + " given)");
  }
  if (!is_str(args.args[0])) bad_argument("BaseExceptionGroup.__new__", 1, "str", args.args[0]);
  Object excs = args.args[1];
  const char* seq_msg = "second argument (exceptions) must be a sequence";
  if (!is_list(excs) && !is_tuple(excs)) detail::type_error(seq_msg);
  if (len(excs) == 0) detail::value_error("second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  Object it = iter(excs);
  Object x;
  std::size_t i = 0;
  while (next(it, x)) {
    if (as_exception(x) == nullptr) {
      detail::value_error("Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    }
    all_exceptions = all_exceptions && exception_is(x, exc::Exception);
    ++i;
  }
  // BaseExceptionGroup(...) of plain Exceptions is an ExceptionGroup.
  if (type == exc::BaseExceptionGroup && all_exceptions) type = exc::ExceptionGroup;
  if (type == exc::ExceptionGroup && !all_exceptions) {
    detail::type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  }
  return make<ExceptionObject>(type, tuple_of({args.args[0], excs}));
}

TypeObject* make_exc(const char* name, TypeObject* base, const char* module = "builtins") {
  TypeObject* t = make_builtin_type(name, base, module, base ? base->native_new : exception_new, true);
  t->is_exception = true;
  return t;
}

}  // namespace

void detail::init_exception_types() {
  using namespace exc;
  BaseException = make_exc("BaseException", nullptr);
  BaseException->native_new = exception_new;
  detail::add_slot_default(BaseException, "__init__", exc_init);
  detail::add_slot_default(BaseException, "__str__", exc_str);
  detail::add_slot_default(BaseException, "__repr__", exc_repr);
  add_method(BaseException, "with_traceback", exc_with_traceback);
  add_method(BaseException, "add_note", exc_add_note);
  BaseExceptionGroup = make_exc("BaseExceptionGroup", BaseException);
  BaseExceptionGroup->native_new = group_new;
  detail::add_exception_group_methods(BaseExceptionGroup);
  GeneratorExit = make_exc("GeneratorExit", BaseException);
  KeyboardInterrupt = make_exc("KeyboardInterrupt", BaseException);
  SystemExit = make_exc("SystemExit", BaseException);
  Exception = make_exc("Exception", BaseException);
  ArithmeticError = make_exc("ArithmeticError", Exception);
  OverflowError = make_exc("OverflowError", ArithmeticError);
  FloatingPointError = make_exc("FloatingPointError", ArithmeticError);
  ZeroDivisionError = make_exc("ZeroDivisionError", ArithmeticError);
  AssertionError = make_exc("AssertionError", Exception);
  AttributeError = make_exc("AttributeError", Exception);
  BufferError = make_exc("BufferError", Exception);
  EOFError = make_exc("EOFError", Exception);
  ExceptionGroup = make_exc("ExceptionGroup", BaseExceptionGroup);
  ExceptionGroup->bases.push_back(Exception);
  ExceptionGroup->compute_mro();
  ImportError = make_exc("ImportError", Exception);
  ModuleNotFoundError = make_exc("ModuleNotFoundError", ImportError);
  LookupError = make_exc("LookupError", Exception);
  IndexError = make_exc("IndexError", LookupError);
  KeyError = make_exc("KeyError", LookupError);
  MemoryError = make_exc("MemoryError", Exception);
  ReferenceError = make_exc("ReferenceError", Exception);
  NameError = make_exc("NameError", Exception);
  UnboundLocalError = make_exc("UnboundLocalError", NameError);
  OSError = make_exc("OSError", Exception);
  OSError->native_new = detail::os_error_new;
  detail::add_slot_default(OSError, "__init__", detail::os_error_init);
  detail::add_slot_default(OSError, "__str__", exc_str);
  BlockingIOError = make_exc("BlockingIOError", OSError);
  ChildProcessError = make_exc("ChildProcessError", OSError);
  ConnectionError = make_exc("ConnectionError", OSError);
  BrokenPipeError = make_exc("BrokenPipeError", ConnectionError);
  ConnectionAbortedError = make_exc("ConnectionAbortedError", ConnectionError);
  ConnectionRefusedError = make_exc("ConnectionRefusedError", ConnectionError);
  ConnectionResetError = make_exc("ConnectionResetError", ConnectionError);
  FileExistsError = make_exc("FileExistsError", OSError);
  FileNotFoundError = make_exc("FileNotFoundError", OSError);
  InterruptedError = make_exc("InterruptedError", OSError);
  IsADirectoryError = make_exc("IsADirectoryError", OSError);
  NotADirectoryError = make_exc("NotADirectoryError", OSError);
  PermissionError = make_exc("PermissionError", OSError);
  ProcessLookupError = make_exc("ProcessLookupError", OSError);
  TimeoutError = make_exc("TimeoutError", OSError);
  RuntimeError = make_exc("RuntimeError", Exception);
  NotImplementedError = make_exc("NotImplementedError", RuntimeError);
  RecursionError = make_exc("RecursionError", RuntimeError);
  StopAsyncIteration = make_exc("StopAsyncIteration", Exception);
  StopIteration = make_exc("StopIteration", Exception);
  SystemError = make_exc("SystemError", Exception);
  TypeError = make_exc("TypeError", Exception);
  ValueError = make_exc("ValueError", Exception);
  UnicodeError = make_exc("UnicodeError", ValueError);
  UnicodeEncodeError = make_exc("UnicodeEncodeError", UnicodeError);
  UnicodeDecodeError = make_exc("UnicodeDecodeError", UnicodeError);
  Warning = make_exc("Warning", Exception);
  UserWarning = make_exc("UserWarning", Warning);
  DeprecationWarning = make_exc("DeprecationWarning", Warning);
  PendingDeprecationWarning = make_exc("PendingDeprecationWarning", Warning);
  SyntaxWarning = make_exc("SyntaxWarning", Warning);
  RuntimeWarning = make_exc("RuntimeWarning", Warning);
  FutureWarning = make_exc("FutureWarning", Warning);
  ImportWarning = make_exc("ImportWarning", Warning);
  UnicodeWarning = make_exc("UnicodeWarning", Warning);
  BytesWarning = make_exc("BytesWarning", Warning);
  ResourceWarning = make_exc("ResourceWarning", Warning);
  EncodingWarning = make_exc("EncodingWarning", Warning);
  CancelledError = make_exc("CancelledError", BaseException, "asyncio.exceptions");
  InvalidStateError = make_exc("InvalidStateError", Exception, "asyncio.exceptions");
  BrokenBarrierError = make_exc("BrokenBarrierError", RuntimeError, "asyncio.exceptions");
  QueueEmpty = make_exc("QueueEmpty", Exception, "asyncio.queues");
  QueueFull = make_exc("QueueFull", Exception, "asyncio.queues");
  FrozenInstanceError = make_exc("FrozenInstanceError", AttributeError, "dataclasses");
}

}  // namespace pyrt
