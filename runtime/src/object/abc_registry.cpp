// ABCMeta.register and the virtual subclasses it records, which isinstance and issubclass
// consult. Mirrors Lib/_py_abc.py's register and the registry branch of __subclasscheck__
// (a class registered with an ABC, or with any ABC deriving from it, is its virtual subclass).
#include <string>
#include <utility>
#include <vector>

#include "internal.h"
#include "pyrt/object/exception.h"
#include "pyrt/object/function.h"
#include "pyrt/object/type.h"

namespace pyrt {

namespace {

// (abc, registered class) in registration order. Classes are immortal, so raw pointers do.
std::vector<std::pair<TypeObject*, TypeObject*>>& registry() {
  static auto* const pairs = new std::vector<std::pair<TypeObject*, TypeObject*>>();
  return *pairs;
}

// ABCMeta.register(cls, subclass): returns subclass, so it also serves as a class decorator.
Object abc_register(const Object& self, const CallArgs& args) {
  const Object& sub = args.args[0];
  if (!is_type(sub)) raise_error(exc::TypeError, "Can only register classes");
  auto* abc = static_cast<TypeObject*>(self.heap());
  auto* cls = static_cast<TypeObject*>(sub.heap());
  if (detail::abc_is_virtual_subclass(cls, abc) || cls->is_subtype(abc)) return sub;
  if (abc->is_subtype(cls) || detail::abc_is_virtual_subclass(abc, cls)) {
    raise_error(exc::RuntimeError, "Refusing to create an inheritance cycle");
  }
  registry().emplace_back(abc, cls);
  invalidate_type_caches();
  return sub;
}

const NativeMethodDef abc_meta_methods[] = {
    {"register", abc_register, 1, 1},
};

}  // namespace

bool detail::abc_is_virtual_subclass(const TypeObject* cls, const TypeObject* abc) {
  for (const auto& [registered_abc, registered] : registry()) {
    if (registered_abc->is_subtype(abc) && cls->is_subtype(registered)) return true;
  }
  return false;
}

void detail::add_abc_meta_methods() { add_methods(types::abc_meta, abc_meta_methods); }

}  // namespace pyrt
