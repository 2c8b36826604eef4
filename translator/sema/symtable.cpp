// Scope analysis in two passes as CPython's Python/symtable.c does it: first
// collect each block's bindings, uses and declarations, then resolve every
// name to local, cell, free or global.
#include <algorithm>
#include <set>
#include <utility>

#include "sema/blocks.h"
#include "sema/sema.h"
#include "sema/walk.h"

namespace py2cpp::sema {

std::string mangle(const std::string& private_name, const std::string& name) {
  if (private_name.empty() || name.size() < 3 || name.compare(0, 2, "__") != 0) return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) return name;
  std::size_t start = private_name.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + private_name.substr(start) + name;
}

Scope SymbolTable::scope_of(const std::string& name) const {
  auto it = symbols.find(name);
  if (it != symbols.end()) return it->second;
  return kind == BlockKind::Module ? Scope::GlobalExplicit : Scope::GlobalImplicit;
}

bool ModuleInfo::is_stable_function(const std::string& name) const {
  auto it = module_bindings_.find(name);
  return it != module_bindings_.end() && it->second == 1 && module_defs_.count(name) != 0 &&
         !rebindable_elsewhere(name);
}

const std::pair<std::string, std::string>* ModuleInfo::sole_import(const std::string& name) const {
  auto bound = module_bindings_.find(name);
  auto import = module_imports_.find(name);
  if (bound == module_bindings_.end() || bound->second != 1 || import == module_imports_.end() ||
      rebindable_elsewhere(name)) {
    return nullptr;
  }
  return &import->second;
}

bool ModuleInfo::rebindable_elsewhere(const std::string& name) const {
  if (globals_in_dict_) return true;
  return imported_ && (program_computed_stores_ || program_attribute_stores_.count(name) != 0);
}

namespace {

// What pass one learns about a block before scopes can be resolved.
struct Facts {
  std::set<std::string> bound;
  std::set<std::string> used;
  std::set<std::string> params;
  std::set<std::string> globals;
  std::set<std::string> nonlocals;
  std::set<std::string> unbound_later;
  /// Where each nonlocal name was declared, for "no binding" errors.
  std::map<std::string, base::SourceRange> nonlocal_at;
  std::vector<const ast::Node*> returns_with_value;
  bool has_yield = false;
};

class Collector {
 public:
  Collector(ModuleInfo& info, base::Diagnostics& diags) : info_(info), diags_(diags) {}

  void run(const ast::Module& m) {
    info_.module_ = std::make_unique<SymbolTable>();
    info_.module_->name = "<module>";
    current_ = info_.module_.get();
    future_line_ = future_imports(m);
    // SETUP_ANNOTATIONS binds __annotations__ when the module body has an annotation.
    if (has_annotations(m.body)) {
      info_.module_has_annotations_ = true;
      bind("__annotations__");
    }
    for (const auto& s : m.body) stmt(*s);
    finish(*info_.module_);
  }

 private:
  Facts& facts() { return facts_[current_]; }

  // Python/compile.c find_ann: an annotated assignment in `body`, through control flow but
  // not into functions or classes.
  static bool has_annotations(const ast::StmtList& body) {
    using K = ast::StmtKind;
    for (const auto& s : body) {
      switch (s->kind) {
        case K::AnnAssign: return true;
        case K::For:
        case K::AsyncFor: {
          const auto& f = static_cast<const ast::For&>(*s);
          if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
          break;
        }
        case K::While:
          if (has_annotations(ast::as<ast::While>(*s).body) || has_annotations(ast::as<ast::While>(*s).orelse)) {
            return true;
          }
          break;
        case K::If:
          if (has_annotations(ast::as<ast::If>(*s).body) || has_annotations(ast::as<ast::If>(*s).orelse)) return true;
          break;
        case K::With:
        case K::AsyncWith:
          if (has_annotations(static_cast<const ast::With&>(*s).body)) return true;
          break;
        case K::Try:
        case K::TryStar: {
          const auto& t = static_cast<const ast::Try&>(*s);
          if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody)) return true;
          for (const auto& h : t.handlers) {
            if (has_annotations(h.body)) return true;
          }
          break;
        }
        case K::Match:
          for (const auto& c : ast::as<ast::Match>(*s).cases) {
            if (has_annotations(c.body)) return true;
          }
          break;
        default: break;
      }
    }
    return false;
  }

  // Python/symtable.c mangles every name it records (_Py_Mangle with st_private).
  std::string mangled(const std::string& name) const { return mangle(current_->private_name, name); }

  void bind(const std::string& raw) {
    const std::string name = mangled(raw);
    Facts& f = facts();
    if (f.bound.insert(name).second && current_->kind != BlockKind::Module) current_->varnames.push_back(name);
    // `global X` then `X = ...` in a function binds the module's X too, even
    // when the module body never mentions it.
    if (current_->kind == BlockKind::Module || f.globals.count(name)) info_.note_module_binding(name);
  }
  void use(const std::string& name) { facts().used.insert(mangled(name)); }

  SymbolTable* open(BlockKind kind, std::string name, const ast::Node& node) {
    auto t = std::make_unique<SymbolTable>();
    t->kind = kind;
    t->name = std::move(name);
    t->node = &node;
    t->parent = current_;
    // st_private: a class's own name inside it, inherited by the blocks nested in it.
    t->private_name = kind == BlockKind::Class ? t->name : current_->private_name;
    bool nested_in_function = current_->kind != BlockKind::Module && current_->kind != BlockKind::Class;
    t->qualname = current_->kind == BlockKind::Module ? t->name
                  : nested_in_function                 ? current_->qualname + ".<locals>." + t->name
                                                       : current_->qualname + "." + t->name;
    SymbolTable* raw = t.get();
    current_->children.push_back(std::move(t));
    info_.blocks_[&node] = raw;
    return raw;
  }

  // The nearest enclosing function-like block, or null at module/class level.
  const SymbolTable* enclosing_function() const {
    for (const SymbolTable* t = current_; t; t = t->parent) {
      if (t->kind == BlockKind::Comprehension) continue;
      if (t->is_function_like()) return t;
      return nullptr;
    }
    return nullptr;
  }
  bool in_async_function() const {
    const SymbolTable* f = enclosing_function();
    return f && f->is_async;
  }

  void arguments(const ast::arguments& a) {
    auto param = [&](const auto& p) {
      bind(deref(p).arg);
      facts().params.insert(mangled(deref(p).arg));
    };
    // symtable_visit_arguments' order, which is co_varnames': keyword-only before *args.
    for (const auto& p : a.posonlyargs) param(p);
    for (const auto& p : a.args) param(p);
    for (const auto& p : a.kwonlyargs) param(p);
    if (a.vararg) param(a.vararg);
    if (a.kwarg) param(a.kwarg);
  }
  void argument_annotations(const ast::arguments& a) {
    auto ann = [&](const auto& p) {
      if (deref(p).annotation) expr(*deref(p).annotation);
    };
    for (const auto& p : a.posonlyargs) ann(p);
    for (const auto& p : a.args) ann(p);
    if (a.vararg) ann(a.vararg);
    for (const auto& p : a.kwonlyargs) ann(p);
    if (a.kwarg) ann(a.kwarg);
    for (const auto& d : a.defaults) expr(*d);
    for (const auto& d : a.kw_defaults)
      if (d) expr(*d);
  }

  template <class Def>
  void function_def(const Def& d, bool is_async) {
    for (const auto& dec : d.decorator_list) expr(*dec);
    argument_annotations(deref(d.args));
    if (d.returns) expr(*d.returns);
    bind(d.name);
    if (current_->kind == BlockKind::Module) info_.module_defs_[d.name] = &d;
    SymbolTable* saved = current_;
    int saved_loops = std::exchange(loop_depth_, 0);
    current_ = open(BlockKind::Function, d.name, d);
    current_->is_async = is_async;
    arguments(deref(d.args));
    for (const auto& s : d.body) stmt(*s);
    current_ = saved;
    loop_depth_ = saved_loops;
  }

  void stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef: function_def(ast::as<ast::FunctionDef>(s), false); return;
      case K::AsyncFunctionDef: function_def(ast::as<ast::AsyncFunctionDef>(s), true); return;
      case K::ClassDef: {
        const auto& c = ast::as<ast::ClassDef>(s);
        for (const auto& dec : c.decorator_list) expr(*dec);
        for (const auto& b : c.bases) expr(*b);
        for (const auto& k : c.keywords) expr(*deref(k).value);
        bind(c.name);
        SymbolTable* saved = current_;
        int saved_loops = std::exchange(loop_depth_, 0);
        current_ = open(BlockKind::Class, c.name, c);
        for (const auto& b : c.body) stmt(*b);
        current_ = saved;
        loop_depth_ = saved_loops;
        return;
      }
      case K::Return: {
        const auto& r = ast::as<ast::Return>(s);
        if (!enclosing_function()) diags_.error(s.range(), "'return' outside function");
        if (r.value) {
          facts().returns_with_value.push_back(&s);
          expr(*r.value);
        }
        return;
      }
      case K::Delete:
        for (const auto& t : ast::as<ast::Delete>(s).targets) expr(*t);
        return;
      case K::Assign: {
        const auto& a = ast::as<ast::Assign>(s);
        expr(*a.value);
        for (const auto& t : a.targets) expr(*t);
        return;
      }
      case K::AugAssign: {
        const auto& a = ast::as<ast::AugAssign>(s);
        expr(*a.value);
        expr(*a.target);
        if (a.target->kind == ast::ExprKind::Name) use(ast::as<ast::Name>(*a.target).id);
        return;
      }
      case K::AnnAssign: {
        const auto& a = ast::as<ast::AnnAssign>(s);
        if (a.value) expr(*a.value);
        if (current_->kind != BlockKind::Function && current_->kind != BlockKind::Lambda) expr(*a.annotation);
        expr(*a.target);
        return;
      }
      case K::For:
      case K::AsyncFor: {
        bool is_async = s.kind == K::AsyncFor;
        const auto& f = static_cast<const ast::For&>(s);
        if (is_async && !in_async_function()) diags_.error(s.range(), "'async for' outside async function");
        expr(*f.iter);
        expr(*f.target);
        loop_depth_++;
        for (const auto& b : f.body) stmt(*b);
        loop_depth_--;
        for (const auto& b : f.orelse) stmt(*b);
        return;
      }
      case K::While: {
        const auto& w = ast::as<ast::While>(s);
        expr(*w.test);
        loop_depth_++;
        for (const auto& b : w.body) stmt(*b);
        loop_depth_--;
        for (const auto& b : w.orelse) stmt(*b);
        return;
      }
      case K::If: {
        const auto& i = ast::as<ast::If>(s);
        expr(*i.test);
        for (const auto& b : i.body) stmt(*b);
        for (const auto& b : i.orelse) stmt(*b);
        return;
      }
      case K::With:
      case K::AsyncWith: {
        bool is_async = s.kind == K::AsyncWith;
        const auto& w = static_cast<const ast::With&>(s);
        if (is_async && !in_async_function()) diags_.error(s.range(), "'async with' outside async function");
        for (const auto& item : w.items) {
          expr(*deref(item).context_expr);
          if (deref(item).optional_vars) expr(*deref(item).optional_vars);
        }
        for (const auto& b : w.body) stmt(*b);
        return;
      }
      case K::Match: {
        const auto& m = ast::as<ast::Match>(s);
        expr(*m.subject);
        for (std::size_t i = 0; i < m.cases.size(); ++i) {
          const auto& c = m.cases[i];
          PatternStores stores;
          // Python/compile.c compiler_match_inner: an irrefutable case must be guarded, last, or both.
          pattern(*c.pattern, stores, c.guard != nullptr || i + 1 == m.cases.size());
          if (c.guard) expr(*c.guard);
          for (const auto& b : c.body) stmt(*b);
        }
        return;
      }
      case K::Raise: {
        const auto& r = ast::as<ast::Raise>(s);
        if (r.exc) expr(*r.exc);
        if (r.cause) expr(*r.cause);
        return;
      }
      case K::Try:
      case K::TryStar: {
        const auto& t = static_cast<const ast::Try&>(s);
        for (const auto& b : t.body) stmt(*b);
        for (const auto& h : t.handlers) {
          const auto& handler = deref(h);
          if (handler.type) expr(*handler.type);
          if (handler.name) {
            bind(*handler.name);
            facts().unbound_later.insert(*handler.name);
          }
          for (const auto& b : handler.body) stmt(*b);
        }
        for (const auto& b : t.orelse) stmt(*b);
        for (const auto& b : t.finalbody) stmt(*b);
        return;
      }
      case K::Assert: {
        const auto& a = ast::as<ast::Assert>(s);
        expr(*a.test);
        if (a.msg) expr(*a.msg);
        return;
      }
      case K::Import:
        for (const auto& a : ast::as<ast::Import>(s).names) {
          const auto& al = deref(a);
          std::string name = al.asname ? *al.asname : al.name.substr(0, al.name.find('.'));
          bind(name);
          if (current_->kind == BlockKind::Module) {
            info_.module_imports_[name] = {al.asname ? al.name : name, ""};
          }
        }
        return;
      case K::ImportFrom: {
        const auto& f = ast::as<ast::ImportFrom>(s);
        // Python/compile.c compiler_from_import: a __future__ import below the module's leading
        // ones, at any depth.
        if (is_future_import(s) && s.lineno > future_line_ && !late_future_reported_.count(&s)) {
          diags_.error(s.range(), kLateFuture);
        }
        for (const auto& a : f.names) {
          const auto& al = deref(a);
          if (al.name == "*") {
            // Python/symtable.c symtable_visit_alias.
            if (current_->kind != BlockKind::Module) diags_.error(al.range(), "import * only allowed at module level");
            info_.star_imports_.push_back(&f);
            continue;
          }
          std::string name = al.asname ? *al.asname : al.name;
          bind(name);
          if (current_->kind == BlockKind::Module && f.level == 0 && f.module) {
            info_.module_imports_[name] = {*f.module, al.name};
          }
        }
        return;
      }
      case K::Global:
      case K::Nonlocal: declare(s); return;
      case K::Expr: expr(*ast::as<ast::ExprStmt>(s).value); return;
      case K::Pass: return;
      case K::Break:
        if (loop_depth_ == 0) diags_.error(s.range(), "'break' outside loop");
        return;
      case K::Continue:
        if (loop_depth_ == 0) diags_.error(s.range(), "'continue' not properly in loop");
        return;
    }
  }

  void declare(const ast::Stmt& s) {
    bool is_global = s.kind == ast::StmtKind::Global;
    const auto& names = is_global ? ast::as<ast::Global>(s).names : ast::as<ast::Nonlocal>(s).names;
    Facts& f = facts();
    bool reported = false;
    for (const std::string& raw : names) {
      const std::string n = mangled(raw);
      const char* what = is_global ? "global" : "nonlocal";
      reported = reported || f.params.count(n) || f.bound.count(n) || f.used.count(n);
      if (f.params.count(n)) {
        diags_.error(s.range(), "name '" + n + "' is parameter and " + what);
      } else if (f.bound.count(n)) {
        diags_.error(s.range(), "name '" + n + "' is assigned to before " + what + " declaration");
      } else if (f.used.count(n)) {
        diags_.error(s.range(), "name '" + n + "' is used prior to " + what + " declaration");
      }
      (is_global ? f.globals : f.nonlocals).insert(n);
      if (!is_global) f.nonlocal_at.emplace(n, s.range());
    }
    // CPython checks the names first (symtable_visit_stmt) and the module
    // level only when analyzing the block (analyze_name).
    if (!is_global && current_->kind == BlockKind::Module && !reported) {
      diags_.error(s.range(), "nonlocal declaration not allowed at module level");
    }
  }

  void yield_like(const ast::Expr& e) {
    const SymbolTable* f = enclosing_function();
    if (current_->kind == BlockKind::Comprehension) {
      const char* what = comprehension_name(*current_->node);
      diags_.error(e.range(), std::string("'yield' inside ") + what);
      return;
    }
    if (!f) {
      diags_.error(e.range(), "'yield' outside function");
      return;
    }
    facts().has_yield = true;
    if (e.kind == ast::ExprKind::YieldFrom && current_->is_async) {
      diags_.error(e.range(), "'yield from' inside async function");
    }
  }

  static const char* comprehension_name(const ast::Node& n) {
    switch (static_cast<const ast::Expr&>(n).kind) {
      case ast::ExprKind::ListComp: return "list comprehension";
      case ast::ExprKind::SetComp: return "set comprehension";
      case ast::ExprKind::DictComp: return "dict comprehension";
      default: return "generator expression";
    }
  }

  void await_expr(const ast::Expr& e) {
    if (current_->kind == BlockKind::Comprehension) {
      // An await in a comprehension makes it asynchronous: allowed in an
      // async function, and anywhere in a generator expression.
      current_->is_async = true;
      if (static_cast<const ast::Expr*>(current_->node)->kind == ast::ExprKind::GeneratorExp) return;
    }
    const SymbolTable* f = enclosing_function();
    if (!f) {
      diags_.error(e.range(), "'await' outside function");
    } else if (!f->is_async) {
      diags_.error(e.range(), "'await' outside async function");
    }
  }

  template <class Comp>
  void comprehension(const ast::Expr& e, const Comp& c) {
    const auto& gens = c.generators;
    expr(*deref(gens.front()).iter);
    SymbolTable* saved = current_;
    current_ = open(BlockKind::Comprehension, comprehension_label(e), e);
    bool is_async = false;
    for (std::size_t i = 0; i < gens.size(); ++i) {
      const auto& g = deref(gens[i]);
      if (i > 0) expr(*g.iter);
      comprehension_target(*g.target);
      for (const auto& cond : g.ifs) expr(*cond);
      is_async = is_async || g.is_async;
    }
    if constexpr (requires { c.key; }) {
      expr(*c.key);
      expr(*c.value);
    } else {
      expr(*c.elt);
    }
    current_->is_async = current_->is_async || is_async;
    bool genexp = e.kind == ast::ExprKind::GeneratorExp;
    current_ = saved;
    SymbolTable* comp = info_.blocks_[&e];
    if (comp->is_async && !genexp && !in_async_function() && is_async) {
      diags_.error(e.range(), "asynchronous comprehension outside of an asynchronous function");
    }
  }

  static std::string comprehension_label(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::ListComp: return "<listcomp>";
      case ast::ExprKind::SetComp: return "<setcomp>";
      case ast::ExprKind::DictComp: return "<dictcomp>";
      default: return "<genexpr>";
    }
  }

  // Targets of a comprehension bind in the comprehension block; walrus
  // targets inside it bind in the nearest enclosing non-comprehension block.
  void comprehension_target(const ast::Expr& t) { expr(t); }

  // The names one case's pattern binds, in the order CPython stores them (pc->stores).
  using PatternStores = std::vector<std::string>;

  void pattern_store(const ast::Node& at, const std::string& name, PatternStores& stores) {
    if (std::find(stores.begin(), stores.end(), name) != stores.end()) {
      diags_.error(at.range(), "multiple assignments to name '" + name + "' in pattern");
      return;
    }
    stores.push_back(name);
    bind(name);
  }

  // Binds a pattern's captures and uses its value and class expressions, with the errors of
  // Python/compile.c's compiler_pattern_*; `irrefutable_ok` is pc->allow_irrefutable.
  void pattern(const ast::Pattern& p, PatternStores& stores, bool irrefutable_ok) {
    using K = ast::PatternKind;
    switch (p.kind) {
      case K::MatchValue: expr(*ast::as<ast::MatchValue>(p).value); return;
      case K::MatchSingleton: return;
      case K::MatchSequence: {
        const auto& q = ast::as<ast::MatchSequence>(p);
        int stars = 0;
        for (const auto& sub : q.patterns) stars += sub->kind == K::MatchStar;
        if (stars > 1) {
          diags_.error(p.range(), "multiple starred names in sequence pattern");
          return;
        }
        for (const auto& sub : q.patterns) pattern(*sub, stores, true);
        return;
      }
      case K::MatchMapping: {
        const auto& q = ast::as<ast::MatchMapping>(p);
        std::vector<std::string> constant_keys;
        for (const auto& k : q.keys) {
          expr(*k);
          if (k->kind != ast::ExprKind::Constant) continue;
          std::string text = ast::dump(*k);
          if (std::find(constant_keys.begin(), constant_keys.end(), text) != constant_keys.end()) {
            diags_.error(p.range(), "mapping pattern checks duplicate key (" + constant_repr(ast::as<ast::Constant>(*k)) + ")");
            return;
          }
          constant_keys.push_back(text);
        }
        // CPython stores **rest before the values' captures.
        if (q.rest) pattern_store(p, *q.rest, stores);
        for (const auto& sub : q.patterns) pattern(*sub, stores, true);
        return;
      }
      case K::MatchClass: {
        const auto& q = ast::as<ast::MatchClass>(p);
        expr(*q.cls);
        for (std::size_t i = 0; i < q.kwd_attrs.size(); ++i) {
          for (std::size_t j = 0; j < i; ++j) {
            if (q.kwd_attrs[j] == q.kwd_attrs[i]) {
              diags_.error(q.kwd_patterns[i]->range(), "attribute name repeated in class pattern: " + q.kwd_attrs[i]);
              return;
            }
          }
        }
        for (const auto& sub : q.patterns) pattern(*sub, stores, true);
        for (const auto& sub : q.kwd_patterns) pattern(*sub, stores, true);
        return;
      }
      case K::MatchStar: {
        const auto& q = ast::as<ast::MatchStar>(p);
        if (q.name) pattern_store(p, *q.name, stores);
        return;
      }
      case K::MatchAs: {
        const auto& q = ast::as<ast::MatchAs>(p);
        if (!q.pattern && !irrefutable_ok) {
          diags_.error(p.range(), q.name ? "name capture '" + *q.name + "' makes remaining patterns unreachable"
                                         : std::string("wildcard makes remaining patterns unreachable"));
          return;
        }
        if (q.pattern) pattern(*q.pattern, stores, true);
        if (q.name) pattern_store(p, *q.name, stores);
        return;
      }
      case K::MatchOr: {
        const auto& q = ast::as<ast::MatchOr>(p);
        PatternStores first;
        for (std::size_t i = 0; i < q.patterns.size(); ++i) {
          PatternStores alt = stores;
          pattern(*q.patterns[i], alt, irrefutable_ok && i + 1 == q.patterns.size());
          std::vector<std::string> added(alt.begin() + static_cast<std::ptrdiff_t>(stores.size()), alt.end());
          std::sort(added.begin(), added.end());
          if (i == 0) {
            first = added;
          } else if (added != first) {
            diags_.error(q.patterns[i]->range(), "alternative patterns bind different names");
            return;
          }
          if (i + 1 == q.patterns.size()) stores = alt;
        }
        return;
      }
    }
  }

  // repr() of a constant mapping key, for CPython's duplicate-key message.
  static std::string constant_repr(const ast::Constant& k) {
    using CK = ast::ConstantValue::Kind;
    switch (k.value.kind) {
      case CK::Str: {
        bool has_single = k.value.str_value.find('\'') != std::string::npos;
        bool has_double = k.value.str_value.find('"') != std::string::npos;
        char q = has_single && !has_double ? '"' : '\'';
        return q + k.value.str_value + q;
      }
      case CK::Int: return k.value.int_digits;
      case CK::None: return "None";
      case CK::True: return "True";
      case CK::False: return "False";
      default: return ast::dump(k);
    }
  }

  // setattr(obj, "name", v) and delattr(obj, "name") rebind an attribute as `obj.name = v`
  // does; with a computed name they may rebind any.
  void setattr_call(const ast::Call& c) {
    if (c.func->kind != ast::ExprKind::Name) return;
    const std::string& f = ast::as<ast::Name>(*c.func).id;
    if ((f == "locals" || f == "vars" || f == "dir") && c.args.empty() && c.keywords.empty()) {
      current_->calls_locals = true;
      if (current_->kind == BlockKind::Module) info_.globals_in_dict_ = true;
    }
    if (f == "globals" && c.args.empty() && c.keywords.empty()) info_.globals_in_dict_ = true;
    if (f != "setattr" && f != "delattr") return;
    if (c.args.size() >= 2 && c.args[1]->kind == ast::ExprKind::Constant) {
      const auto& k = ast::as<ast::Constant>(*c.args[1]);
      if (k.value.kind == ast::ConstantValue::Kind::Str) {
        info_.attribute_stores_.insert(k.value.str_value);
        return;
      }
    }
    info_.computed_attribute_stores_ = true;
  }

  void expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name: {
        const auto& n = ast::as<ast::Name>(e);
        if (n.ctx == ast::ExprContext::Load) {
          use(n.id);
          // symtable_visit_expr: `super` in a function makes `__class__` a free variable, for
          // the zero-argument form.
          if (n.id == "super" && current_->kind != BlockKind::Module && current_->kind != BlockKind::Class) {
            facts().used.insert("__class__");
          }
        } else {
          if (n.ctx == ast::ExprContext::Del) facts().unbound_later.insert(n.id);
          bind(n.id);
        }
        return;
      }
      case K::NamedExpr: {
        const auto& n = ast::as<ast::NamedExpr>(e);
        expr(*n.value);
        SymbolTable* saved = current_;
        while (current_->kind == BlockKind::Comprehension) current_ = current_->parent;
        current_->has_named_expr = true;
        bind(ast::as<ast::Name>(*n.target).id);
        current_ = saved;
        return;
      }
      case K::Lambda: {
        const auto& l = ast::as<ast::Lambda>(e);
        argument_annotations(deref(l.args));
        SymbolTable* saved = current_;
        current_ = open(BlockKind::Lambda, "<lambda>", e);
        arguments(deref(l.args));
        expr(*l.body);
        current_ = saved;
        return;
      }
      case K::ListComp: comprehension(e, ast::as<ast::ListComp>(e)); return;
      case K::SetComp: comprehension(e, ast::as<ast::SetComp>(e)); return;
      case K::DictComp: comprehension(e, ast::as<ast::DictComp>(e)); return;
      case K::GeneratorExp: comprehension(e, ast::as<ast::GeneratorExp>(e)); return;
      case K::Await:
        await_expr(e);
        expr(*ast::as<ast::Await>(e).value);
        return;
      case K::Yield:
        yield_like(e);
        if (ast::as<ast::Yield>(e).value) expr(*ast::as<ast::Yield>(e).value);
        return;
      case K::YieldFrom:
        yield_like(e);
        expr(*ast::as<ast::YieldFrom>(e).value);
        return;
      case K::Attribute:
        if (ast::as<ast::Attribute>(e).ctx != ast::ExprContext::Load) {
          info_.attribute_stores_.insert(ast::as<ast::Attribute>(e).attr);
        }
        for_each_child(e, [&](const ast::Expr& c) { expr(c); });
        return;
      case K::Call:
        setattr_call(ast::as<ast::Call>(e));
        for_each_child(e, [&](const ast::Expr& c) { expr(c); });
        return;
      default: for_each_child(e, [&](const ast::Expr& c) { expr(c); }); return;
    }
  }

  // Pass two for one block and, recursively, its children: CPython's
  // analyze_block. `enclosing` holds names local to enclosing functions.
  void finish(SymbolTable& t) {
    resolve(t, {});
    kinds_and_errors(t);
  }

  void kinds_and_errors(SymbolTable& t) {
    Facts& f = facts_[&t];
    // A lambda containing `yield` is a generator function, as a def is.
    if (t.kind == BlockKind::Function || t.kind == BlockKind::Lambda || t.kind == BlockKind::Comprehension) {
      bool genexp = t.kind == BlockKind::Comprehension &&
                    static_cast<const ast::Expr*>(t.node)->kind == ast::ExprKind::GeneratorExp;
      bool gen = f.has_yield || genexp;
      t.function_kind = t.is_async ? (gen ? FunctionKind::AsyncGenerator : FunctionKind::Coroutine)
                                   : (gen ? FunctionKind::Generator : FunctionKind::Function);
      if (t.function_kind == FunctionKind::AsyncGenerator) {
        for (const ast::Node* r : f.returns_with_value) {
          diags_.error(r->range(), "'return' with value in async generator");
        }
      }
    }
    for (auto& c : t.children) kinds_and_errors(*c);
  }

  // Resolves names of `t` given the names bound in enclosing function scopes;
  // returns the free names `t` (or its children) need from outside.
  std::set<std::string> resolve(SymbolTable& t, const std::set<std::string>& enclosing) {
    Facts& f = facts_[&t];
    t.params = f.params;
    t.unbound_later = f.unbound_later;
    for (const auto& n : f.globals) t.symbols[n] = Scope::GlobalExplicit;
    std::set<std::string> local;
    for (const auto& n : f.bound) {
      if (f.globals.count(n) || f.nonlocals.count(n)) continue;
      local.insert(n);
      t.symbols[n] = t.kind == BlockKind::Module ? Scope::GlobalExplicit : Scope::Local;
    }
    for (const auto& n : f.nonlocals) {
      if (!enclosing.count(n) && t.kind != BlockKind::Module) {
        diags_.error(f.nonlocal_at.at(n), "no binding for nonlocal '" + n + "' found");
      }
      t.symbols[n] = Scope::Free;
    }
    std::erase_if(t.varnames, [&](const std::string& n) { return !local.count(n); });

    std::set<std::string> child_enclosing = enclosing;
    if (t.kind == BlockKind::Function || t.kind == BlockKind::Lambda || t.kind == BlockKind::Comprehension) {
      for (const auto& n : local) child_enclosing.insert(n);
      for (const auto& n : f.nonlocals) child_enclosing.insert(n);
      for (const auto& n : f.globals) child_enclosing.erase(n);
    }
    // analyze_block: a class binds the implicit `__class__` for the blocks nested in it.
    if (t.kind == BlockKind::Class) child_enclosing.insert("__class__");
    std::set<std::string> wanted;
    for (auto& c : t.children) {
      for (const auto& n : resolve(*c, child_enclosing)) wanted.insert(n);
    }
    std::set<std::string> free;
    auto need = [&](const std::string& n) {
      if (std::find(t.freevars.begin(), t.freevars.end(), n) == t.freevars.end()) t.freevars.push_back(n);
      free.insert(n);
    };
    for (const auto& n : wanted) {
      // drop_class_free: the class provides `__class__` itself.
      if (t.kind == BlockKind::Class && n == "__class__") {
        t.needs_class_closure = true;
        continue;
      }
      if (t.kind != BlockKind::Class && local.count(n)) {
        t.symbols[n] = Scope::Cell;
      } else if (t.symbols.count(n) && t.symbols[n] == Scope::GlobalExplicit && t.kind != BlockKind::Module) {
        continue;
      } else if (enclosing.count(n)) {
        if (!t.symbols.count(n) || t.symbols[n] == Scope::Free) {
          if (t.kind != BlockKind::Class || !t.symbols.count(n)) t.symbols.emplace(n, Scope::Free);
        }
        need(n);
      }
    }
    for (const auto& n : f.used) {
      if (t.symbols.count(n)) continue;
      if (t.kind != BlockKind::Module && enclosing.count(n)) {
        t.symbols[n] = Scope::Free;
        need(n);
      } else {
        t.symbols[n] = t.kind == BlockKind::Module ? Scope::GlobalExplicit : Scope::GlobalImplicit;
      }
    }
    for (const auto& n : f.nonlocals) need(n);
    return free;
  }

  static constexpr const char* kLateFuture = "from __future__ imports must occur at the beginning of the file";

  static bool is_future_import(const ast::Stmt& s) {
    if (s.kind != ast::StmtKind::ImportFrom) return false;
    const auto& i = ast::as<ast::ImportFrom>(s);
    return i.module && *i.module == "__future__";
  }

  // Python/future.c future_parse: the __future__ imports leading the module (after its
  // docstring; later ones on the line of the last leading statement count too), with each
  // feature checked as future_check_features does. Returns the line of the last one, 0 if none.
  int future_imports(const ast::Module& m) {
    static constexpr std::string_view kFeatures[] = {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
    int last = 0, prev_line = 0;
    bool done = false;
    std::size_t i = 0;
    if (!m.body.empty() && m.body[0]->kind == ast::StmtKind::Expr) {
      const ast::Expr& e = *ast::as<ast::ExprStmt>(*m.body[0]).value;
      if (e.kind == ast::ExprKind::Constant && ast::as<ast::Constant>(e).value.kind == ast::ConstantValue::Kind::Str) i = 1;
    }
    for (; i < m.body.size(); ++i) {
      const ast::Stmt& s = *m.body[i];
      if (done && s.lineno > prev_line) break;
      prev_line = s.lineno;
      if (!is_future_import(s)) {
        done = true;
        continue;
      }
      if (done) {
        diags_.error(s.range(), kLateFuture);
        late_future_reported_.insert(&s);
        break;
      }
      for (const auto& a : ast::as<ast::ImportFrom>(s).names) {
        const std::string& feature = deref(a).name;
        if (feature == "annotations") info_.future_annotations_ = true;
        if (std::find(std::begin(kFeatures), std::end(kFeatures), feature) != std::end(kFeatures)) continue;
        diags_.error(s.range(), feature == "braces" ? std::string("not a chance")
                                                    : "future feature " + feature.substr(0, 100) + " is not defined");
        break;
      }
      last = s.lineno;
    }
    return last;
  }

  ModuleInfo& info_;
  base::Diagnostics& diags_;
  int future_line_ = 0;
  std::set<const ast::Stmt*> late_future_reported_;
  SymbolTable* current_ = nullptr;
  std::map<const SymbolTable*, Facts> facts_;
  int loop_depth_ = 0;
};

}  // namespace

ModuleInfo analyze(const ast::Module& module, base::Diagnostics& diags) {
  ModuleInfo info;
  Collector(info, diags).run(module);
  // The symtable's errors come first, as CPython's symtable pass runs before its compiler.
  if (!diags.has_errors()) check_block_nesting(module, diags);
  return info;
}

namespace {

// Whether `from m import *` can bind `name` of a module that binds `__all__` or not: without
// __all__, IMPORT_STAR skips the names starting with '_'. This matters beyond economy: a name
// that becomes a C++ global of the importer shadows the importer's own module attribute of that
// name (__name__, __doc__) while the global stays unbound.
bool star_can_bind(const std::string& name, bool has_all) { return has_all || name.empty() || name[0] != '_'; }

// Every name `from <target> import *` can bind: all the names the target's code binds at
// module level (its __all__ decides at run time which of them; a superset is safe, since a
// name the import does not bind stays unbound), or a native module's names; any name for a
// module translated in its own unit.
void add_star_names(const ast::Program& program, ProgramInfo& result, std::size_t importer,
                    const std::string& target, const NativeNames& native_names, std::set<std::string>& seen) {
  if (!seen.insert(target).second) return;
  ModuleInfo& into = result.modules[importer];
  for (std::size_t i = 0; i < program.modules.size(); ++i) {
    if (program.modules[i]->name != target || !program.modules[i]->module) continue;
    const ModuleInfo& from = result.modules[i];
    // A target whose globals live in its dict may gain names no statement binds
    // (re._constants' `globals().update(...)`), so the importer reads its own names from its
    // dict too, as CPython's LOAD_GLOBAL would find them.
    if (from.globals_in_dict_) into.globals_in_dict_ = true;
    bool has_all = from.module_bindings_.count("__all__") != 0;
    for (const std::string& name : from.module_binding_order_) {
      if (star_can_bind(name, has_all)) into.note_module_binding(name);
    }
    for (const ast::ImportFrom* star : from.star_imports_) {
      auto t = program.import_targets.find(star);
      if (t != program.import_targets.end()) add_star_names(program, result, importer, t->second, native_names, seen);
    }
    return;
  }
  std::optional<std::vector<std::string>> names = native_names(target);
  if (!names) {
    // A translated stdlib module of its own unit (re._parser's `from ._constants import *`):
    // which names it binds is known at run time only, so the importer reads its globals from
    // its dict, as CPython's LOAD_GLOBAL does.
    into.globals_in_dict_ = true;
    return;
  }
  bool has_all = std::find(names->begin(), names->end(), "__all__") != names->end();
  for (const std::string& name : *names) {
    if (star_can_bind(name, has_all)) into.note_module_binding(name);
  }
}

}  // namespace

ProgramInfo analyze_program(const ast::Program& program, const NativeNames& native_names) {
  ProgramInfo result;
  std::set<std::string> attribute_stores;
  bool computed_stores = false;
  std::set<std::string> imported;
  for (const auto& [node, target] : program.import_targets) imported.insert(target);
  for (const auto& unit : program.modules) {
    result.modules.push_back(unit->module ? analyze(*unit->module, unit->diags) : ModuleInfo());
    const ModuleInfo& info = result.modules.back();
    attribute_stores.insert(info.attribute_stores_.begin(), info.attribute_stores_.end());
    computed_stores = computed_stores || info.computed_attribute_stores_;
  }
  for (std::size_t i = 0; i < program.modules.size(); ++i) {
    ModuleInfo& info = result.modules[i];
    info.imported_ = imported.count(program.modules[i]->name) != 0;
    info.program_attribute_stores_ = attribute_stores;
    info.program_computed_stores_ = computed_stores;
    for (const ast::ImportFrom* star : std::vector<const ast::ImportFrom*>(info.star_imports_)) {
      auto t = program.import_targets.find(star);
      std::set<std::string> seen;
      if (t != program.import_targets.end()) add_star_names(program, result, i, t->second, native_names, seen);
    }
  }
  return result;
}

}  // namespace py2cpp::sema
