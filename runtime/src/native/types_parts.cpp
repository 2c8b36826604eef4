// `_py2cpp_types`: the native parts of types.py (stdlib/manifest.txt). types.py learns the
// traceback and frame types from a raised exception's __traceback__; a translated program keeps
// no tracebacks yet (__traceback__ is None), so the types come from here.
#include "native.h"
#include "pyrt/object/import.h"
#include "../object/internal.h"
#include "pyrt/object/module.h"
#include "pyrt/object/type.h"

namespace pyrt {

Object native::make_types_parts_module() {
  Object m = new_module("_py2cpp_types");
  // As in CPython, neither can be made by calling it without the interpreter's frames.
  static TypeObject* traceback = make_builtin_type("traceback");
  traceback->is_final_in_cpython = true;
  module_add(m, "TracebackType", Object(traceback));
  module_add(m, "FrameType", Object(detail::frame_object_type()));
  return m;
}

}  // namespace pyrt

void pystd_13_py2cpp_types::register_module() { pyrt::register_module("_py2cpp_types", pyrt::native::make_types_parts_module); }
