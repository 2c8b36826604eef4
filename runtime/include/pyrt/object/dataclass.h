// dataclasses.dataclass and field(): generates __init__, __repr__, __eq__,
// ordering, __hash__, frozen __setattr__/__delattr__ and __match_args__ from
// the class's __annotations__ and defaults. Mirrors CPython's
// Lib/dataclasses.py (3.11) outputs and error messages.
#pragma once

#include "pyrt/object/object.h"

namespace pyrt {

/// The `dataclasses` module (dataclass, field, fields, asdict, astuple,
/// replace, is_dataclass, FrozenInstanceError, MISSING).
Object make_dataclasses_module();

/// @dataclass applied to class `cls` with the given options (what
/// `dataclass(cls)` and `dataclass(frozen=True)(cls)` call). Returns `cls`.
/// TypeError "non-default argument 'y' follows default argument" as CPython.
Object dataclass_process(const Object& cls, bool init, bool repr, bool eq, bool order, bool unsafe_hash, bool frozen,
                         bool match_args, bool kw_only, bool slots);

}  // namespace pyrt
