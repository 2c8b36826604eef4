// The driver: load, parse, analyze, lower; then write, or compile and run.
#include "driver/translate.h"

#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>

#include "ast/ast.h"
#include "base/diagnostics.h"
#include "base/source.h"
#include "driver/run.h"
#include "lower/lower.h"
#include "parse/parse.h"
#include "sema/sema.h"

namespace py2cpp::driver {

namespace {

std::string default_output(const std::string& input) {
  std::string stem = input;
  if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".py") == 0) stem.resize(stem.size() - 3);
  return stem + ".cpp";
}

std::string dump_symtable(const sema::SymbolTable& t, int depth = 0) {
  static const char* scopes[] = {"local", "cell", "free", "global_explicit", "global_implicit"};
  static const char* kinds[] = {"function", "generator", "coroutine", "async_generator"};
  std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
  std::string out = pad + t.qualname + (t.kind == sema::BlockKind::Module ? "<module>" : "") + " [" +
                    kinds[static_cast<int>(t.function_kind)] + "]\n";
  for (const auto& [name, scope] : t.symbols) out += pad + "  " + name + ": " + scopes[static_cast<int>(scope)] + "\n";
  for (const auto& c : t.children) out += dump_symtable(*c, depth + 1);
  return out;
}

// Runs the phases on `source`; fills `cpp` (or a dump) and returns true when
// no phase reported an error.
bool run_phases(const base::SourceFile& source, const Options& options, std::string& text,
                base::Diagnostics& diags) {
  std::optional<ast::Module> module = parse::parse_module(source, diags);
  if (!module || diags.has_errors()) return false;
  if (options.dump == "ast") {
    text = ast::dump(*module, false) + "\n";
    return true;
  }
  sema::ModuleInfo info = sema::analyze(*module, diags);
  if (diags.has_errors()) return false;
  if (options.dump == "symtable") {
    text = dump_symtable(info.module());
    return true;
  }
  lower::LowerOptions lower_options{source.path(), options.line_directives};
  lower::CppUnit unit = lower::lower_module(*module, info, lower_options, diags);
  if (diags.has_errors()) return false;
  text = std::move(unit.text);
  return true;
}

int translate_checked(const Options& options, std::ostream& out, std::ostream& err) {
  base::Diagnostics diags;
  std::optional<base::SourceFile> source = base::load_source(options.input, diags);
  if (!source) {
    diags.print(err, base::SourceFile(options.input, ""));
    return 1;
  }
  std::string text;
  if (!run_phases(*source, options, text, diags)) {
    diags.print(err, *source);
    return 1;
  }
  if (options.check) return 0;
  if (!options.dump.empty() || options.output == "-") {
    out << text;
    return 0;
  }
  if (options.run) return compile_and_run(options.input, text, options.run_args, err);
  std::string path = options.output.empty() ? default_output(options.input) : options.output;
  std::ofstream file(path, std::ios::binary);
  file << text;
  if (!file) {
    err << path << ": error: cannot write output file\n";
    return 1;
  }
  return 0;
}

}  // namespace

int translate(const Options& options, std::ostream& out, std::ostream& err) {
  try {
    return translate_checked(options, out, err);
  } catch (const std::exception& e) {
    err << options.input << ": internal error: " << e.what() << "\n";
  } catch (...) {
    err << options.input << ": internal error: unknown exception\n";
  }
  return 1;
}

bool translate_text(const std::string& filename, const std::string& source_text, bool line_directives,
                    std::string& cpp, std::ostream& err) {
  base::Diagnostics diags;
  std::optional<base::SourceFile> source = base::make_source(filename, source_text, diags);
  Options options;
  options.line_directives = line_directives;
  if (source && run_phases(*source, options, cpp, diags)) return true;
  diags.print(err, source ? *source : base::SourceFile(filename, ""));
  return false;
}

}  // namespace py2cpp::driver
