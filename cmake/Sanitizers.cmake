# PY2CPP_ASYNC_SANITIZE: a comma list of -fsanitize= checks ("address,undefined" in the asan
# preset) applied to everything this project compiles and links, the grammar included, and
# exported with pyrt so programs linked against it (samples, CMake consumers) get the same
# runtime. Undefined behaviour aborts instead of printing and going on, so a report can never
# pass a test by accident; the golden harness gets the same flags through
# PY2CPP_ASYNC_GOLDEN_CXXFLAGS (tests/CMakeLists.txt).
set(PY2CPP_ASYNC_SANITIZE "" CACHE STRING
    "Sanitizers for every target and golden program, e.g. address,undefined (empty: none)")

set(PY2CPP_ASYNC_SANITIZER_FLAGS "")
if(PY2CPP_ASYNC_SANITIZE)
  set(PY2CPP_ASYNC_SANITIZER_FLAGS
      -fsanitize=${PY2CPP_ASYNC_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${PY2CPP_ASYNC_SANITIZER_FLAGS})
  add_link_options(-fsanitize=${PY2CPP_ASYNC_SANITIZE})
endif()
