// `_py2cpp_io`: the native part of io.py (stdlib/manifest.txt). io.py's module __getattr__
// imports warnings for the deprecated OpenWrapper; here it warns through _warnings instead.
#include "../object/internal.h"
#include "native.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"

namespace pyrt {

namespace {

// io.__getattr__(name) (PEP 562): OpenWrapper is open, with a DeprecationWarning, and is
// then bound in io itself; any other name is AttributeError "module 'io' has no attribute
// 'x'".
Object io_getattr(const CallArgs& args) {
  check_nargs(args, "__getattr__", 1, 1);
  const Object& name = args.args[0];
  if (!is_str(name) || str_view(name) != "OpenWrapper") {
    raise_error(exc::AttributeError, "module 'io' has no attribute " + repr_text(name));
  }
  Object warn = getattr(import_module("_warnings"), intern("warn"));
  call(warn, {str_from("OpenWrapper is deprecated, use open instead"), Object(exc::DeprecationWarning), Object::from_int(2)});
  Object open = native::io_open_function();
  setattr(import_module("io"), name, open);
  return open;
}

}  // namespace

Object native::make_io_parts_module() {
  Object m = new_module("_py2cpp_io");
  module_add(m, "__getattr__", make_builtin("__getattr__", io_getattr));
  return m;
}

}  // namespace pyrt

void pystd_10_py2cpp_io::register_module() { pyrt::register_module("_py2cpp_io", pyrt::native::make_io_parts_module); }
