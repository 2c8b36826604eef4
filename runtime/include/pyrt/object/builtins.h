// The builtins namespace: every builtin function, class and constant, found
// by its Python name. Mirrors CPython's Python/bltinmodule.c. The names are
// registered from tables in builtins.cpp; pyrt-dump-names writes them out for
// the translator, so it accepts exactly the builtins registered here.
#pragma once

#include <string_view>
#include <vector>

#include "pyrt/object/object.h"

namespace pyrt {

/// The builtin named `name` (Python spelling, e.g. "int"), unbound if none.
/// Generated code looks each builtin it uses up once, at module_init().
Object builtin_lookup(std::string_view name);
/// Every builtin's name, sorted (what `dir(builtins)` lists that pyrt has).
std::vector<std::string_view> builtin_names();

}  // namespace pyrt
