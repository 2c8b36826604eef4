// The native module `atexit` (Modules/atexitmodule.c): functions registered to run when the
// program ends, last registered first, after the main module's uncaught exception (if any) is
// printed, as Py_FinalizeEx runs them. weakref.finalize registers its _exitfunc here.
#include <cstdio>
#include <utility>
#include <vector>

#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/tuple.h"

namespace pyrt {

namespace {

struct ExitCallback {
  Object func, args, kwargs;
};

// Never destroyed: the callbacks run at the end of the program, before static destruction.
std::vector<ExitCallback>& callbacks() {
  static auto* const list = new std::vector<ExitCallback>();
  return *list;
}

// atexit.register(func, *args, **kwargs): returns func. TypeError "the first argument must be
// callable".
Object atexit_register(const CallArgs& args) {
  if (args.npos < 1) raise_error(exc::TypeError, "register() takes at least 1 argument (0 given)");
  const Object& func = args.args[0];
  if (!is_callable(func)) raise_error(exc::TypeError, "the first argument must be callable");
  std::vector<Object> positional(args.args + 1, args.args + args.npos);
  Object kwargs = new_dict();
  for (std::size_t i = 0; i < args.nkw; ++i) dict_set(kwargs, args.kwnames[i], args.args[args.npos + i]);
  callbacks().push_back({func, tuple_from_vector(std::move(positional)), kwargs});
  return func;
}

// atexit.unregister(func): drops every registration of a function equal to func.
Object atexit_unregister(const CallArgs& args) {
  std::vector<ExitCallback>& list = callbacks();
  for (std::size_t i = list.size(); i-- > 0;) {
    if (equal(list[i].func, args.args[0])) list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
  }
  return kNone;
}

Object atexit_run_exitfuncs(const CallArgs&) {
  native::run_atexit_callbacks();
  return kNone;
}

Object atexit_clear(const CallArgs&) {
  callbacks().clear();
  return kNone;
}

Object atexit_ncallbacks(const CallArgs&) { return Object::from_int(static_cast<std::int64_t>(callbacks().size())); }

const NativeFunctionDef atexit_functions[] = {
    {"register", atexit_register, kOwnArgs, kOwnArgs},
    {"unregister", atexit_unregister, 1, 1},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0, 0},
    {"_clear", atexit_clear, 0, 0},
    {"_ncallbacks", atexit_ncallbacks, 0, 0},
};

}  // namespace

// atexit_callfuncs: each callback is taken off the list before it runs; what it raises is
// printed as _PyErr_WriteUnraisableMsg("in atexit callback", func) prints it.
void native::run_atexit_callbacks() {
  std::vector<ExitCallback>& list = callbacks();
  while (!list.empty()) {
    ExitCallback cb = std::move(list.back());
    list.pop_back();
    try {
      call_ex(cb.func, cb.args, cb.kwargs);
    } catch (...) {
      Object e = exception_from_current();
      flush_stdout();
      std::fprintf(stderr, "Exception ignored in atexit callback: %s\n", repr_text(cb.func).c_str());
      print_uncaught(e);
    }
  }
}

Object native::make_atexit_module() {
  atexit_callfuncs = run_atexit_callbacks;
  Object m = new_module("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
  module_add_functions(m, atexit_functions);
  return m;
}

}  // namespace pyrt

void pystd_6atexit::register_module() { pyrt::register_module("atexit", pyrt::native::make_atexit_module); }
