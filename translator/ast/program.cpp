// The whole program's lookups.
#include "ast/program.h"

namespace py2cpp::ast {

const ModuleUnit* Program::find(std::string_view name) const {
  for (const auto& m : modules) {
    if (m->name == name) return m.get();
  }
  return nullptr;
}

bool Program::has_errors() const {
  for (const auto& m : modules) {
    if (m->diags.has_errors()) return true;
  }
  return false;
}

}  // namespace py2cpp::ast
