# Turns the table pyrt-dump-names wrote (runtime/tools/dump_names.cpp) into a C++ source
# defining py2cpp::lower::runtime_names_text, read by translator/lower/runtime_names.cpp.
# Usage: cmake -DINPUT=... -DOUTPUT=... -P EmbedRuntimeNames.cmake
file(READ "${INPUT}" text)
set(body "// Generated from pyrt-dump-names' output by cmake/EmbedRuntimeNames.cmake.\n#include <string_view>\n\nnamespace py2cpp::lower {\nextern const std::string_view runtime_names_text;\nconst std::string_view runtime_names_text = R\"py2cpp_names(${text})py2cpp_names\";\n}  // namespace py2cpp::lower\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
