// Modules: a name and an attribute dict (native modules), or a translated module's C++
// globals plus a dict for the rest. Mirrors CPython's Objects/moduleobject.c.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pyrt/object/function.h"
#include "pyrt/object/import.h"
#include "pyrt/object/object.h"

namespace pyrt {

/// A module object. A native module keeps every attribute in `dict`. A translated module
/// keeps the names its code binds in the unit's C++ globals (`def->globals`), so that its own
/// code reads them without a lookup; `dict` holds the rest (__name__, __file__, attributes
/// other modules set). A name is in one place or the other, never both.
struct ModuleObject final : HeapObject {
  explicit ModuleObject(std::string_view name);
  /// The module of translated unit `def`, with __name__, __file__, __package__ (and __path__
  /// for a package) as importlib's module_from_spec and _init_module_attrs set them.
  explicit ModuleObject(const TranslatedModuleDef& def);
  Object name;  ///< __name__, a str
  Object dict;  ///< the module namespace (translated modules: the names outside `def->globals`)
  const TranslatedModuleDef* def = nullptr;  ///< null for a native module
  /// True while the body runs: __spec__._initializing, which words circular-import errors.
  bool initializing = false;
  /// Made by types.ModuleType(): no spec, loader or file, so its repr is `<module 'name'>`
  /// rather than a native module's `<module 'name' (built-in)>`.
  bool made_by_module_type = false;

  /// The C++ global holding `name`, or null when `name` is not one of the unit's globals.
  Object* global_slot(const Object& name) const;

  Object repr() override;
  Object getattr(const Object& name) override;
  void setattr(const Object& name, const Object& value) override;

 private:
  std::unordered_map<std::string_view, Object*> slots_;
};

/// A new native module named `name` whose __doc__ is `doc` (None when null), as
/// PyModule_Create makes one from its PyModuleDef.
Object new_module(std::string_view name, const char* doc = nullptr);
/// Sets module attribute `name` (interned) to `value`.
void module_add(const Object& module, std::string_view name, const Object& value);

/// Adds each function of `functions` (a static table) to `module`, named
/// "module.name" in its arity errors as CPython's module functions are.
void module_add_functions(const Object& module, std::span<const NativeFunctionDef> functions);

/// The names in `module`'s namespace, sorted: what `from module import`
/// can find (as import_from's getattr, less the module type's own __dict__
/// and __class__).
std::vector<std::string> module_attribute_names(const Object& module);

}  // namespace pyrt
