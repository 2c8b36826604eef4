// --run: compile generated C++ against the runtime (cached by content hash)
// and run it, passing stdio and the exit status through.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace py2cpp::driver {

/// Compiles each unit of `units` (translated from the program whose script is `input`) to an
/// object file unless one for the same text and toolchain is cached, so editing one module
/// recompiles one unit; links them unless that binary is cached too; then runs it with
/// `args`. Returns the program's exit status (128 + signal when killed), or 1 after a
/// compile or link failure, which is reported to `err`.
int compile_and_run(const std::string& input, const std::vector<std::string>& units,
                    const std::vector<std::string>& args, std::ostream& err);

}  // namespace py2cpp::driver
