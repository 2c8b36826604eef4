// Lowering of definitions (functions, lambdas, generator expressions,
// classes), imports, `with`, comprehensions, and the module as a whole.
#include <algorithm>
#include <cctype>

#include "lower/lowerer.h"
#include "lower/templates.h"
#include "sema/walk.h"

namespace py2cpp::lower {

namespace {

std::string mangle_qualname(const std::string& qualname) {
  std::string out;
  std::size_t i = 0;
  while (i < qualname.size()) {
    std::size_t dot = qualname.find('.', i);
    std::string part = qualname.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
    i = dot == std::string::npos ? qualname.size() : dot + 1;
    if (part == "<locals>") continue;
    if (part.size() > 2 && part.front() == '<' && part.back() == '>') part = part.substr(1, part.size() - 2);
    while (!part.empty() && part.front() == '_') part.erase(part.begin());
    while (!part.empty() && part.back() == '_') part.pop_back();
    if (part.empty()) part = "fn";
    out += (out.empty() ? "" : "_") + part;
  }
  // Without its underscores a name may start with a digit (base64's `_85encode`).
  if (std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(0, "fn");
  return cxx_identifier(out);
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string Lowerer::emit_function(const ast::Node& node, const sema::SymbolTable& table,
                                   const ast::arguments* args, CodeWriter& site, const ast::Expr* returns) {
  std::string cxx = function_names_.unique(mangle_qualname(table.qualname));
  const char* ret = "pyrt::Object";
  bool needs_code = true;
  switch (table.function_kind) {
    case sema::FunctionKind::Function: needs_code = false; break;
    case sema::FunctionKind::Generator: ret = "pyrt::Generator"; break;
    case sema::FunctionKind::Coroutine: ret = "pyrt::Coroutine"; break;
    case sema::FunctionKind::AsyncGenerator: ret = "pyrt::AsyncGenerator"; break;
  }
  // Parameters in CPython's binding order; their C++ names come from the
  // function's own NameScope so they cannot clash with its locals.
  std::vector<std::string> params;
  int nposonly = 0, npositional = 0, nkwonly = 0;
  bool varargs = false, varkw = false;
  // Parameter names are mangled as all names in a class are (co_varnames holds `_C__x`).
  auto param = [&](const std::string& raw) { params.push_back(sema::mangle(table.private_name, raw)); };
  if (args != nullptr) {
    for (const auto& p : args->posonlyargs) param(deref(p).arg);
    for (const auto& p : args->args) param(deref(p).arg);
    nposonly = static_cast<int>(args->posonlyargs.size());
    npositional = static_cast<int>(params.size());
    if (args->vararg) {
      param(deref(args->vararg).arg);
      varargs = true;
    }
    for (const auto& p : args->kwonlyargs) param(deref(p).arg);
    nkwonly = static_cast<int>(args->kwonlyargs.size());
    if (args->kwarg) {
      param(deref(args->kwarg).arg);
      varkw = true;
    }
  }
  // Blocks of kind Function come from def statements; lambdas and generator
  // expressions are expressions.
  bool genexp = table.kind == sema::BlockKind::Comprehension;
  if (genexp) {
    params.push_back(".0");
    npositional = 1;
  }

  // Declaration and body.
  auto ctx = std::make_unique<FunctionContext>();
  ctx->table = &table;
  ctx->kind = table.function_kind;
  ctx->blocks.push_back(&table);
  ctx->names.emplace_back();
  std::string signature = std::string(ret) + " " + cxx + "(";
  bool first = true;
  auto add_param = [&](const std::string& text) {
    signature += (first ? "" : ", ") + text;
    first = false;
  };
  if (needs_code) add_param("pyrt::CodeRef");
  for (const auto& f : table.freevars) {
    std::string v = ctx->cxx_names.unique(cxx_identifier(f));
    ctx->names.back()[f] = v;
    // A free variable may go unread: `__class__` is free wherever `super` is named, and a
    // `nonlocal a` alone makes `a` free (types.py's _cell_factory).
    add_param("[[maybe_unused]] pyrt::Object " + v);
  }
  std::vector<std::pair<std::string, std::string>> cell_params;
  for (const auto& p : params) {
    std::string v = ctx->cxx_names.unique(cxx_identifier(p == ".0" ? "iterable" : p));
    if (table.scope_of(p) == sema::Scope::Cell) {
      std::string arg = ctx->cxx_names.unique(v + "_arg");
      cell_params.emplace_back(v, arg);
      add_param("pyrt::Object " + arg);
    } else {
      add_param("[[maybe_unused]] pyrt::Object " + v);
    }
    ctx->names.back()[p] = v;
  }
  signature += ")";
  declarations_.push_back(signature + ";");

  fn_stack_.push_back(std::move(ctx));
  std::string code_name = "code_" + cxx;
  CodeWriter body(options_.filename, options_.line_directives);
  body.open(signature);
  // The frame record statements store their lines in: a plain call's lives for the C++ call; a
  // generator's or coroutine's lives in its promise and is the running one when the body starts.
  if (needs_code) body.line("[[maybe_unused]] pyrt::FrameRecord& frame = pyrt::running_frame();");
  else body.line("pyrt::FrameScope frame(&spec::" + code_name + ");");
  for (const auto& [v, arg] : cell_params) body.line("pyrt::Object " + v + " = pyrt::make_cell(std::move(" + arg + "));");
  if (table.calls_locals) {
    fn().locals_dict = fn().cxx_names.unique("frame_locals");
    body.line("pyrt::Object " + fn().locals_dict + ";");
  }
  for (const auto& name : table.varnames) {
    if (fn().names.back().count(name)) continue;
    std::string v = fn().cxx_names.unique(cxx_identifier(name));
    fn().names.back()[name] = v;
    if (table.scope_of(name) == sema::Scope::Cell) body.line("pyrt::Object " + v + " = pyrt::make_cell();");
    else body.line("pyrt::Object " + v + ";");
  }
  emit_body(node, table, body);
  body.close();
  fn_stack_.pop_back();
  bodies_.push_back(body.text());

  // Definitions: code info, entry point, spec.
  definitions_.push_back("extern const pyrt::FunctionSpec spec_" + cxx + ";");
  definitions_.push_back("const pyrt::CodeInfo " + code_name + "{" + quoted(table.name) + ", " +
                         quoted(table.qualname) + ", " + quoted(options_.filename) + ", " +
                         std::to_string(node.lineno) + ", " + quoted(options_.module_name) + ", &spec_" + cxx + "};");
  std::string entry = "pyrt::Object entry_" + cxx + "([[maybe_unused]] pyrt::FunctionObject* self, " +
                      "[[maybe_unused]] pyrt::Object* args) {\n  return fn::" + cxx + "(";
  first = true;
  auto add_arg = [&](const std::string& a) {
    entry += (first ? "" : ", ") + a;
    first = false;
  };
  if (needs_code) add_arg("&" + code_name);
  for (std::size_t i = 0; i < table.freevars.size(); ++i) add_arg("self->cells[" + std::to_string(i) + "]");
  for (std::size_t i = 0; i < params.size(); ++i) add_arg("std::move(args[" + std::to_string(i) + "])");
  entry += ");\n}";
  definitions_.push_back(entry);
  std::string names = "{";
  for (std::size_t i = 0; i < params.size(); ++i) names += (i ? ", " : "") + quoted(params[i]);
  names += "}";
  definitions_.push_back("const pyrt::FunctionSpec spec_" + cxx + "{" + quoted(table.name) + ", " +
                         quoted(table.qualname) + ", " + names + ", " + std::to_string(nposonly) + ", " +
                         std::to_string(npositional) + ", " + (varargs ? "true" : "false") + ", " +
                         std::to_string(nkwonly) + ", " + (varkw ? "true" : "false") + ", entry_" + cxx + ", " +
                         (table.function_kind == sema::FunctionKind::Function ? "true" : "false") + ", " +
                         quoted(options_.module_name) + doc_fields(node, table) + "};");

  // The def site: defaults are evaluated now, in the enclosing scope.
  std::string defaults;
  std::string kwdefaults;
  if (args != nullptr) {
    for (std::size_t i = 0; i < args->defaults.size(); ++i) {
      defaults += (i ? ", " : "") + stable(expr(*args->defaults[i], site), site).cxx;
    }
    for (std::size_t i = 0; i < args->kw_defaults.size(); ++i) {
      std::string v = args->kw_defaults[i] ? stable(expr(*args->kw_defaults[i], site), site).cxx : "pyrt::Object()";
      kwdefaults += (i ? ", " : "") + v;
    }
  }
  std::string annotations = args != nullptr ? function_annotations(*args, returns, table, site) : "";
  std::string cells;
  for (std::size_t i = 0; i < table.freevars.size(); ++i) cells += (i ? ", " : "") + cxx_local(table.freevars[i]);
  std::string function = "pyrt::make_function(&spec::spec_" + cxx + ", pyrt::objects(" + defaults +
                         "), pyrt::objects(" + kwdefaults + "), pyrt::objects(" + cells + "))";
  if (annotations.empty()) return function;
  return "pyrt::function_with_annotations(" + function + ", " + annotations + ")";
}

// compiler_visit_annotations: each annotated parameter in order (positional, *args,
// keyword-only, **kwargs), then `return`, evaluated after the defaults into a dict keyed by the
// (mangled) parameter names; empty when nothing is annotated.
std::string Lowerer::function_annotations(const ast::arguments& args, const ast::Expr* returns,
                                          const sema::SymbolTable& table, CodeWriter& site) {
  std::vector<std::pair<std::string, const ast::Expr*>> items;
  auto add = [&](const auto& p) {
    const auto& a = deref(p);
    if (a.annotation) items.emplace_back(sema::mangle(table.private_name, a.arg), a.annotation.get());
  };
  for (const auto& p : args.posonlyargs) add(p);
  for (const auto& p : args.args) add(p);
  if (args.vararg) add(args.vararg);
  for (const auto& p : args.kwonlyargs) add(p);
  if (args.kwarg) add(args.kwarg);
  if (returns != nullptr) items.emplace_back("return", returns);
  if (items.empty()) return "";
  std::string dict = temp(effects_value("pyrt::dict_new()"), site).cxx;
  for (const auto& [name, annotation] : items) {
    std::string value = annotation_value(*annotation, site);
    site.line("pyrt::setitem(" + dict + ", " + interned(name) + ", " + value + ");");
  }
  return dict;
}

// The spec's doc and doc_size for a def whose body starts with a string constant (CPython's
// co_consts[0] docstring); empty for lambdas and bodies without one (__doc__ None).
// The spec's doc (text and size, or nullptr and 0), co_firstlineno (the line of the first
// decorator of a decorated def, as CPython's compiler counts it, else the node's) and the kind
// of code (a generator, coroutine or async generator function).
std::string Lowerer::doc_fields(const ast::Node& node, const sema::SymbolTable& table) {
  int line = node.lineno;
  const std::string* doc = nullptr;
  if (table.kind == sema::BlockKind::Function) {
    const auto& def = static_cast<const ast::Stmt&>(node);
    const ast::ExprList& decorators = def.kind == ast::StmtKind::AsyncFunctionDef
                                          ? ast::as<ast::AsyncFunctionDef>(def).decorator_list
                                          : ast::as<ast::FunctionDef>(def).decorator_list;
    for (const auto& d : decorators) line = std::min(line, d->lineno);
    doc = docstring(static_cast<const ast::FunctionDef&>(def).body);
  }
  std::string text = doc == nullptr ? ", nullptr, 0" : ", " + cxx_string_literal(*doc) + ", " + std::to_string(doc->size());
  const char* kind = "pyrt::CodeKind::Function";
  switch (table.function_kind) {
    case sema::FunctionKind::Function: break;
    case sema::FunctionKind::Generator: kind = "pyrt::CodeKind::Generator"; break;
    case sema::FunctionKind::Coroutine: kind = "pyrt::CodeKind::Coroutine"; break;
    case sema::FunctionKind::AsyncGenerator: kind = "pyrt::CodeKind::AsyncGenerator"; break;
  }
  return text + ", " + std::to_string(line) + ", " + kind;
}

void Lowerer::emit_body(const ast::Node& node, const sema::SymbolTable& table, CodeWriter& w) {
  if (table.kind == sema::BlockKind::Function) {
    stmts(static_cast<const ast::FunctionDef&>(node).body, w);
    w.line(return_statement("pyrt::kNone"));
    return;
  }
  const auto& e = static_cast<const ast::Expr&>(node);
  if (e.kind == ast::ExprKind::Lambda) {
    std::string v = expr(*ast::as<ast::Lambda>(e).body, w).cxx;
    w.line(return_statement(v));
    return;
  }
  // A generator expression: loops over its iterable parameter, yielding.
  comprehension_loops(e, stable_value(fn().names.back().at(".0")), w);
  w.line(return_statement("pyrt::kNone"));
}

void Lowerer::function_def(const ast::Stmt& s, CodeWriter& w) {
  bool is_async = s.kind == ast::StmtKind::AsyncFunctionDef;
  const auto& decorators = is_async ? ast::as<ast::AsyncFunctionDef>(s).decorator_list
                                    : ast::as<ast::FunctionDef>(s).decorator_list;
  const std::string& name = is_async ? ast::as<ast::AsyncFunctionDef>(s).name : ast::as<ast::FunctionDef>(s).name;
  const ast::arguments& args = is_async ? deref(ast::as<ast::AsyncFunctionDef>(s).args)
                                        : deref(ast::as<ast::FunctionDef>(s).args);
  std::vector<std::string> decos;
  for (const auto& d : decorators) decos.push_back(stable(expr(*d, w), w).cxx);
  const ast::Expr* returns = is_async ? ast::as<ast::AsyncFunctionDef>(s).returns.get()
                                      : ast::as<ast::FunctionDef>(s).returns.get();
  std::string value = emit_function(s, info_.block_of(s), &args, w, returns);
  for (auto it = decos.rbegin(); it != decos.rend(); ++it) value = "pyrt::call(" + *it + ", " + value + ")";
  store_name(name, value, w);
}

void Lowerer::class_def(const ast::ClassDef& c, CodeWriter& w) {
  // A base CPython can subclass and pyrt cannot stops translation here,
  // rather than becoming a run-time TypeError CPython would not raise; a base
  // CPython cannot subclass either keeps that TypeError.
  bool bases_supported = true;
  for (const auto& b : c.bases) {
    std::string module, name;
    if (static_runtime_class(*b, module, name) && runtime_names().subclassing_not_yet(module, name)) {
      std::string written = b->kind == ast::ExprKind::Name
                                ? ast::as<ast::Name>(*b).id
                                : ast::as<ast::Name>(*ast::as<ast::Attribute>(*b).value).id + "." + name;
      unsupported(*b, "subclassing '" + written + "'");
      bases_supported = false;
    }
  }
  if (!bases_supported) return;
  std::vector<std::string> decos;
  for (const auto& d : c.decorator_list) decos.push_back(stable(expr(*d, w), w).cxx);
  // __build_class__'s arguments in source order: the bases, then the keywords (the
  // metaclass among them), all before the body runs.
  bool has_star = false;
  Purity purity = Purity::Stable;
  std::string bases = elements(c.bases, w, has_star, purity);
  std::string bases_tuple =
      temp(effects_value(has_star ? "pyrt::tuple_from_parts({" + bases + "})" : "pyrt::tuple_of(" + bases + ")"), w)
          .cxx;
  std::string metaclass = "pyrt::Object()";
  std::string keywords;
  bool has_double_star = false;
  for (const auto& k : c.keywords) has_double_star = has_double_star || !deref(k).arg;
  for (const auto& k : c.keywords) {
    const auto& kw = deref(k);
    std::string value = stable(expr(*kw.value, w), w).cxx;
    if (kw.arg && *kw.arg == "metaclass") {
      metaclass = value;
      continue;
    }
    if (keywords.empty()) keywords = temp(effects_value("pyrt::dict_new()"), w).cxx;
    if (!kw.arg) {
      w.line("pyrt::ClassBuild::merge_keywords(" + keywords + ", " + value + ");");
    } else if (has_double_star) {
      w.line("pyrt::ClassBuild::add_keyword(" + keywords + ", " + interned(*kw.arg) + ", " + value + ");");
    } else {
      w.line("pyrt::setitem(" + keywords + ", " + interned(*kw.arg) + ", " + value + ");");
    }
  }
  const sema::SymbolTable& table = info_.block_of(c);
  std::string build = temp_name("cls");
  w.line("pyrt::ClassBuild " + build + "(" + str_constant(c.name) + ", " + bases_tuple + ", " + metaclass + ", " +
         (keywords.empty() ? "pyrt::Object()" : keywords) + ", " + class_module_name() + ", " + str_constant(table.qualname) + ");");
  std::string ns = build + ".ns";
  std::string saved_ns = fn().class_ns;
  fn().class_ns = ns;
  fn().blocks.push_back(&table);
  // The compiler stores a class body's docstring as `__doc__` before the rest of the body.
  if (const std::string* doc = docstring(c.body)) {
    w.line("pyrt::setitem(" + ns + ", " + interned("__doc__") + ", " + str_constant(*doc) + ");");
  }
  // The implicit __class__ cell the methods' zero-argument super() reads; the body's last
  // store puts it in the namespace as __classcell__, where type.__new__ fills it.
  fn().names.emplace_back();
  std::string cell = "pyrt::Object()";
  if (table.needs_class_closure) {
    cell = temp(effects_value("pyrt::make_cell()"), w).cxx;
    fn().names.back()["__class__"] = cell;
  }
  stmts(c.body, w);
  if (table.needs_class_closure) w.line("pyrt::setitem(" + ns + ", " + interned("__classcell__") + ", " + cell + ");");
  fn().names.pop_back();
  fn().blocks.pop_back();
  fn().class_ns = saved_ns;
  std::string value = build + ".create(" + cell + ")";
  for (auto it = decos.rbegin(); it != decos.rend(); ++it) value = "pyrt::call(" + *it + ", " + value + ")";
  store_name(c.name, value, w);
}

bool Lowerer::static_runtime_class(const ast::Expr& base, std::string& module, std::string& name) {
  // A module-level name read here reaches the module's binding (or the
  // builtin): the class body's own names and function locals may shadow it.
  auto global = [&](const std::string& id) {
    sema::Scope scope = block().scope_of(mangled(id));
    return block().kind == sema::BlockKind::Module || scope == sema::Scope::GlobalExplicit ||
           scope == sema::Scope::GlobalImplicit;
  };
  if (base.kind == ast::ExprKind::Name) {
    const std::string& id = ast::as<ast::Name>(base).id;
    if (!global(id)) return false;
    if (!module_binds(id)) {
      module = "builtins";
      name = id;
      return true;
    }
    const auto* import = info_.sole_import(id);
    if (import == nullptr || import->second.empty() || options_.program_modules.count(import->first)) return false;
    module = import->first;
    name = import->second;
    return true;
  }
  if (base.kind != ast::ExprKind::Attribute) return false;
  const auto& a = ast::as<ast::Attribute>(base);
  if (a.value->kind != ast::ExprKind::Name) return false;
  const std::string& id = ast::as<ast::Name>(*a.value).id;
  const auto* import = global(id) ? info_.sole_import(id) : nullptr;
  if (import == nullptr) return false;
  // `from collections import abc` binds a module too.
  module = import->second.empty() ? import->first : import->first + "." + import->second;
  // A module of the program's own, even one named as a native module, is no runtime class's.
  if (!runtime_names().has_module(module) || options_.program_modules.count(module)) return false;
  name = a.attr;
  return true;
}

std::string Lowerer::import_target(const ast::Node& n, const std::string& written) const {
  if (options_.import_targets == nullptr) return written;
  auto it = options_.import_targets->find(&n);
  return it == options_.import_targets->end() ? written : it->second;
}

// `import a.b.c` is IMPORT_NAME with no fromlist, which returns the top package:
//   g::a = pyrt::import_name("a.b.c");
// `import a.b.c as d` then reads each further part off it (IMPORT_FROM):
//   g::d = pyrt::import_from(pyrt::import_from(pyrt::import_name("a.b.c"), n::b), n::c);
void Lowerer::import_stmt(const ast::Stmt& s, CodeWriter& w) {
  if (s.kind == ast::StmtKind::Import) {
    for (const auto& al : ast::as<ast::Import>(s).names) {
      std::string value = "pyrt::import_name(" + quoted(import_target(al, al.name)) + ")";
      std::size_t dot = al.name.find('.');
      if (!al.asname) {
        store_name(al.name.substr(0, dot), value, w);
        continue;
      }
      while (dot != std::string::npos) {
        std::size_t next = al.name.find('.', dot + 1);
        std::string part = al.name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
        value = "pyrt::import_from(" + value + ", " + interned(part) + ")";
        dot = next;
      }
      store_name(*al.asname, value, w);
    }
    return;
  }
  from_import(ast::as<ast::ImportFrom>(s), w);
}

// `from m import x, y` is IMPORT_NAME with a fromlist, then IMPORT_FROM per name:
//   pyrt::Object t1 = pyrt::import_for_from("m", {"x", "y"});
//   g::x = pyrt::import_from(t1, n::x);  ...
// `from m import *` binds through this module's object (IMPORT_STAR):
//   pyrt::import_star(pyrt::import_for_from("m", {"*"}), module_object);
void Lowerer::from_import(const ast::ImportFrom& f, CodeWriter& w) {
  std::string module = import_target(f, f.module ? *f.module : "");
  // Future statements are compiler directives (Python/future.c), not
  // imports of the runtime's __future__ module's names.
  if (module == "__future__") return;
  // A name pyrt's native module lacks stops translation here instead of raising ImportError
  // at run time; the program's own modules and those translated from CPython's Lib are
  // checked by running them, as CPython does.
  // A stdlib unit's manifest may list `M.NAME` absent: a name CPython lacks on Linux too
  // (io.py's `from _io import _WindowsConsoleIO`), whose ImportError is CPython's as well.
  bool native = runtime_names().has_module(module) && options_.program_modules.count(module) == 0;
  bool all_found = true;
  std::string fromlist;
  for (const auto& al : f.names) {
    fromlist += (fromlist.empty() ? "" : ", ") + cxx_string_literal(al.name);
    if (!native || al.name == "*" || runtime_names().module_has(module, al.name) ||
        runtime_names().has_module(module + "." + al.name) ||
        options_.absent_imports.count(module + "." + al.name) != 0) {
      continue;
    }
    unsupported(al, "import of name '" + al.name + "' from module '" + module + "'");
    all_found = false;
  }
  if (!all_found) return;
  std::string m = temp(effects_value("pyrt::import_for_from(" + quoted(module) + ", {" + fromlist + "})"), w).cxx;
  for (const auto& al : f.names) {
    if (al.name == "*") {
      w.line("pyrt::import_star(" + m + ", module_object);");
      continue;
    }
    store_name(al.asname ? *al.asname : al.name, "pyrt::import_from(" + m + ", " + interned(al.name) + ")", w);
  }
}

void Lowerer::with_stmt(const ast::Stmt& s, CodeWriter& w) { with_items(s, 0, w); }

// `with a, b:` is `with a: with b:`; each level mirrors CPython's
// SETUP_WITH / WITH_EXCEPT_START sequence (and its async variant):
//   pyrt::Object tE = pyrt::with_exit(m, tN); pyrt::Object tV = pyrt::call(tN, {}); ...
//   try { BODY } catch (...) { tP = pyrt::exception_from_current(); }
//   pyrt::Object tR; { pyrt::ExceptionScope tS(tP or the current one); tR = pyrt::call_exit(tE, tP); }
//   if (!tP.is_unbound() && !pyrt::truthy(tR)) throw pyrt::PyException{tP};
void Lowerer::with_items(const ast::Stmt& s, std::size_t i, CodeWriter& w) {
  bool is_async = s.kind == ast::StmtKind::AsyncWith;
  const auto& wst = static_cast<const ast::With&>(s);
  if (i == wst.items.size()) {
    stmts(wst.body, w);
    return;
  }
  const auto& item = deref(wst.items[i]);
  std::string mgr = temp(expr(*item.context_expr, w), w).cxx;
  std::string enter = temp(constant_value("pyrt::Object()"), w).cxx;
  std::string exit = temp(effects_value(std::string("pyrt::") + (is_async ? "async_with_exit" : "with_exit") + "(" +
                                        mgr + ", " + enter + ")"),
                          w).cxx;
  std::string entered = "pyrt::call(" + enter + ", {})";
  if (is_async) entered = "co_await pyrt::await_(" + entered + ")";
  Value value = temp(effects_value(entered), w);
  FinallyTarget fin = open_finally(w);
  std::string pending = temp(constant_value("pyrt::Object()"), w).cxx;
  fn().finallies.push_back(fin);
  w.open("try");
  if (item.optional_vars) assign(*item.optional_vars, value, w);
  else w.line("(void)" + value.cxx + ";");
  with_items(s, i + 1, w);
  w.close("} catch (...) {");
  w.set_indent(w.indent() + 1);
  w.line(pending + " = pyrt::exception_from_current();");
  w.close();
  fin = fn().finallies.back();
  fn().finallies.pop_back();
  if (fin.used_break || fin.used_continue || fin.used_return) w.line(fin.label + ":;");
  std::string call = "pyrt::call_exit(" + exit + ", " + pending + ")";
  if (is_async) call = "co_await pyrt::await_(" + call + ")";
  // WITH_EXCEPT_START runs in the handler of the body's exception: __exit__ (and the await of
  // __aexit__) sees it as sys.exception() and an exception it raises takes it as __context__
  // (contextlib.ExitStack relies on both); without one, the exception being handled around
  // the statement stays the current one.
  std::string result = temp_name();
  w.line("pyrt::Object " + result + ";");
  w.open("");
  w.line("pyrt::ExceptionScope " + temp_name() + "(" + pending + ".is_unbound() ? pyrt::current_exception() : " +
         pending + ");");
  w.line(result + " = " + call + ";");
  w.close();
  w.line("if (!" + pending + ".is_unbound() && !pyrt::truthy(" + result + ")) throw pyrt::PyException{" +
         pending + "};");
  close_finally(fin, w);
}

Value Lowerer::comprehension(const ast::Expr& e, CodeWriter& w) {
  const sema::SymbolTable& table = info_.block_of(e);
  const auto& gens = comprehension_generators(e);
  if (e.kind == ast::ExprKind::GeneratorExp) {
    std::string first = expr(*deref(gens.front()).iter, w).cxx;
    std::string make = emit_function(e, table, nullptr, w);
    std::string iter = deref(gens.front()).is_async ? "pyrt::aiter(" + first + ")" : "pyrt::iter(" + first + ")";
    std::string f = temp(stable_value(make), w).cxx;
    return effects_value("pyrt::call(" + f + ", " + iter + ")");
  }
  const char* init = e.kind == ast::ExprKind::ListComp  ? "pyrt::list_of()"
                     : e.kind == ast::ExprKind::SetComp ? "pyrt::set_of()"
                                                        : "pyrt::dict_new()";
  Value first = stable(expr(*deref(gens.front()).iter, w), w);
  std::string result = temp(stable_value(init), w).cxx;
  w.open("");
  // CPython 3.11 runs a comprehension as a function call: one frame toward
  // the recursion limit. Only for one without awaits: a guard must not live
  // across a suspension, since a coroutine destroyed while suspended would
  // run its destructor outside the chain that counted it.
  if (table.function_kind == sema::FunctionKind::Function) {
    w.line("pyrt::RecursionGuard " + fn().cxx_names.unique("comprehension_frame") + ";");
  }
  // Its frame record (co_name `<listcomp>`); with awaits too, as it only unlinks itself when
  // it is the running record (a coroutine destroyed while suspended in it is not running).
  std::string code_name = "code_" + function_names_.unique(mangle_qualname(table.qualname));
  definitions_.push_back("const pyrt::CodeInfo " + code_name + "{" + quoted(table.name) + ", " +
                         quoted(table.qualname) + ", " + quoted(options_.filename) + ", " +
                         std::to_string(e.lineno) + ", " + quoted(options_.module_name) + ", nullptr};");
  w.line("pyrt::FrameScope " + fn().cxx_names.unique("comprehension_record") + "(&spec::" + code_name + ");");
  fn().names.emplace_back();
  fn().blocks.push_back(&table);
  for (const auto& name : table.varnames) {
    std::string v = fn().cxx_names.unique(cxx_identifier(name));
    fn().names.back()[name] = v;
    if (table.scope_of(name) == sema::Scope::Cell) w.line("pyrt::Object " + v + " = pyrt::make_cell();");
    else w.line("pyrt::Object " + v + ";");
  }
  // Zero-argument super() in the comprehension takes its frame's first argument, `.0`: the
  // iterator of the outermost iterable (GET_ITER), made here when the body names super.
  if (table.scope_of("__class__") == sema::Scope::Free) {
    bool is_async = deref(gens.front()).is_async;
    first = temp(effects_value(std::string(is_async ? "pyrt::aiter(" : "pyrt::iter(") + first.cxx + ")"), w);
    fn().names.back()[".0"] = first.cxx;
  }
  comprehension_body_target_ = result;
  comprehension_loops(e, first, w);
  fn().blocks.pop_back();
  fn().names.pop_back();
  w.close();
  return stable_value(result);
}

void Lowerer::comprehension_loops(const ast::Expr& e, const Value& first, CodeWriter& w) {
  const auto& gens = comprehension_generators(e);
  std::string target = comprehension_body_target_;
  int depth = 0;
  for (std::size_t i = 0; i < gens.size(); ++i) {
    const auto& g = deref(gens[i]);
    Value iterable = i == 0 ? first : expr(*g.iter, w);
    std::string item = open_loop(g.is_async, iterable, w);
    ++depth;
    assign(*g.target, stable_value("std::move(" + item + ")"), w);
    for (const auto& cond : g.ifs) {
      std::string c = condition(*cond, w).cxx;
      w.line("if (!(" + c + ")) continue;");
    }
  }
  switch (e.kind) {
    case ast::ExprKind::ListComp:
      w.line("pyrt::list_append(" + target + ", " + expr(*ast::as<ast::ListComp>(e).elt, w).cxx + ");");
      break;
    case ast::ExprKind::SetComp:
      w.line("pyrt::set_add(" + target + ", " + expr(*ast::as<ast::SetComp>(e).elt, w).cxx + ");");
      break;
    case ast::ExprKind::DictComp: {
      const auto& d = ast::as<ast::DictComp>(e);
      std::vector<Value> kv = operands({operand(*d.key), operand(*d.value)}, w);
      w.line("pyrt::setitem(" + target + ", " + kv[0].cxx + ", " + kv[1].cxx + ");");
      break;
    }
    default: {
      std::string v = expr(*ast::as<ast::GeneratorExp>(e).elt, w).cxx;
      w.line("co_yield " + v + ";");
      break;
    }
  }
  while (depth--) w.close();
}

CppUnit Lowerer::run(const ast::Module& module) {
  module_doc_ = docstring(module.body);
  auto ctx = std::make_unique<FunctionContext>();
  ctx->table = &info_.module();
  ctx->is_module = true;
  ctx->blocks.push_back(&info_.module());
  ctx->names.emplace_back();
  fn_stack_.push_back(std::move(ctx));
  CodeWriter body(options_.filename, options_.line_directives);
  body.open("void module_body()");
  // The module body's frame (co_name `<module>`), under the importer's.
  definitions_.push_back("const pyrt::CodeInfo code_module_body{\"<module>\", \"<module>\", " + quoted(options_.filename) +
                         ", 1, " + quoted(options_.module_name) + ", nullptr};");
  body.line("pyrt::FrameScope frame(&spec::code_module_body);");
  if (const std::string* doc = docstring(module.body)) {
    body.line("pyrt::setattr(module_object, " + interned("__doc__") + ", " + str_constant(*doc) + ");");
  }
  if (info_.module_has_annotations_) store_name("__annotations__", "pyrt::dict_new()", body);
  stmts(module.body, body);
  body.close();
  fn_stack_.pop_back();
  for (const std::string& name : options_.native_parts) {
    if (native_parts_bound_.count(name) == 0) {
      base::SourceRange at = module.body.empty() ? base::SourceRange{} : module.body.front()->range();
      diags_.error(at, "stdlib/manifest.txt names '" + name + "' a native part, and no module-level statement binds it");
    }
  }

  std::string globals;
  std::string slots;
  for (const std::string& name : info_.module_binding_order_) {
    if (info_.globals_in_dict_) break;
    globals += "pyrt::Object " + cxx_identifier(name) + ";\n";
    slots += "    {" + cxx_string_literal(name) + ", &g::" + cxx_identifier(name) + "},\n";
  }
  std::string slot_table;
  if (!slots.empty()) slot_table = "const pyrt::GlobalSlot global_slots[] = {\n" + slots + "};\n";
  std::string consts;
  std::string init;
  for (const auto& [name, value] : const_order_) {
    std::string bare = name.substr(3);
    consts += "pyrt::Object " + bare + ";\n";
    init += "  " + name + " = " + value + ";\n";
  }
  std::string fn_decls;
  for (const auto& d : declarations_) fn_decls += d + "\n";
  std::string defs;
  for (const auto& d : definitions_) defs += d + "\n";
  std::string bodies;
  for (const auto& b : bodies_) bodies += b + "\n";

  std::string file = options_.module_file.empty() ? options_.filename : options_.module_file;
  std::string text = fill_template(templates::prologue, {{"SOURCE", options_.filename}});
  text += fill_template(templates::sections, {{"NAMESPACE", options_.cxx_namespace},
                                              {"GLOBALS", globals},
                                              {"CONSTANTS", consts},
                                              {"FUNCTION_DECLARATIONS", fn_decls},
                                              {"DEFINITIONS", defs},
                                              {"CONSTANT_INIT", init},
                                              {"BODIES", bodies},
                                              {"MODULE_BODY", body.text()},
                                              {"GLOBAL_SLOTS", slot_table},
                                              {"MODULE_NAME", cxx_string_literal(options_.module_name)},
                                              {"MODULE_FILE", cxx_string_literal(file)},
                                              {"IS_PACKAGE", options_.is_package ? "true" : "false"},
                                              {"SLOTS", slots.empty() ? "{}" : "global_slots"}});
  std::string registrations;
  std::string unit_decls;
  for (const auto& ns : options_.stdlib_registrations) {
    unit_decls += "namespace " + ns + " {\nvoid register_module();\n}\n";
    registrations += "  " + ns + "::register_module();\n";
  }
  if (options_.stdlib_unit) {
    text += fill_template(templates::stdlib_register, {{"UNIT_DECLARATIONS", unit_decls},
                                                       {"NAMESPACE", options_.cxx_namespace},
                                                       {"REGISTRATIONS", registrations}});
    return CppUnit{text};
  }
  if (options_.module_name != "__main__") return CppUnit{text};
  std::string units;
  for (const auto& ns : options_.other_units) {
    unit_decls += "namespace " + ns + " {\nextern const pyrt::TranslatedModuleDef module_def;\n}\n";
    units += (units.empty() ? "&" : ", &") + ns + "::module_def";
  }
  text += fill_template(templates::main,
                        {{"UNIT_DECLARATIONS", unit_decls}, {"STDLIB_REGISTRATIONS", registrations}, {"UNITS", units}});
  return CppUnit{text};
}

// A class body's first statement, `__module__ = __name__`, reads the module's global as the
// class statement runs: a module that rebinds __name__ (_collections_abc.py's
// `__name__ = "collections.abc"`) gives the classes after it that name.
std::string Lowerer::class_module_name() {
  const std::string builtin = builtin_name("__name__");
  if (info_.globals_in_dict_) return "pyrt::module_global(module_object, " + interned("__name__") + ", " + builtin + ")";
  if (!module_binds("__name__")) return builtin;
  return "pyrt::global_or(g::" + cxx_identifier("__name__") + ", " + builtin + ", \"__name__\")";
}

bool Lowerer::module_binds(const std::string& name) const {
  return info_.module_bindings_.count(name) != 0;
}

CppUnit lower_module(const ast::Module& module, const sema::ModuleInfo& info, const LowerOptions& options,
                     base::Diagnostics& diags) {
  return Lowerer(info, options, diags).run(module);
}

namespace {

// `prefix` and the dotted `module_name` with each character outside [A-Za-z0-9_] as '_'.
std::string spelled_namespace(const std::string& prefix, const std::string& module_name) {
  std::string ns = prefix;
  for (char c : module_name) ns += std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
  // No identifier of ours has a double underscore (reserved to the implementation).
  for (std::size_t p; (p = ns.find("__")) != std::string::npos;) ns.erase(p, 1);
  while (ns.back() == '_') ns.pop_back();
  return ns;
}

}  // namespace

std::string stdlib_namespace(const std::string& module_name) {
  std::string ns = "pystd";
  for (std::size_t start = 0; start <= module_name.size();) {
    std::size_t dot = std::min(module_name.find('.', start), module_name.size());
    std::string part = module_name.substr(start, dot - start);
    // A digit then the part: no double underscore however the part begins.
    ns += "_" + std::to_string(part.size()) + spelled_namespace("", part);
    start = dot + 1;
  }
  return ns;
}

std::string unit_namespace(const std::vector<std::string>& module_names, std::size_t index) {
  auto spelled = [&](std::size_t i) {
    if (module_names[i] == "__main__") return std::string("py");
    return spelled_namespace("py_", module_names[i]);
  };
  std::string ns = spelled(index);
  for (std::size_t i = 0; i < index; ++i) {
    if (spelled(i) == ns) return ns + "_" + std::to_string(index);
  }
  return ns;
}

}  // namespace py2cpp::lower
