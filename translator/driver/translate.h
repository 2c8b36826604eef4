// The driver: runs the phases in order and prints what they report.
// Mirrors the shape of cppfront's and Cython's drivers.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace py2cpp::driver {

/// What the command line asked for.
struct Options {
  std::string input;
  /// Output path of the main module's unit; empty means `<input stem>.cpp` beside the input,
  /// a folder (existing, or ending in '/') `<input stem>.cpp` inside it, "-" stdout (every
  /// unit, one after the other: together they are one valid unit). Each other module M goes
  /// beside it as `<stem>.<M>.cpp`.
  std::string output;
  /// Folders searched for the program's modules after the script's own (-I), as sys.path.
  std::vector<std::string> include_dirs;
  /// Write every module's unit into the one output file, one after the other (for build
  /// systems that must name their outputs before translating).
  bool one_unit = false;
  /// When not empty: a Makefile-syntax depfile naming the output and every .py the program
  /// is made of, so a build system translates again when any of them changes.
  std::string depfile;
  bool check = false;
  bool run = false;
  std::vector<std::string> run_args;
  /// "ast", "symtable" or "cpp": print that instead of writing a file.
  std::string dump;
  bool line_directives = true;
  /// When not empty: `input` is the module of this dotted name in CPython's Lib, translated
  /// into one unit of pyrt_stdlib (what the build does for stdlib/manifest.txt), which ends
  /// in a function registering it instead of main().
  std::string stdlib_module;
};

/// Translates (and with --run, compiles and runs) per `options`. Diagnostics
/// go to `err`. Returns the process exit status: 0 on success, 1 after a
/// diagnostic, the program's own status under --run. Never throws: anything
/// escaping a phase is reported as "internal error: ...".
int translate(const Options& options, std::ostream& out, std::ostream& err);

/// Translates `source_text` (named `filename` in diagnostics and #line) to
/// C++; returns false and prints diagnostics to `err` on failure. For tests.
bool translate_text(const std::string& filename, const std::string& source_text, bool line_directives,
                    std::string& cpp, std::ostream& err);

}  // namespace py2cpp::driver
