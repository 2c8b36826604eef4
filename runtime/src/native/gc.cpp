// The native module `gc` (Modules/gcmodule.c) as far as a runtime without a cycle collector
// has it: the enabled flag that weakref.finalize's _exitfunc saves and restores, and collect(),
// which finds nothing because reference counting already freed everything acyclic.
#include "native.h"
#include "pyrt/object/import.h"
#include "pyrt/object/function.h"
#include "pyrt/object/module.h"

namespace pyrt {

namespace {

bool enabled = true;

Object gc_enable(const CallArgs&) {
  enabled = true;
  return kNone;
}

Object gc_disable(const CallArgs&) {
  enabled = false;
  return kNone;
}

Object gc_isenabled(const CallArgs&) { return Object::from_bool(enabled); }

// gc.collect(generation=2): the number of unreachable objects found; pyrt keeps no cycles'
// worth of bookkeeping, so none.
Object gc_collect(const CallArgs&) { return Object::from_int(0); }

const NativeFunctionDef gc_functions[] = {
    {"enable", gc_enable, 0, 0},
    {"disable", gc_disable, 0, 0},
    {"isenabled", gc_isenabled, 0, 0},
    {"collect", gc_collect, 0, 1},
};

}  // namespace

Object native::make_gc_module() {
  Object m = new_module("gc", "This module provides access to the garbage collector for reference cycles.\n");
  module_add_functions(m, gc_functions);
  return m;
}

}  // namespace pyrt

void pystd_2gc::register_module() { pyrt::register_module("gc", pyrt::native::make_gc_module); }
