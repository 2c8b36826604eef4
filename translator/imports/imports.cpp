// The module graph: finds, loads and parses every module of the program's own files that an
// import statement names, depth-first in source order. Mirrors importlib's lookup for
// source files (Lib/importlib/_bootstrap_external.py FileFinder: a package folder with
// __init__.py before a module file, folder by folder along sys.path).
#include "imports/imports.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "parse/parse.h"

namespace py2cpp::imports {

namespace fs = std::filesystem;

namespace {

// Modules compiled into CPython 3.11 (sys.builtin_module_names, in both Debian's 3.11.2 and
// python.org's 3.11.7 builds) that pyrt provides: BuiltinImporter finds them before any
// folder of sys.path, so a file of the program never shadows them.
constexpr std::string_view kBuiltinModules[] = {"builtins", "sys", "time", "itertools", "posix", "pwd"};

bool is_builtin_module(std::string_view name) {
  return std::find(std::begin(kBuiltinModules), std::end(kBuiltinModules), name) != std::end(kBuiltinModules);
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

std::string absolute_path(const std::string& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  return (ec ? fs::path(p) : a).lexically_normal().string();
}

// A folder to search: where files are (absolute) and how diagnostics name them.
struct SearchDir {
  std::string path;
  std::string display;
};

std::string join(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  return (fs::path(dir) / name).string();
}

bool mentions_type_checking(const ast::Expr& test) {
  if (test.kind == ast::ExprKind::Name) return ast::as<ast::Name>(test).id == "TYPE_CHECKING";
  return test.kind == ast::ExprKind::Attribute && ast::as<ast::Attribute>(test).attr == "TYPE_CHECKING";
}

class Loader {
 public:
  Loader(ast::Program& program, const ModuleCatalog& catalog, std::vector<SearchDir> dirs, bool follow_imports,
         const StdlibModule* stdlib_unit = nullptr)
      : program_(program),
        catalog_(catalog),
        dirs_(std::move(dirs)),
        follow_imports_(follow_imports),
        stdlib_unit_(stdlib_unit) {}

  // Adds the module `name` loaded from `source` (or with the file's own diagnostics when it
  // cannot be read), then follows its imports.
  void add(std::string name, const std::string& display, const std::string& file, bool is_package,
           std::optional<std::string> package, std::optional<base::SourceFile> source) {
    auto unit = std::make_unique<ast::ModuleUnit>();
    unit->name = std::move(name);
    unit->display_path = display;
    unit->file = file;
    unit->is_package = is_package;
    unit->package = std::move(package);
    if (!source) source = base::load_source(display, unit->diags);
    if (source) {
      unit->source.emplace(std::move(*source));
      unit->module = parse::parse_module(*unit->source, unit->diags);
      if (unit->diags.has_errors()) unit->module.reset();
    }
    ast::ModuleUnit& added = *unit;
    program_.modules.push_back(std::move(unit));
    if (!added.module || !follow_imports_) return;
    for (const auto& s : added.module->body) {
      if (!is_native_part(*s)) stmt(*s, added);
    }
  }

 private:
  // A module-level def or class of the stdlib module being translated that its manifest entry
  // replaces natively (`native:`): it never runs, so its imports are none of the program's.
  bool is_native_part(const ast::Stmt& s) const {
    if (stdlib_unit_ == nullptr || stdlib_unit_->native_parts.empty()) return false;
    std::string_view name;
    if (s.kind == ast::StmtKind::FunctionDef || s.kind == ast::StmtKind::AsyncFunctionDef) {
      name = static_cast<const ast::FunctionDef&>(s).name;
    } else if (s.kind == ast::StmtKind::ClassDef) {
      name = ast::as<ast::ClassDef>(s).name;
    } else {
      return false;
    }
    for (const std::string& part : manifest_words(stdlib_unit_->native_parts)) {
      if (part == name) return true;
    }
    return false;
  }

  void stmts(const ast::StmtList& body, ast::ModuleUnit& unit) {
    for (const auto& s : body) stmt(*s, unit);
  }

  // Every statement that can hold an import statement, at any depth.
  void stmt(const ast::Stmt& s, ast::ModuleUnit& unit) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::Import: import(ast::as<ast::Import>(s), unit); return;
      case K::ImportFrom: import_from(ast::as<ast::ImportFrom>(s), unit); return;
      case K::FunctionDef:
      case K::AsyncFunctionDef: stmts(static_cast<const ast::FunctionDef&>(s).body, unit); return;
      case K::ClassDef: stmts(ast::as<ast::ClassDef>(s).body, unit); return;
      case K::For:
      case K::AsyncFor: {
        const auto& f = static_cast<const ast::For&>(s);
        stmts(f.body, unit);
        stmts(f.orelse, unit);
        return;
      }
      case K::While:
        stmts(ast::as<ast::While>(s).body, unit);
        stmts(ast::as<ast::While>(s).orelse, unit);
        return;
      case K::If:
        // `if TYPE_CHECKING:` holds imports only type checkers follow; lowering drops the body
        // when the name is typing's (else the imports in it are reported there).
        if (!mentions_type_checking(*ast::as<ast::If>(s).test)) stmts(ast::as<ast::If>(s).body, unit);
        stmts(ast::as<ast::If>(s).orelse, unit);
        return;
      case K::With:
      case K::AsyncWith: stmts(static_cast<const ast::With&>(s).body, unit); return;
      case K::Match:
        for (const auto& c : ast::as<ast::Match>(s).cases) stmts(c.body, unit);
        return;
      case K::Try:
      case K::TryStar: {
        const auto& t = static_cast<const ast::Try&>(s);
        stmts(t.body, unit);
        for (const auto& h : t.handlers) stmts(h.body, unit);
        stmts(t.orelse, unit);
        stmts(t.finalbody, unit);
        return;
      }
      default: return;
    }
  }

  void import(const ast::Import& s, ast::ModuleUnit& unit) {
    for (const auto& a : s.names) {
      program_.import_targets[&a] = a.name;
      require(a.name, {s, a}, unit, false);
    }
  }

  // `from M import names` and the relative forms: M resolved as importlib's _resolve_name
  // does, then each name that is a submodule file of a package imported as well (it may be an
  // attribute instead, so a missing file is no error).
  void import_from(const ast::ImportFrom& s, ast::ModuleUnit& unit) {
    std::string name = s.module ? *s.module : "";
    if (s.level > 0) {
      if (!unit.package || unit.package->empty()) {
        unit.diags.error(s.range(), base::DiagKind::RelativeImportNoParent);
        return;
      }
      std::string base = *unit.package;
      for (int i = 1; i < s.level; ++i) {
        std::size_t dot = base.rfind('.');
        if (dot == std::string::npos) {
          unit.diags.error(s.range(), base::DiagKind::RelativeImportBeyondTop);
          return;
        }
        base.resize(dot);
      }
      name = name.empty() ? base : base + "." + name;
    }
    program_.import_targets[&s] = name;
    if (!require(name, {s, s}, unit, false)) return;
    const ast::ModuleUnit* m = program_.find(name);
    bool own_package = m != nullptr && m->is_package;
    for (const auto& a : s.names) {
      if (a.name == "*") continue;
      std::string submodule = name + "." + a.name;
      // `from json import decoder` names a submodule the runtime must find registered.
      if (catalog_.is_translated(submodule)) {
        provided(submodule);
      } else if (own_package) {
        require(submodule, {s, s}, unit, true);
      }
    }
  }

  // Where an import's errors go: CPython's (No module named ...) to the statement, as its
  // traceback shows them; "not supported yet" to the name in `import a, b`.
  struct Where {
    const ast::Node& statement;
    const ast::Node& name;
  };

  // Makes `name` (and each parent package first) part of the program or finds it native.
  // Reports at `at` unless `quiet`; returns whether the module exists.
  bool require(const std::string& name, Where at, ast::ModuleUnit& from, bool quiet) {
    if (program_.find(name) != nullptr) return true;
    if (is_builtin_module(name) && catalog_.is_native(name)) return provided(name);
    if (stdlib_unit_ != nullptr) return stdlib_require(name, at, from, quiet);
    std::size_t dot = name.rfind('.');
    std::vector<SearchDir> dirs = dirs_;
    std::optional<std::string> package;
    if (dot != std::string::npos) {
      std::string parent = name.substr(0, dot);
      if (!require(parent, at, from, quiet)) return false;
      const ast::ModuleUnit* p = program_.find(parent);
      if (p == nullptr) return native(name, at, from, quiet);
      if (!p->is_package) {
        if (!quiet) from.diags.error(at.statement.range(), base::DiagKind::NotAPackage, {name, parent});
        return false;
      }
      dirs = {{fs::path(p->file).parent_path().string(), fs::path(p->display_path).parent_path().string()}};
      package = parent;
    }
    std::string last = name.substr(dot == std::string::npos ? 0 : dot + 1);
    for (const SearchDir& d : dirs) {
      std::string init = join(join(d.path, last), "__init__.py");
      if (is_file(init)) {
        add(name, join(join(d.display, last), "__init__.py"), init, true, name, std::nullopt);
        return true;
      }
      std::string file = join(d.path, last + ".py");
      if (is_file(file)) {
        add(name, join(d.display, last + ".py"), file, false, package.value_or(""), std::nullopt);
        return true;
      }
    }
    if (dot == std::string::npos && provided(name)) return true;
    if (quiet) return false;
    for (const SearchDir& d : dirs) {
      if (is_dir(join(d.path, last))) {
        from.diags.not_supported(at.name.range(), "namespace package '" + name + "' (a folder without __init__.py)");
        return false;
      }
    }
    if (dot == std::string::npos && catalog_.is_stdlib(name)) {
      from.diags.not_supported(at.name.range(), "import of module '" + name + "'");
      return false;
    }
    from.diags.error(at.statement.range(), base::DiagKind::NoModuleNamed, {name});
    std::string searched;
    for (const SearchDir& d : dirs) searched += (searched.empty() ? "" : ", ") + (d.display.empty() ? "." : d.display);
    from.diags.note({{0, 0}, {0, 0}}, "looked for '" + last + ".py' and '" + last + "/__init__.py' in: " + searched);
    return false;
  }

  // A submodule of a native or translated package (collections.abc, json.decoder): pyrt has
  // it or it is not supported.
  bool native(const std::string& name, Where at, ast::ModuleUnit& from, bool quiet) {
    if (provided(name)) return true;
    if (!quiet) from.diags.not_supported(at.name.range(), "import of module '" + name + "'");
    return false;
  }

  // True when pyrt has `name` natively or pyrt_stdlib has it translated. Either becomes a
  // module the program registers, and so do the modules a native one requires, and theirs:
  // the static link then pulls in only what the program can import. An alias (os.path) is
  // what its parent's body binds, as importlib finds it in sys.modules once the parent, which
  // the import of a dotted name requires first, is imported.
  bool provided(const std::string& name) {
    if (const StdlibModule* entry = find_stdlib_module(name); entry != nullptr && !entry->aliased.empty()) {
      return provided(std::string(entry->aliased));
    }
    if (!catalog_.is_native(name) && !catalog_.is_translated(name)) return false;
    if (stdlib_unit_ == nullptr && is_native_parts_module(name)) return false;
    std::vector<std::string> pending{name};
    while (!pending.empty()) {
      std::string next = std::move(pending.back());
      pending.pop_back();
      if (!program_.stdlib_imports.insert(next).second) continue;
      const StdlibModule* entry = find_stdlib_module(next);
      if (entry == nullptr || entry->translated) continue;
      for (std::string& required : manifest_words(entry->required)) pending.push_back(std::move(required));
    }
    return true;
  }

  // An import of the stdlib module being translated: native, translated, or absent by its
  // manifest entry (with every submodule of an absent module); never a file.
  bool stdlib_require(const std::string& name, Where at, ast::ModuleUnit& from, bool quiet) {
    std::size_t dot = name.rfind('.');
    if (dot != std::string::npos && !require(name.substr(0, dot), at, from, quiet)) return false;
    if (provided(name)) return true;
    for (std::string_view prefix = name;;) {
      if (is_absent_import(*stdlib_unit_, prefix)) return true;
      std::size_t last = prefix.rfind('.');
      if (last == std::string_view::npos) break;
      prefix = prefix.substr(0, last);
    }
    if (!quiet) from.diags.not_supported(at.name.range(), "import of module '" + name + "'");
    return false;
  }

  ast::Program& program_;
  const ModuleCatalog& catalog_;
  std::vector<SearchDir> dirs_;
  bool follow_imports_;
  const StdlibModule* stdlib_unit_;
};

}  // namespace

ast::Program load_program(const std::string& main_path, const std::vector<std::string>& include_dirs,
                          const ModuleCatalog& catalog, bool follow_imports) {
  ast::Program program;
  std::vector<SearchDir> dirs;
  std::string main_dir = fs::path(main_path).parent_path().string();
  dirs.push_back({absolute_path(main_dir.empty() ? "." : main_dir), main_dir});
  for (const auto& d : include_dirs) dirs.push_back({absolute_path(d), d});
  for (const auto& d : dirs) program.search_path.push_back(d.path);
  Loader(program, catalog, dirs, follow_imports).add("__main__", main_path, absolute_path(main_path), false, std::nullopt, std::nullopt);
  return program;
}

ast::Program load_stdlib_module(const std::string& name, const std::string& path, const ModuleCatalog& catalog) {
  ast::Program program;
  const StdlibModule* entry = find_stdlib_module(name);
  bool is_package = fs::path(path).filename() == "__init__.py";
  std::size_t dot = name.rfind('.');
  std::string package = is_package ? name : dot == std::string::npos ? "" : name.substr(0, dot);
  std::string file = absolute_path(path);
  static constexpr StdlibModule kUnlisted{"", true, "", "", "", "", ""};
  Loader(program, catalog, {}, true, entry != nullptr ? entry : &kUnlisted)
      .add(name, file, file, is_package, package, std::nullopt);
  return program;
}

ast::Program load_single_module(const std::string& filename, const std::string& text, const ModuleCatalog& catalog) {
  ast::Program program;
  auto unit_diags = base::Diagnostics();
  std::optional<base::SourceFile> source = base::make_source(filename, text, unit_diags);
  if (!source) {
    auto unit = std::make_unique<ast::ModuleUnit>();
    unit->name = "__main__";
    unit->display_path = filename;
    unit->file = filename;
    unit->diags = std::move(unit_diags);
    program.modules.push_back(std::move(unit));
    return program;
  }
  Loader(program, catalog, {}, true).add("__main__", filename, filename, false, std::nullopt, std::move(source));
  return program;
}

}  // namespace py2cpp::imports
