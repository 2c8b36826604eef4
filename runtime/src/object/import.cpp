// The import system: sys.modules and the two kinds of module a program can import, native
// ones (built by registered functions) and translated ones (the program's own .py files).
// Mirrors Lib/importlib/_bootstrap.py and Python/ceval.c's import_from / import_all_from.
#include "pyrt/object/import.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "internal.h"
#include "pyrt/object/dict.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/list.h"
#include "pyrt/object/module.h"
#include "pyrt/object/ops.h"
#include "pyrt/object/str.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

struct Registry {
  std::unordered_map<std::string, Object (*)()> builders;
  std::unordered_map<std::string, const TranslatedModuleDef*> translated;
  /// sys.modules, made on first use: builders register before the builtin types exist.
  Object modules;
};

Registry& registry() {
  static auto* r = new Registry();
  return *r;
}

ModuleObject* as_module(const Object& m) {
  return m.type() == types::module ? static_cast<ModuleObject*>(m.heap()) : nullptr;
}

// importlib reads __path__ to tell a package; a native module is one when some registered
// module is named below it.
bool is_package(const Object& module) {
  ModuleObject* m = as_module(module);
  if (m == nullptr) return !getattr_or_unbound(module, intern("__path__")).is_unbound();
  if (m->def != nullptr) return m->def->is_package;
  std::string prefix = std::string(str_view(m->name)) + ".";
  for (const auto& [name, create] : registry().builders) {
    if (name.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

// stdlib/manifest.txt as the build wrote it (cmake/StdlibManifest.cmake).
struct ManifestEntry {
  const char* name;
  bool translated;
  const char* path;
  const char* absent;
  const char* native_parts;
  const char* required;
  const char* aliased;  ///< non-empty for a name another module's body binds (os.path)
};

constexpr ManifestEntry kManifest[] = {
#include "stdlib_manifest.inc"
};

bool is_manifest_native(std::string_view name) {
  for (const ManifestEntry& e : kManifest) {
    if (!e.translated && *e.aliased == '\0' && name == e.name) return true;
  }
  return false;
}

Object cached(const std::string& name) { return dict_get(sys_modules(), str_from(name)); }

// Runs a translated module's body as importlib's _load_unlocked does: the module is in
// sys.modules while its body runs (so a circular import finds it), and is removed again when
// the body raises.
Object load_translated(const TranslatedModuleDef& def) {
  Object key = str_from(def.name);
  Object module = make<ModuleObject>(def);
  auto* m = static_cast<ModuleObject*>(module.heap());
  dict_set(sys_modules(), key, module);
  *def.module = module;
  m->initializing = true;
  try {
    def.body();
  } catch (...) {
    m->initializing = false;
    dict_del(sys_modules(), key);
    throw;
  }
  m->initializing = false;
  // _load_unlocked: "Move the module to the end of sys.modules", returning whatever the body
  // left there.
  Object result = dict_get(sys_modules(), key);
  if (result.is_unbound()) {
    raise_error(exc::ImportError, "Loaded module " + std::string(def.name) + " not found in sys.modules");
  }
  dict_del(sys_modules(), key);
  dict_set(sys_modules(), key, result);
  return result;
}

Object find_and_load(const std::string& name) {
  Registry& r = registry();
  std::size_t dot = name.rfind('.');
  Object parent_module;
  if (dot != std::string::npos) {
    std::string parent = name.substr(0, dot);
    parent_module = import_module(parent);
    Object again = cached(name);
    if (!again.is_unbound()) return again;
    if (!is_package(parent_module)) {
      raise_error(exc::ModuleNotFoundError, "No module named '" + name + "'; '" + parent + "' is not a package");
    }
  }
  Object module;
  if (auto t = r.translated.find(name); t != r.translated.end()) {
    module = load_translated(*t->second);
  } else if (auto b = r.builders.find(name); b != r.builders.end()) {
    module = b->second();
    dict_set(sys_modules(), str_from(name), module);
  } else {
    raise_error(exc::ModuleNotFoundError, "No module named '" + name + "'");
  }
  if (!parent_module.is_unbound()) setattr(parent_module, intern(name.substr(dot + 1)), module);
  return module;
}

}  // namespace

Object sys_modules() {
  Registry& r = registry();
  if (r.modules.is_unbound()) r.modules = new_dict();
  return r.modules;
}

void register_module(std::string_view name, Object (*create)()) {
  if (!is_manifest_native(name)) {
    std::fprintf(stderr, "pyrt: native module '%.*s' is not in stdlib/manifest.txt\n", static_cast<int>(name.size()),
                 name.data());
    std::abort();
  }
  registry().builders[std::string(name)] = create;
}

void register_translated_module(const TranslatedModuleDef& def) { registry().translated[def.name] = &def; }

void register_stdlib_module(const TranslatedModuleDef& def) { registry().translated.emplace(def.name, &def); }

std::vector<std::string> manifest_native_modules() {
  std::vector<std::string> names;
  for (const ManifestEntry& e : kManifest) {
    if (!e.translated && *e.aliased == '\0') names.emplace_back(e.name);
  }
  return names;
}

std::vector<std::string> registered_module_names() {
  std::vector<std::string> names;
  for (const auto& entry : registry().builders) names.push_back(entry.first);
  std::sort(names.begin(), names.end());
  return names;
}

Object import_module(std::string_view name) {
  std::string key(name);
  Object module = cached(key);
  if (!module.is_unbound()) return module;
  return find_and_load(key);
}

Object import_name(std::string_view name) {
  Object module = import_module(name);
  std::size_t dot = name.find('.');
  if (dot == std::string_view::npos) return module;
  return import_module(name.substr(0, dot));
}

Object import_for_from(std::string_view name, std::initializer_list<const char*> fromlist) {
  Object module = import_module(name);
  if (!is_package(module)) return module;
  for (const char* x : fromlist) {
    if (std::string_view(x) == "*") continue;
    if (!getattr_or_unbound(module, intern(x)).is_unbound()) continue;
    std::string submodule = std::string(name) + "." + x;
    try {
      import_module(submodule);
    } catch (const PyException& e) {
      // _handle_fromlist: "Backwards-compatibility dictates we ignore failed imports
      // triggered by fromlist for modules that don't exist." (CPython compares exc.name; our
      // ModuleNotFoundError carries the name only in its message.)
      if (!exception_is(e.value, exc::ModuleNotFoundError)) throw;
      if (str_text(e.value) != "No module named '" + submodule + "'") throw;
    }
  }
  return module;
}

Object import_from(const Object& module, const Object& name) {
  Object v = getattr_or_unbound(module, name);
  if (!v.is_unbound()) return v;
  static const Object name_key = intern("__name__");
  Object package = getattr_or_unbound(module, name_key);
  std::string wanted = str_repr_text(str_view(name));
  if (package.is_unbound() || !is_str(package)) {
    raise_error(exc::ImportError, "cannot import name " + wanted + " (unknown location)");
  }
  Object full = cached(std::string(str_view(package)) + "." + std::string(str_view(name)));
  if (!full.is_unbound()) return full;
  ModuleObject* m = as_module(module);
  std::string location = m != nullptr && m->def != nullptr ? m->def->file : "unknown location";
  std::string from = str_repr_text(str_view(package));
  if (m != nullptr && m->initializing) {
    raise_error(exc::ImportError, "cannot import name " + wanted + " from partially initialized module " + from +
                                      " (most likely due to a circular import) (" + location + ")");
  }
  raise_error(exc::ImportError, "cannot import name " + wanted + " from " + from + " (" + location + ")");
}

void import_star(const Object& module, const Object& into) {
  static const Object all_key = intern("__all__");
  static const Object dict_key = intern("__dict__");
  Object all = getattr_or_unbound(module, all_key);
  bool skip_private = all.is_unbound();
  if (skip_private) all = list_from_iterable(getattr(module, dict_key));
  Object it = iter(all);
  Object name;
  while (next(it, name)) {
    if (!is_str(name)) {
      Object module_name = getattr(module, intern("__name__"));
      std::string where = skip_private ? "Key in " + str_text(module_name) + ".__dict__"
                                       : "Item in " + str_text(module_name) + ".__all__";
      raise_error(exc::TypeError, where + " must be str, not " + type_name_text(name));
    }
    if (skip_private && str_view(name).starts_with("_")) continue;
    setattr(into, name, getattr(module, name));
  }
}

void run_main_module(const TranslatedModuleDef& def) {
  Object module = make<ModuleObject>(def);
  dict_set(sys_modules(), intern("__main__"), module);
  *def.module = module;
  def.body();
}

}  // namespace pyrt
