// --run: compile generated C++ against the runtime (cached by content hash)
// and run it, passing stdio and the exit status through.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace py2cpp::driver {

/// Compiles `cpp` (translated from `input`) unless a binary for the same text
/// and toolchain is cached, then runs it with `args`. Returns the program's
/// exit status (128 + signal when killed), or 1 after a compile failure,
/// which is reported to `err`.
int compile_and_run(const std::string& input, const std::string& cpp, const std::vector<std::string>& args,
                    std::ostream& err);

}  // namespace py2cpp::driver
