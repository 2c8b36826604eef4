// The one table that turns Python identifiers into C++ identifiers: Python
// names are kept unless they clash with a C++ keyword, a common macro, our
// own namespaces and temporaries, or C++'s reserved forms (`__`, `_Capital`).
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace py2cpp::lower {

/// A C++ identifier for Python identifier `name` that is legal, not reserved
/// and not one of ours. Deterministic; does not ensure uniqueness.
std::string cxx_identifier(std::string_view name);

/// Hands out identifiers unique within one C++ scope.
class NameScope {
 public:
  /// A unique C++ name derived from `wanted` (already a legal identifier).
  std::string unique(const std::string& wanted);

 private:
  std::set<std::string> used_;
};

}  // namespace py2cpp::lower
