# stdlib/manifest.txt, the one table of standard-library modules, read once here for everyone:
#
# py2cpp_async_read_stdlib_manifest(FILE) sets, in the caller's scope,
#   PY2CPP_STDLIB_NATIVE              the native modules' names
#   PY2CPP_STDLIB_TRANSLATED          the translated modules' names
#   PY2CPP_STDLIB_PATH_<name>         a translated module's file under CPython's Lib
#   PY2CPP_STDLIB_ABSENT_<name>       its absent imports (a list)
# and writes ${PROJECT_BINARY_DIR}/generated/stdlib_manifest.inc, the table as the C++
# initializers `{"name", translated, "path", "absent absent"},` that the translator
# (translator/imports/stdlib_manifest.cpp) and the runtime (runtime/src/object/import.cpp) include.
# Editing the manifest configures the build again.
function(py2cpp_async_read_stdlib_manifest file)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  file(STRINGS "${file}" lines)
  set(native "")
  set(translated "")
  set(inc "// Generated from stdlib/manifest.txt by cmake/StdlibManifest.cmake: {name, translated, path, absent}.\n")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[ \t]*(#|$)")
      continue()
    endif()
    string(REGEX MATCHALL "[^ \t]+" words "${line}")
    list(GET words 0 name)
    list(GET words 1 origin)
    list(LENGTH words count)
    if(origin STREQUAL "native" AND count EQUAL 2)
      list(APPEND native ${name})
      string(APPEND inc "{\"${name}\", false, \"\", \"\"},\n")
    elseif(origin STREQUAL "translated" AND count GREATER_EQUAL 3)
      list(GET words 2 path)
      set(absent "")
      if(count GREATER 3)
        list(GET words 3 marker)
        if(NOT marker STREQUAL "absent:" OR count EQUAL 4)
          message(FATAL_ERROR "${file}: '${line}': expected 'absent:' and module names after the path")
        endif()
        list(SUBLIST words 4 -1 absent)
      endif()
      list(APPEND translated ${name})
      set(PY2CPP_STDLIB_PATH_${name} "${path}" PARENT_SCOPE)
      set(PY2CPP_STDLIB_ABSENT_${name} "${absent}" PARENT_SCOPE)
      list(JOIN absent " " absent_text)
      string(APPEND inc "{\"${name}\", true, \"${path}\", \"${absent_text}\"},\n")
    else()
      message(FATAL_ERROR "${file}: '${line}': expected 'NAME native' or 'NAME translated PATH [absent: MODULE...]'")
    endif()
  endforeach()
  set(PY2CPP_STDLIB_NATIVE "${native}" PARENT_SCOPE)
  set(PY2CPP_STDLIB_TRANSLATED "${translated}" PARENT_SCOPE)
  file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/generated/stdlib_manifest.inc" CONTENT "${inc}" @ONLY)
endfunction()
