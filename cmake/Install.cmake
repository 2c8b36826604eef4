# Install rules: the translator, the pyrt and pyrt_stdlib libraries and pyrt's headers, and a CMake package so that
# find_package(Py2CppAsync) + py2cpp_async_add_executable() work from an installed prefix.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/Py2CppAsync")

# Plain source/build-tree include paths cannot be exported: keep them for the build tree only.
get_target_property(_includes pyrt INTERFACE_INCLUDE_DIRECTORIES)
if(_includes)
  set(_fixed)
  foreach(dir IN LISTS _includes)
    if(IS_ABSOLUTE "${dir}")
      list(APPEND _fixed "$<BUILD_INTERFACE:${dir}>")
    else()
      list(APPEND _fixed "${dir}")
    endif()
  endforeach()
  set_target_properties(pyrt PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${_fixed}")
endif()

install(TARGETS pyrt pyrt_stdlib py2cpp-async EXPORT Py2CppAsyncTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/runtime/include/pyrt"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT Py2CppAsyncTargets NAMESPACE Py2CppAsync:: DESTINATION "${_cmake_dir}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/Py2CppAsyncConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/Py2CppAsyncConfig.cmake"
  INSTALL_DESTINATION "${_cmake_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/Py2CppAsyncConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/Py2CppAsyncConfig.cmake"
  "${PROJECT_BINARY_DIR}/Py2CppAsyncConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/Py2CppAsync.cmake"
  DESTINATION "${_cmake_dir}")
