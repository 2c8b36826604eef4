# Turns templates/*.tmpl into a C++ source defining py2cpp::lower::templates::<name>
# as raw string literals, so the C++ text the translator emits lives in .tmpl files.
# Usage: cmake -DTEMPLATE_DIR=... -DOUTPUT=... -P EmbedTemplates.cmake
file(GLOB templates "${TEMPLATE_DIR}/*.tmpl")
list(SORT templates)
set(body "// Generated from templates/*.tmpl by cmake/EmbedTemplates.cmake.\n#include \"lower/templates.h\"\n\nnamespace py2cpp::lower::templates {\n")
foreach(t IN LISTS templates)
  get_filename_component(name "${t}" NAME_WE)
  file(READ "${t}" text)
  string(APPEND body "const std::string_view ${name} = R\"py2cpp_tmpl(${text})py2cpp_tmpl\";\n")
endforeach()
string(APPEND body "}  // namespace py2cpp::lower::templates\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
