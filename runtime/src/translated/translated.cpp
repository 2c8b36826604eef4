// Entry points of translated.h. Messages are CPython 3.11's, from
// Python/ceval.c (format_exc_unbound, LOAD_NAME) and Objects/abstract.c.
#include "pyrt/translated.h"

#include <pthread.h>

#include <csignal>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "../native/native.h"
#include "pyrt/object/cell.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/recursion.h"
#include "pyrt/object/set.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/object/type.h"

namespace pyrt {

void (*native::atexit_callfuncs)() = nullptr;

void raise_unbound_local(const char* name) {
  raise_error(exc::UnboundLocalError,
              std::string("cannot access local variable '") + name + "' where it is not associated with a value");
}

Object name_error(const char* name) {
  raise_error(exc::NameError, std::string("name '") + name + "' is not defined");
}

Object cell_contents(const Object& cell) { return static_cast<Cell*>(cell.heap())->value; }

Object frame_locals(Object& frame_dict, std::initializer_list<std::pair<const char*, Object>> entries) {
  if (frame_dict.is_unbound()) frame_dict = dict_of({});
  for (const auto& [name, value] : entries) {
    if (value.is_unbound()) dict_del(frame_dict, intern(name));
    else dict_set(frame_dict, intern(name), value);
  }
  return frame_dict;
}

Object sorted_keys(const Object& namespace_dict) {
  Object keys = list_from_iterable(namespace_dict);
  call_method(keys, intern("sort"), {});
  return keys;
}

Object super_zero(const Object& class_cell, bool has_arguments, const Object& first) {
  if (!has_arguments) raise_error(exc::RuntimeError, "super(): no arguments");
  if (first.is_unbound()) raise_error(exc::RuntimeError, "super(): arg[0] deleted");
  if (class_cell.is_unbound()) raise_error(exc::RuntimeError, "super(): __class__ cell not found");
  const Object& cls = static_cast<Cell*>(class_cell.heap())->value;
  if (cls.is_unbound()) raise_error(exc::RuntimeError, "super(): empty __class__ cell");
  if (!is_type(cls)) {
    raise_error(exc::RuntimeError, "super(): __class__ is not a type (" + type_name_text(cls) + ")");
  }
  return super_(cls, first);
}

const Object& module_globals(const Object& module) { return static_cast<ModuleObject*>(module.heap())->dict; }

Object module_lookup(const Object& module, const Object& name, const Object& builtin) {
  Object v = dict_get(module_globals(module), name);
  return v.is_unbound() ? builtin : v;
}

Object module_global(const Object& module, const Object& name, const Object& builtin) {
  Object v = module_lookup(module, name, builtin);
  if (v.is_unbound()) name_error(std::string(str_view(name)).c_str());
  return v;
}

void module_store(const Object& module, const Object& name, const Object& value) {
  dict_set(module_globals(module), name, value);
}

void module_delete(const Object& module, const Object& name) {
  if (!dict_del(module_globals(module), name)) name_error(std::string(str_view(name)).c_str());
}

Object cell_get(const Object& cell, const char* name) {
  const Object& v = static_cast<Cell*>(cell.heap())->value;
  if (v.is_unbound()) {
    raise_error(exc::NameError, std::string("cannot access free variable '") + name +
                                    "' where it is not associated with a value in enclosing scope");
  }
  return v;
}

void cell_set(const Object& cell, Object value) { static_cast<Cell*>(cell.heap())->value = std::move(value); }

namespace {

// A name of a class namespace, unbound when missing. A dict is searched
// directly; any other mapping (what a metaclass's __prepare__ returned)
// through its __getitem__, KeyError meaning missing (LOAD_NAME).
Object namespace_get(const Object& ns, const Object& name) {
  if (ns.type() == types::dict) return dict_get(ns, name);
  try {
    return getitem(ns, name);
  } catch (PyException& e) {
    if (!exception_is(e.value, exc::KeyError)) throw;
  }
  return Object();
}

}  // namespace

Object class_load(const Object& ns, const Object& name, const Object& fallback) {
  Object v = namespace_get(ns, name);
  if (!v.is_unbound()) return v;
  if (fallback.is_unbound()) name_error(std::string(str_view(name)).c_str());
  return fallback;
}

void class_annotate(const Object& ns, const Object& name, const Object& annotation) {
  static const Object key = intern("__annotations__");
  Object annotations = namespace_get(ns, key);
  if (annotations.is_unbound()) {
    annotations = dict_of({});
    setitem(ns, key, annotations);
  }
  setitem(annotations, name, annotation);
}

namespace {

Object context_manager_methods(const Object& manager, Object& enter, const char* enter_name, const char* exit_name,
                               const char* protocol) {
  std::string text = "'" + std::string(type_name(manager)) + "' object does not support the " + protocol + " protocol";
  enter = lookup_special(manager, intern(enter_name));
  if (enter.is_unbound()) raise_error(exc::TypeError, text);
  Object exit = lookup_special(manager, intern(exit_name));
  if (exit.is_unbound()) raise_error(exc::TypeError, text + " (missed " + exit_name + " method)");
  return exit;
}

}  // namespace

Object with_exit(const Object& manager, Object& enter) {
  return context_manager_methods(manager, enter, "__enter__", "__exit__", "context manager");
}

Object async_with_exit(const Object& manager, Object& enter) {
  return context_manager_methods(manager, enter, "__aenter__", "__aexit__", "asynchronous context manager");
}

Object call_exit(const Object& exit, const Object& pending) {
  if (pending.is_unbound()) return call(exit, {kNone, kNone, kNone});
  return call(exit, {Object(pending.type()), pending, kNone});
}

void reraise() {
  Object e = current_exception();
  if (e.is_unbound()) raise_error(exc::RuntimeError, "No active exception to reraise");
  throw PyException{e};
}

namespace {

std::vector<Object> flatten(std::initializer_list<Part> parts) {
  std::vector<Object> out;
  for (const Part& p : parts) {
    if (!p.starred) {
      out.push_back(p.value);
      continue;
    }
    Object it = iter(p.value);
    Object x;
    while (next(it, x)) out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

Object tuple_from_parts(std::initializer_list<Part> parts) { return tuple_from_vector(flatten(parts)); }

Object list_from_parts(std::initializer_list<Part> parts) {
  Object list = list_of({});
  for (Object& x : flatten(parts)) list_append(list, x);
  return list;
}

Object set_from_parts(std::initializer_list<Part> parts) {
  Object set = set_of({});
  for (Object& x : flatten(parts)) set_add(set, x);
  return set;
}

namespace {

// CPython's _PyObject_FunctionStr (Objects/call.c): "module.qualname()" for
// functions outside builtins, "qualname()" for builtins, str(f) otherwise.
std::string function_str(const Object& f) {
  static const Object qualname_name = intern("__qualname__");
  static const Object module_name = intern("__module__");
  Object qualname = getattr_or_unbound(f, qualname_name);
  if (qualname.is_unbound()) return std::string(str_view(str(f)));
  Object module = getattr_or_unbound(f, module_name);
  std::string q(str_view(str(qualname)));
  if (!module.is_unbound() && !module.is(kNone)) {
    std::string m(str_view(str(module)));
    if (m != "builtins") return m + "." + q + "()";
  }
  return q + "()";
}

}  // namespace

void dict_merge_kwarg(const Object& kwargs, const Object& name, const Object& value, const Object& callee) {
  if (!dict_get(kwargs, name).is_unbound()) {
    raise_error(exc::TypeError, function_str(callee) + " got multiple values for keyword argument '" +
                                    std::string(str_view(name)) + "'");
  }
  setitem(kwargs, name, value);
}

void dict_merge_kwargs(const Object& kwargs, const Object& mapping, const Object& callee) {
  static const Object keys_name = intern("keys");
  Object keys = getattr_or_unbound(mapping, keys_name);
  if (keys.is_unbound()) {
    raise_error(exc::TypeError, function_str(callee) + " argument after ** must be a mapping, not " +
                                    std::string(type_name(mapping)));
  }
  Object it = iter(call(keys, {}));
  Object k;
  while (next(it, k)) dict_merge_kwarg(kwargs, k, getitem(mapping, k), callee);
}

void dict_update(const Object& dict, const Object& mapping) {
  static const Object keys_name = intern("keys");
  Object keys = getattr_or_unbound(mapping, keys_name);
  if (keys.is_unbound()) {
    raise_error(exc::TypeError, "'" + std::string(type_name(mapping)) + "' object is not a mapping");
  }
  Object it = iter(call(keys, {}));
  Object k;
  while (next(it, k)) setitem(dict, k, getitem(mapping, k));
}

Object aiter(const Object& x) {
  static const Object name = intern("__aiter__");
  Object method = lookup_special(x, name);
  if (method.is_unbound()) {
    raise_error(exc::TypeError, "'async for' requires an object with __aiter__ method, got " +
                                    std::string(type_name(x)));
  }
  return call(method, {});
}

Object iter_for_yield_from(const Object& x) { return iter(x); }

}  // namespace pyrt

namespace pyrt {

namespace {

// Mirrors Python/pythonrun.c's handling of SystemExit: None -> 0, an int ->
// that status, anything else is printed to stderr and gives 1.
int system_exit_status(const Object& exc) {
  static const Object code_name = intern("code");
  Object code = getattr_or_unbound(exc, code_name);
  if (code.is_unbound() || code.is_none()) return 0;
  if (code.is_small_int()) return static_cast<int>(code.as_int());
  if (code.is_bool()) return code.as_bool() ? 1 : 0;
  flush_stdout();
  std::string text = str_text(code) + "\n";
  std::fputs(text.c_str(), stderr);
  return 1;
}

// The module body's thread gets a stack this big, so that the C++ frames of
// 1000 (or, after sys.setrecursionlimit, many more) nested Python calls fit
// even unoptimized or under ASan, where one Python call can take several KiB.
// Only the pages touched are ever committed.
constexpr std::size_t kBodyStackSize = std::size_t{256} << 20;

// A fatal signal (a C++ stack overflow, a crash in native code) would lose
// what the program printed into stdout's buffer; flush it, then hand the
// signal to the action that was there before (the default one, so the exit
// status stays 128 + signal, or a sanitizer's, so its report still appears).
// Not async-signal-safe, but the process is ending either way and the output
// is what matters.
struct sigaction previous_actions[NSIG];

void flush_and_die(int sig) {
  flush_stdout();
  std::fflush(stderr);
  sigaction(sig, &previous_actions[sig], nullptr);
  std::raise(sig);
}

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};

// The signal handler needs a stack of its own: the overflowing one is full.
// Returns the thread's previous alternate stack, which the thread must put
// back before it ends (ASan frees the one it installed when a thread exits).
stack_t install_fatal_signal_flush() {
  static char alt_stack[64 * 1024];
  stack_t ss{}, previous{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack(&ss, &previous);
  struct sigaction sa {};
  sa.sa_handler = flush_and_die;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : kFatalSignals) sigaction(sig, &sa, &previous_actions[sig]);
  return previous;
}

// Puts back what install_fatal_signal_flush replaced.
void uninstall_fatal_signal_flush(const stack_t& previous_stack) {
  for (int sig : kFatalSignals) sigaction(sig, &previous_actions[sig], nullptr);
  sigaltstack(&previous_stack, nullptr);
}

struct MainRun {
  int argc;
  char** argv;
  const TranslatedModuleDef* main;
  int status = 0;
};

void* run_module(void* p) {
  auto* run = static_cast<MainRun*>(p);
  stack_t previous_stack = install_fatal_signal_flush();
  try {
    RecursionGuard module_frame;  // CPython's <module> frame is depth 1
    Object args = list_of({});
    for (int i = 0; i < run->argc; ++i) list_append(args, str_from(run->argv[i]));
    setattr(import_module("sys"), intern("argv"), args);
    run_main_module(*run->main);
  } catch (...) {
    Object e = exception_from_current();
    if (exception_is(e, exc::SystemExit)) {
      run->status = system_exit_status(e);
    } else {
      flush_stdout();
      print_uncaught(e);
      run->status = 1;
    }
  }
  if (native::atexit_callfuncs != nullptr) native::atexit_callfuncs();
  flush_stdout();
  std::fflush(stderr);
  uninstall_fatal_signal_flush(previous_stack);
  return nullptr;
}

}  // namespace

int run_main(int argc, char** argv, const TranslatedModuleDef& main,
             std::initializer_list<const TranslatedModuleDef*> modules) {
  for (const TranslatedModuleDef* m : modules) register_translated_module(*m);
  MainRun run{argc, argv, &main};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kBodyStackSize);
  pthread_t thread;
  if (pthread_create(&thread, &attr, run_module, &run) != 0) {
    // No thread (resource limits): run on this stack instead.
    run_module(&run);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  return run.status;
}

}  // namespace pyrt
