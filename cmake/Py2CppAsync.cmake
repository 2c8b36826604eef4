# py2cpp_async_add_executable(<target> <file.py>...): translates each Python file to C++ with
# py2cpp-async at build time and links the results against the pyrt runtime. Works inside
# this project and after find_package(Py2CppAsync) (imported Py2CppAsync:: targets).

function(py2cpp_async_add_executable target)
  if(NOT ARGN)
    message(FATAL_ERROR "py2cpp_async_add_executable(${target}): no .py files given")
  endif()
  set(translator py2cpp-async)
  if(TARGET Py2CppAsync::py2cpp-async)
    set(translator Py2CppAsync::py2cpp-async)
  endif()
  set(runtime pyrt)
  if(TARGET Py2CppAsync::pyrt)
    set(runtime Py2CppAsync::pyrt)
  endif()

  set(sources)
  foreach(py IN LISTS ARGN)
    cmake_path(ABSOLUTE_PATH py BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    cmake_path(GET py STEM stem)
    set(cpp "${CMAKE_CURRENT_BINARY_DIR}/${stem}.cpp")
    add_custom_command(
      OUTPUT "${cpp}"
      COMMAND $<TARGET_FILE:${translator}> "${py}" -o "${cpp}"
      DEPENDS "${py}" ${translator}
      COMMENT "Translating ${py} to C++"
      VERBATIM)
    list(APPEND sources "${cpp}")
  endforeach()

  add_executable(${target} ${sources})
  target_link_libraries(${target} PRIVATE ${runtime})
  target_compile_features(${target} PRIVATE cxx_std_20)
  # g++ only makes symmetric transfer a tail call with sibling-call optimisation (see CONVENTIONS.md).
  target_compile_options(${target} PRIVATE -O2 -foptimize-sibling-calls)
endfunction()
