// The C++ text shapes lowering fills in, embedded from templates/*.tmpl at
// build time (see translator/lower/CMakeLists.txt).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace py2cpp::lower {

namespace templates {
/// The file header and includes. Placeholders: @SOURCE@.
extern const std::string_view prologue;
/// Globals, constants, declarations, definitions, bodies, module body, and the module's
/// definition for the import system, in namespace @NAMESPACE@.
extern const std::string_view sections;
/// The C++ main() of the main module's unit. Placeholders: @UNIT_DECLARATIONS@ (the other
/// units' module definitions and the register functions of stdlib modules),
/// @STDLIB_REGISTRATIONS@ (calls of those), @UNITS@ (pointers to the other units' definitions).
extern const std::string_view main;
/// The register_module() ending a pyrt_stdlib unit. Placeholders: @UNIT_DECLARATIONS@ (the
/// register functions of the stdlib modules it imports), @NAMESPACE@, @REGISTRATIONS@ (calls).
extern const std::string_view stdlib_register;
}  // namespace templates

/// Replaces each `@NAME@` in `text` by its value; unknown placeholders stay.
std::string fill_template(std::string_view text,
                          std::initializer_list<std::pair<std::string_view, std::string_view>> values);

}  // namespace py2cpp::lower
