# Builds the vendored tree-sitter-python grammar (fetched by scripts/install-deps into .deps/)
# as `tree_sitter_python`, and wraps Debian's libtree-sitter as `tree_sitter::runtime`.

set(PY2CPP_ASYNC_GRAMMAR_DIR "${PROJECT_SOURCE_DIR}/.deps/tree-sitter-python"
    CACHE PATH "Unpacked tree-sitter-python npm package (made by scripts/install-deps)")
set(_grammar_src "${PY2CPP_ASYNC_GRAMMAR_DIR}/src")
if(NOT EXISTS "${_grammar_src}/parser.c" OR NOT EXISTS "${_grammar_src}/scanner.c")
  message(FATAL_ERROR
    "tree-sitter-python grammar not found in ${PY2CPP_ASYNC_GRAMMAR_DIR}.\n"
    "Run scripts/install-deps from the repository root to fetch it.")
endif()

if(NOT TARGET tree_sitter::runtime)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(TREE_SITTER QUIET IMPORTED_TARGET tree-sitter)
  endif()
  add_library(tree_sitter::runtime INTERFACE IMPORTED)
  if(TREE_SITTER_FOUND)
    target_link_libraries(tree_sitter::runtime INTERFACE PkgConfig::TREE_SITTER)
  else()
    find_library(TREE_SITTER_LIBRARY tree-sitter)
    find_path(TREE_SITTER_INCLUDE_DIR tree_sitter/api.h)
    if(NOT TREE_SITTER_LIBRARY OR NOT TREE_SITTER_INCLUDE_DIR)
      message(FATAL_ERROR "libtree-sitter not found: run scripts/install-deps (libtree-sitter-dev)")
    endif()
    target_link_libraries(tree_sitter::runtime INTERFACE "${TREE_SITTER_LIBRARY}")
    target_include_directories(tree_sitter::runtime INTERFACE "${TREE_SITTER_INCLUDE_DIR}")
  endif()
endif()

# Third-party C: built without our warning flags. Declare it in C++ as
# extern "C" const TSLanguage *tree_sitter_python(void);
add_library(tree_sitter_python STATIC "${_grammar_src}/parser.c" "${_grammar_src}/scanner.c")
target_include_directories(tree_sitter_python PRIVATE "${_grammar_src}")
target_link_libraries(tree_sitter_python PUBLIC tree_sitter::runtime)
set_target_properties(tree_sitter_python PROPERTIES
  POSITION_INDEPENDENT_CODE ON
  C_STANDARD 11
  C_STANDARD_REQUIRED ON)
