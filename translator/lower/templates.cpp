// Placeholder substitution for the embedded templates.
#include "lower/templates.h"

namespace py2cpp::lower {

std::string fill_template(std::string_view text,
                          std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out(text);
  for (const auto& [name, value] : values) {
    std::string key = "@" + std::string(name) + "@";
    for (std::size_t p = 0; (p = out.find(key, p)) != std::string::npos; p += value.size()) {
      out.replace(p, key.size(), value);
    }
  }
  return out;
}

}  // namespace py2cpp::lower
