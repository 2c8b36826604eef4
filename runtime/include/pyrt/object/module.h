// Modules: a name and an attribute dict, created on first import from a
// registry of native module builders. Mirrors CPython's
// Objects/moduleobject.c and the sys.modules cache of Python/import.c.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pyrt/object/function.h"
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

/// Adds each function of `functions` (a static table) to `module`, named
/// "module.name" in its arity errors as CPython's module functions are.
void module_add_functions(const Object& module, std::span<const NativeFunctionDef> functions);

/// `import name`: the cached module, else the registered builder's result
/// (cached). ModuleNotFoundError "No module named 'x'".
Object import_module(std::string_view name);
/// Registers a builder for module `name` (asyncio registers itself this
/// way). `create` returns the module object; called at most once.
void register_module(std::string_view name, Object (*create)());
/// The name of every registered module, sorted: what `import` can find.
/// pyrt-dump-names writes them out for the translator.
std::vector<std::string> registered_module_names();
/// The names in `module`'s namespace, sorted: what `from module import`
/// can find (as import_from's getattr, less the module type's own __dict__
/// and __class__).
std::vector<std::string> module_attribute_names(const Object& module);

}  // namespace pyrt
