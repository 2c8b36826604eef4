// The driver: load the program (the main script and the modules it imports), parse,
// analyze, lower one unit per module; then write, or compile and run.
#include "driver/translate.h"

#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "ast/ast.h"
#include "ast/program.h"
#include "base/diagnostics.h"
#include "base/source.h"
#include "driver/run.h"
#include "imports/imports.h"
#include "lower/lower.h"
#include "lower/runtime_names.h"
#include "parse/parse.h"
#include "sema/sema.h"

namespace py2cpp::driver {

namespace {

std::string stem_of(const std::string& cpp_path) {
  std::string stem = cpp_path;
  if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".cpp") == 0) stem.resize(stem.size() - 4);
  return stem;
}

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

imports::ModuleCatalog catalog() {
  auto translated = [](std::string_view m) {
    const imports::StdlibModule* entry = imports::find_stdlib_module(m);
    return entry != nullptr && entry->translated;
  };
  return {[](std::string_view m) { return lower::runtime_names().has_module(m); }, lower::is_cpython_stdlib_module,
          translated};
}

// The stdlib modules a unit registers: the native and translated modules the program imports,
// each translated module's parent package included; a stdlib unit also registers its own parent
// and the native module of its native parts.
std::vector<std::string> stdlib_registrations(const ast::Program& program, const std::string& self) {
  std::set<std::string> names = program.stdlib_imports;
  // A library module's native parts come from their native module, which no import names.
  if (const imports::StdlibModule* entry = imports::find_stdlib_module(self); entry != nullptr && !entry->native_parts.empty()) {
    names.insert(imports::native_parts_module(entry->name));
  }
  std::size_t dot = self.rfind('.');
  if (!self.empty() && dot != std::string::npos) {
    const imports::StdlibModule* parent = imports::find_stdlib_module(self.substr(0, dot));
    if (parent != nullptr && parent->translated) names.insert(self.substr(0, dot));
  }
  names.erase(self);
  std::vector<std::string> namespaces;
  for (const std::string& name : names) namespaces.push_back(lower::stdlib_namespace(name));
  return namespaces;
}

std::optional<std::vector<std::string>> native_names(const std::string& module) {
  const auto& modules = lower::runtime_names().modules;
  auto it = modules.find(module);
  if (it == modules.end()) return std::nullopt;
  return std::vector<std::string>(it->second.begin(), it->second.end());
}

// Prints every module's diagnostics, module by module in the program's order.
void print_diagnostics(const ast::Program& program, std::ostream& err) {
  for (const auto& unit : program.modules) {
    unit->diags.print(err, unit->source ? *unit->source : base::SourceFile(unit->display_path, ""));
  }
}

/// One generated translation unit and the module it comes from.
struct Unit {
  std::string module_name;
  std::string text;
};

// Runs sema and lowering on a loaded `program`; fills `units` (or `text` for a dump) and
// returns true when no phase reported an error.
bool run_phases(const ast::Program& program, const Options& options, std::vector<Unit>& units, std::string& text) {
  if (program.has_errors()) return false;
  if (options.dump == "ast") {
    text = ast::dump(*program.modules.front()->module, false) + "\n";
    return true;
  }
  sema::ProgramInfo info = sema::analyze_program(program, native_names);
  if (program.has_errors()) return false;
  bool stdlib_unit = !options.stdlib_module.empty();
  if (stdlib_unit) {
    // A library module is compiled once for every program: any of them may rebind its
    // globals (`random.random = f`) or setattr them by computed names.
    info.modules.front().imported_ = true;
    info.modules.front().program_computed_stores_ = true;
  }
  if (options.dump == "symtable") {
    text = dump_symtable(info.modules.front().module());
    return true;
  }
  std::vector<std::string> names;
  for (const auto& unit : program.modules) names.push_back(unit->name);
  for (std::size_t i = 0; i < program.modules.size(); ++i) {
    const ast::ModuleUnit& unit = *program.modules[i];
    lower::LowerOptions lower_options;
    lower_options.filename = unit.display_path;
    lower_options.line_directives = options.line_directives;
    lower_options.module_name = unit.name;
    lower_options.module_file = unit.file;
    lower_options.package = unit.package;
    lower_options.is_package = unit.is_package;
    lower_options.cxx_namespace = stdlib_unit ? lower::stdlib_namespace(unit.name) : lower::unit_namespace(names, i);
    lower_options.stdlib_unit = stdlib_unit;
    if (const imports::StdlibModule* entry = imports::find_stdlib_module(options.stdlib_module); stdlib_unit && entry) {
      for (std::string& name : imports::manifest_words(entry->native_parts)) lower_options.native_parts.insert(std::move(name));
      for (std::string& name : imports::manifest_words(entry->absent)) lower_options.absent_imports.insert(std::move(name));
      lower_options.native_parts_module = imports::native_parts_module(entry->name);
    }
    if (stdlib_unit || i == 0) lower_options.stdlib_registrations = stdlib_registrations(program, options.stdlib_module);
    lower_options.import_targets = &program.import_targets;
    for (std::size_t j = 1; j < names.size(); ++j) {
      lower_options.program_modules.insert(names[j]);
      if (i == 0) lower_options.other_units.push_back(lower::unit_namespace(names, j));
    }
    lower::CppUnit cpp = lower::lower_module(*unit.module, info.modules[i], lower_options, program.modules[i]->diags);
    units.push_back({unit.name, std::move(cpp.text)});
  }
  return !program.has_errors();
}

// Writes `text` to `path` unless the file already holds it, so a build system sees an
// unchanged output as unchanged (Ninja's restat) and compiles nothing again.
bool write_file(const std::string& path, const std::string& text, std::ostream& err) {
  std::ifstream old(path, std::ios::binary);
  std::stringstream current;
  current << old.rdbuf();
  if (old && current.str() == text) return true;
  old.close();
  std::ofstream file(path, std::ios::binary);
  file << text;
  if (file) return true;
  err << path << ": error: cannot write output file\n";
  return false;
}

// Make's escaping of a file name in a rule: spaces, '#' and '$'.
std::string make_escaped(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#') out += '\\';
    if (c == '$') out += '$';
    out += c;
  }
  return out;
}

// Where the main unit goes: -o FILE, or STEM.cpp inside -o DIR (an existing folder, or a path
// ending in '/'), or STEM.cpp beside the input.
std::string main_output(const Options& options) {
  if (options.output.empty()) return default_output(options.input);
  std::error_code ec;
  if (options.output.back() != '/' && !std::filesystem::is_directory(options.output, ec)) return options.output;
  std::filesystem::create_directories(options.output, ec);
  std::string stem = std::filesystem::path(default_output(options.input)).filename().string();
  return (std::filesystem::path(options.output) / stem).string();
}

int write_units(const std::vector<Unit>& units, const Options& options, const ast::Program& program,
                std::ostream& err) {
  std::string main_path = main_output(options);
  if (options.one_unit) {
    std::string all;
    for (const Unit& u : units) all += u.text;
    if (!write_file(main_path, all, err)) return 1;
  } else {
    for (const Unit& u : units) {
      // The first unit is the script's, or the one stdlib module's.
      std::string path = &u == &units.front() ? main_path : stem_of(main_path) + "." + u.module_name + ".cpp";
      if (!write_file(path, u.text, err)) return 1;
    }
  }
  if (options.depfile.empty()) return 0;
  std::string rule = make_escaped(main_path) + ":";
  for (const auto& m : program.modules) rule += " " + make_escaped(m->file);
  return write_file(options.depfile, rule + "\n", err) ? 0 : 1;
}

int translate_checked(const Options& options, std::ostream& out, std::ostream& err) {
  // An AST or symtable dump is of the one file: its imports are not followed.
  bool follow_imports = options.dump.empty();
  ast::Program program = options.stdlib_module.empty()
                             ? imports::load_program(options.input, options.include_dirs, catalog(), follow_imports)
                             : imports::load_stdlib_module(options.stdlib_module, options.input, catalog());
  std::vector<Unit> units;
  std::string text;
  if (!run_phases(program, options, units, text)) {
    print_diagnostics(program, err);
    return 1;
  }
  if (options.check) return 0;
  if (!options.dump.empty()) {
    out << text;
    return 0;
  }
  if (options.output == "-") {
    for (const Unit& u : units) out << u.text;
    return 0;
  }
  if (options.run) {
    std::vector<std::string> texts;
    for (const Unit& u : units) texts.push_back(u.text);
    return compile_and_run(options.input, texts, options.run_args, err);
  }
  return write_units(units, options, program, err);
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
  ast::Program program = imports::load_single_module(filename, source_text, catalog());
  Options options;
  options.line_directives = line_directives;
  std::vector<Unit> units;
  std::string text;
  if (run_phases(program, options, units, text)) {
    cpp.clear();
    for (const Unit& u : units) cpp += u.text;
    return true;
  }
  print_diagnostics(program, err);
  return false;
}

}  // namespace py2cpp::driver
