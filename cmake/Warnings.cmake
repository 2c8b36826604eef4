# Turns on -Wall -Wextra for every compiled target our own directories define, so the
# vendored grammar (defined at top level) keeps its upstream flags.

function(py2cpp_async_enable_warnings dir)
  get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
  foreach(t IN LISTS targets)
    get_target_property(type ${t} TYPE)
    if(type MATCHES "^(STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY|EXECUTABLE)$")
      target_compile_options(${t} PRIVATE -Wall -Wextra)
    endif()
  endforeach()
  get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    py2cpp_async_enable_warnings("${sub}")
  endforeach()
endfunction()
