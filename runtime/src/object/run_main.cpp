// run_main(): the process entry point of a translated program. Mirrors
// CPython's Modules/main.c pymain_run_python + handle_system_exit: an
// uncaught SystemExit becomes the exit status, anything else is reported
// with a traceback and exits with status 1.
#include <string>

#include "internal.h"
#include "pyrt/object/exception_object.h"
#include "pyrt/object/int.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/print.h"
#include "pyrt/object/str.h"
#include "pyrt/object/tuple.h"
#include "pyrt/translated.h"

namespace pyrt {

namespace {

int exit_status_for(const Object& exc) {
  Object code = stop_iteration_value(exc);  // SystemExit.code is args[0] when there is one argument
  const auto& args = tuple_items(exception_args(exc));
  if (args.size() > 1) code = exception_args(exc);
  if (code.is_none()) return 0;
  std::int64_t n;
  if (int_to_int64(code, n)) return static_cast<int>(n & 0xFF);
  write_stderr(str_text(code) + "\n");
  return 1;
}

}  // namespace

int run_main(int argc, char** argv, void (*body)()) {
  runtime_init();
  Object argv_list = list_of({});
  for (int i = 0; i < argc; ++i) list_append(argv_list, str_from(argv[i]));
  static const Object argv_name = intern("argv");
  setattr(import_module("sys"), argv_name, argv_list);
  int status = 0;
  try {
    body();
  } catch (...) {
    Object exc = exception_from_current();
    if (exception_is(exc, exc::SystemExit)) {
      status = exit_status_for(exc);
    } else {
      print_uncaught(exc);
      status = 1;
    }
  }
  flush_stdout();
  return status;
}

}  // namespace pyrt
