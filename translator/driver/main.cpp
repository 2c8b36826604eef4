// py2cpp-async: the command line. Conventions follow Cython's and cppfront's:
// `py2cpp-async input.py` writes input.cpp beside it.
#include <CLI/CLI.hpp>

#include <iostream>

#include "driver/config.h"
#include "driver/translate.h"

int main(int argc, char** argv) {
  py2cpp::driver::Options options;
  CLI::App app{"Translate a Python async program to a C++20 program with the same output.", "py2cpp-async"};
  app.set_version_flag("--version", std::string("py2cpp-async ") + py2cpp::driver::kVersion);
  app.add_option("input", options.input, "the Python file to translate")->required();
  app.add_option("-o,--output", options.output,
                 "output file of the main module, or a folder for it (default: INPUT with .cpp beside it; "
                 "'-' for stdout); each other module M goes beside it as STEM.M.cpp");
  app.add_option("-I", options.include_dirs,
                 "a folder to search for the program's modules after the script's own (repeatable)");
  app.add_flag("--one-unit", options.one_unit, "write every module's C++ into the one output file");
  app.add_option("--depfile", options.depfile, "also write a Makefile-syntax depfile: the output and every .py read");
  app.add_flag("--check", options.check, "report diagnostics only, write nothing");
  app.add_flag("--run", options.run, "translate, compile (cached) and run; arguments after -- go to the program");
  app.add_option("--dump", options.dump, "print a phase's result instead: ast, symtable or cpp")
      ->check(CLI::IsMember({"ast", "symtable", "cpp"}));
  app.add_option("--stdlib-module", options.stdlib_module,
                 "translate INPUT as this module of CPython's Lib for the library pyrt_stdlib (the build's step)");
  bool no_lines = false;
  app.add_flag("--no-line-directives", no_lines, "omit #line directives (for reading the output)");
  app.allow_extras(false);
  app.positionals_at_end(false);
  std::vector<std::string> rest;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--") {
      for (int j = i + 1; j < argc; ++j) options.run_args.emplace_back(argv[j]);
      argc = i;
      break;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  options.line_directives = !no_lines;
  if (options.dump == "cpp") options.dump.clear(), options.output = "-";
  return py2cpp::driver::translate(options, std::cout, std::cerr);
}
