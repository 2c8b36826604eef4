#!/usr/bin/env bash
# Builds tests/cmake_consumer against this project, by add_subdirectory or by find_package after
# `cmake --install` into a scratch prefix, then runs the translated hello.py, edits the module it
# imports and checks that the build translates it again.
# Usage: run.sh add_subdirectory|find_package SOURCE_DIR BUILD_DIR WORK_DIR CXX
set -euo pipefail
mode=$1 src=$2 build=$3 work=$4 cxx=$5
consumer=$(dirname "$(realpath "$0")")
mkdir -p "$work"
generator=(); command -v ninja >/dev/null && generator=(-G Ninja)

case $mode in
  add_subdirectory) args=(-DPY2CPP_ASYNC_SOURCE_DIR="$src") ;;
  find_package)
    rm -rf "$work/prefix"
    cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
    args=(-DCMAKE_PREFIX_PATH="$work/prefix") ;;
  *) echo "run.sh: unknown mode $mode" >&2; exit 2 ;;
esac
# A copy of the consumer, so that editing its module below leaves the source tree alone.
rm -rf "$work/src" && cp -r "$consumer" "$work/src"
cmake -S "$work/src" -B "$work/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER="$cxx" "${args[@]}"
cmake --build "$work/build" -j2

# expect TEXT: the built program prints TEXT.
expect() {
  local actual
  actual=$("$work/build/hello" </dev/null)
  if [[ $actual != "$1" ]]; then
    echo "FAIL: hello printed '$actual', expected '$1'" >&2; exit 1
  fi
}
expect "hello from a CMake consumer"
# The depfile: editing a module the script imports (not the script) rebuilds the program.
sed -i 's/a CMake consumer/an edited module/' "$work/src/lib/greeting.py"
cmake --build "$work/build" -j2
expect "hello from an edited module"
echo "PASS: cmake_consumer.$mode"
