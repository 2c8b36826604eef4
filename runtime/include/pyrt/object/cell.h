// Closure cells (CPython's Objects/cellobject.c): a box shared between a
// function and the closures that capture one of its variables.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// A cell; `value` unbound means the variable is not yet assigned (reading
/// it raises NameError "cannot access free variable 'x' where it is not
/// associated with a value in enclosing scope", see cell_get).
struct Cell final : HeapObject {
  explicit Cell(Object initial);
  Object value;
  Object repr() override;
};

/// A new cell holding `initial` (unbound = empty).
Object make_cell(Object initial = Object());

}  // namespace pyrt
