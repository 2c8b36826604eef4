// Modules: a name and an attribute dict, created on first import from a
// registry of native module builders. Mirrors CPython's
// Objects/moduleobject.c and the sys.modules cache of Python/import.c.
#pragma once

#include <string_view>

#include "pyrt/object/object.h"

namespace pyrt {

struct ModuleObject final : HeapObject {
  explicit ModuleObject(std::string_view name);
  Object name;  ///< __name__, a str
  Object dict;  ///< the module namespace, a DictObject

  Object repr() override;
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;
};

/// A new empty module named `name`.
Object new_module(std::string_view name);
/// Sets module attribute `name` (interned) to `value`.
void module_add(const Object& module, std::string_view name, const Object& value);

/// `import name`: the cached module, else the registered builder's result
/// (cached). ModuleNotFoundError "No module named 'x'".
Object import_module(std::string_view name);
/// Registers a builder for module `name` (asyncio registers itself this
/// way). `create` returns the module object; called at most once.
void register_module(std::string_view name, Object (*create)());

}  // namespace pyrt
