# py2cpp_async_add_executable(<target> <main.py> [INCLUDE_DIRS <dir>...]): translates the
# program whose script is <main.py> (with every module of its own that it imports, found beside
# it and in INCLUDE_DIRS, as sys.path) to C++ with py2cpp-async at build time and links it
# against the pyrt runtime and the standard-library modules it imports. The translator's
# depfile lists every .py the program is made of, so editing any of them translates again.
# Works inside this project and after find_package(Py2CppAsync) (imported Py2CppAsync:: targets).

function(py2cpp_async_add_executable target main)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "INCLUDE_DIRS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "py2cpp_async_add_executable(${target}): one script, then INCLUDE_DIRS; "
                        "unexpected: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  set(translator py2cpp-async)
  if(TARGET Py2CppAsync::py2cpp-async)
    set(translator Py2CppAsync::py2cpp-async)
  endif()
  # pyrt_stdlib (CPython's Python modules, translated) links before pyrt, which it uses.
  set(runtime pyrt_stdlib pyrt)
  if(TARGET Py2CppAsync::pyrt)
    set(runtime Py2CppAsync::pyrt_stdlib Py2CppAsync::pyrt)
  endif()

  cmake_path(ABSOLUTE_PATH main BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
  set(include_args)
  foreach(dir IN LISTS arg_INCLUDE_DIRS)
    cmake_path(ABSOLUTE_PATH dir BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
    list(APPEND include_args -I "${dir}")
  endforeach()
  # The modules a program imports are known only once it is translated, so the program's units
  # go into one file whose name CMake knows now (--one-unit); the depfile brings the modules in.
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}.py2cpp")
  set(cpp "${out_dir}/${target}.cpp")
  add_custom_command(
    OUTPUT "${cpp}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
    COMMAND $<TARGET_FILE:${translator}> "${main}" ${include_args} --one-unit -o "${cpp}"
            --depfile "${out_dir}/${target}.d"
    DEPENDS "${main}" ${translator}
    DEPFILE "${out_dir}/${target}.d"
    COMMENT "Translating ${main} and the modules it imports to C++"
    VERBATIM)

  add_executable(${target} "${cpp}")
  target_link_libraries(${target} PRIVATE ${runtime})
  target_compile_features(${target} PRIVATE cxx_std_20)
  # g++ only makes symmetric transfer a tail call with sibling-call optimisation (see CONVENTIONS.md).
  target_compile_options(${target} PRIVATE -O2 -foptimize-sibling-calls)
endfunction()
