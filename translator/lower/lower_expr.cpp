// Lowering of expressions. Python evaluates operands left to right and C++
// does not promise that for function arguments, so operands() binds an
// operand to a temporary whenever an operand after it has effects (its
// Value's purity says so), and every `await` becomes its own statement.
#include <algorithm>
#include <cstdio>

#include "lower/lowerer.h"
#include "sema/types.h"
#include "sema/walk.h"

namespace py2cpp::lower {

const char* binary_op_text(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add: return "Add";
    case ast::Operator::Sub: return "Sub";
    case ast::Operator::Mult: return "Mult";
    case ast::Operator::MatMult: return "MatMult";
    case ast::Operator::Div: return "Div";
    case ast::Operator::Mod: return "Mod";
    case ast::Operator::Pow: return "Pow";
    case ast::Operator::LShift: return "LShift";
    case ast::Operator::RShift: return "RShift";
    case ast::Operator::BitOr: return "BitOr";
    case ast::Operator::BitXor: return "BitXor";
    case ast::Operator::BitAnd: return "BitAnd";
    case ast::Operator::FloorDiv: return "FloorDiv";
  }
  return "Add";
}

namespace {

const char* cmp_op_name(ast::CmpOp op) {
  switch (op) {
    case ast::CmpOp::Eq: return "Eq";
    case ast::CmpOp::NotEq: return "Ne";
    case ast::CmpOp::Lt: return "Lt";
    case ast::CmpOp::LtE: return "Le";
    case ast::CmpOp::Gt: return "Gt";
    case ast::CmpOp::GtE: return "Ge";
    case ast::CmpOp::Is:
    case ast::CmpOp::IsNot:
    case ast::CmpOp::In:
    case ast::CmpOp::NotIn: return nullptr;
  }
  return nullptr;
}

}  // namespace

const std::string* docstring(const ast::StmtList& body) {
  if (body.empty() || body.front()->kind != ast::StmtKind::Expr) return nullptr;
  const ast::Expr& e = *ast::as<ast::ExprStmt>(*body.front()).value;
  if (e.kind != ast::ExprKind::Constant) return nullptr;
  const auto& c = ast::as<ast::Constant>(e);
  return c.value.kind == ast::ConstantValue::Kind::Str ? &c.value.str_value : nullptr;
}

std::string cxx_string_literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    }
  }
  return out + "\"";
}

std::string Lowerer::temp_name(const char* prefix) { return prefix + std::to_string(++fn().temps); }

CodeWriter Lowerer::scratch(const CodeWriter& w) const {
  CodeWriter out(options_.filename, false);
  out.set_indent(w.indent());
  return out;
}

namespace {

const char* cxx_type_name(CxxType t) {
  switch (t) {
    case CxxType::Object: return "pyrt::Object";
    case CxxType::Bool: return "bool";
    case CxxType::Method: return "pyrt::Method";
  }
  return "pyrt::Object";
}

}  // namespace

Value Lowerer::temp(const Value& v, CodeWriter& w) {
  std::string name = temp_name();
  w.line(std::string(cxx_type_name(v.type)) + " " + name + " = " + v.cxx + ";");
  return stable_value(name, v.type);
}

Value Lowerer::stable(const Value& v, CodeWriter& w) {
  if (v.purity != Purity::Effects && v.purity != Purity::Fresh) return v;
  if (!v.lvalue) return temp(v, w);
  // A checked local read: the check runs here, the local itself is read in
  // place (nothing later in the statement can rebind it).
  std::string name = temp_name();
  w.line("const pyrt::Object& " + name + " = " + v.cxx + ";");
  return stable_value(name, v.type);
}

std::vector<Value> Lowerer::operands(const std::vector<Operand>& ops, CodeWriter& w, std::vector<bool>* bound) {
  std::vector<CodeWriter> code;
  std::vector<Value> values;
  code.reserve(ops.size());
  for (const auto& op : ops) {
    code.push_back(scratch(w));
    values.push_back(op(code.back()));
  }
  std::vector<bool> bind(ops.size(), false);
  bool later_effects = false;
  for (std::size_t i = ops.size(); i-- > 0;) {
    bind[i] = later_effects && values[i].purity == Purity::Effects;
    later_effects = later_effects || values[i].purity == Purity::Effects || !code[i].empty();
  }
  for (std::size_t i = 0; i < ops.size(); ++i) {
    w.append(code[i]);
    if (bind[i]) values[i] = stable(values[i], w);
  }
  if (bound) *bound = std::move(bind);
  return values;
}

Lowerer::Operand Lowerer::operand(const ast::Expr& e) {
  return [this, &e](CodeWriter& w) { return expr(e, w); };
}

std::string Lowerer::str_constant(const std::string& utf8) {
  std::string init = "pyrt::str_from(std::string_view(" + cxx_string_literal(utf8) + ", " +
                     std::to_string(utf8.size()) + "))";
  auto it = consts_.find(init);
  if (it != consts_.end()) return it->second;
  std::string base = "s";
  for (char c : utf8) {
    if (base.size() >= 16) break;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) base += c;
    else if (base.back() != '_') base += '_';
  }
  if (base.back() == '_') base += "s";
  std::string name = "k::" + const_names_.unique(base);
  consts_[init] = name;
  const_order_.emplace_back(name, init);
  return name;
}

std::string Lowerer::interned(const std::string& name) {
  auto it = interned_.find(name);
  if (it != interned_.end()) return it->second;
  std::string cxx = "n::" + const_names_.unique(cxx_identifier(name));
  interned_[name] = cxx;
  const_order_.emplace_back(cxx, "pyrt::intern(" + cxx_string_literal(name) + ")");
  return cxx;
}

std::string Lowerer::kwnames(const std::vector<std::string>& names) {
  std::string init = "pyrt::tuple_of(";
  for (std::size_t i = 0; i < names.size(); ++i) init += (i ? ", " : "") + interned(names[i]);
  init += ")";
  auto it = consts_.find(init);
  if (it != consts_.end()) return it->second;
  std::string name = "k::" + const_names_.unique("kwnames");
  consts_[init] = name;
  const_order_.emplace_back(name, init);
  return name;
}

namespace {

// A C++ double literal that reads back as `d` exactly: "%.17g", with ".0"
// added where that would read as an int, and infinity by name (a literal
// such as 1e400 overflows to it).
std::string double_literal(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  std::string text = buf;
  if (text == "inf") return "std::numeric_limits<double>::infinity()";
  if (text.find_first_of(".en") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

Value Lowerer::constant(const ast::Constant& c) {
  const auto& v = c.value;
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None: return constant_value("pyrt::kNone");
    case K::True: return constant_value("pyrt::kTrue");
    case K::False: return constant_value("pyrt::kFalse");
    case K::Ellipsis: return constant_value(builtin_name("Ellipsis"));
    case K::Int: {
      if (v.int_digits.size() < 19) return constant_value("pyrt::Object::from_int(" + v.int_digits + ")");
      std::string init = "pyrt::int_from_digits(\"" + v.int_digits + "\")";
      auto it = consts_.find(init);
      if (it != consts_.end()) return constant_value(it->second);
      std::string name = "k::" + const_names_.unique("bigint");
      consts_[init] = name;
      const_order_.emplace_back(name, init);
      return constant_value(name);
    }
    case K::Float: return constant_value("pyrt::Object::from_float(" + double_literal(v.float_value) + ")");
    case K::Str: return constant_value(str_constant(v.str_value));
    case K::Bytes: {
      std::string init = "pyrt::bytes_from(std::string_view(" + cxx_string_literal(v.bytes_value) + ", " +
                         std::to_string(v.bytes_value.size()) + "))";
      auto it = consts_.find(init);
      if (it != consts_.end()) return constant_value(it->second);
      std::string name = "k::" + const_names_.unique("bytes");
      consts_[init] = name;
      const_order_.emplace_back(name, init);
      return constant_value(name);
    }
    case K::Complex: {
      // `2j` is complex(0.0, 2.0), made once like CPython's code constants:
      // k::complexN = pyrt::complex_from(0.0, 2.0)
      std::string init = "pyrt::complex_from(0.0, " + double_literal(v.float_value) + ")";
      auto it = consts_.find(init);
      if (it != consts_.end()) return constant_value(it->second);
      std::string name = "k::" + const_names_.unique("complex");
      consts_[init] = name;
      const_order_.emplace_back(name, init);
      return constant_value(name);
    }
  }
  return constant_value("pyrt::kNone");
}

std::string Lowerer::cxx_local(const std::string& py_name) {
  for (auto it = fn().names.rbegin(); it != fn().names.rend(); ++it) {
    auto found = it->find(py_name);
    if (found != it->end()) return found->second;
  }
  return {};
}

// Name reads, as CPython compiles them: LOAD_FAST (a local, checked unless
// certainly bound), LOAD_DEREF (a cell), LOAD_NAME in class bodies,
// LOAD_GLOBAL (a module global, then the builtin).
Value Lowerer::load_name(const ast::Expr& e, const std::string& raw, CodeWriter&) {
  const sema::SymbolTable& b = block();
  const std::string name = mangled(raw);
  sema::Scope scope = b.scope_of(name);
  std::string quoted = cxx_string_literal(name);
  if (!fn().class_ns.empty() && b.kind == sema::BlockKind::Class &&
      (scope == sema::Scope::Local || scope == sema::Scope::GlobalImplicit)) {
    std::string fallback = module_binds(name) && !info_.globals_in_dict_ ? "g::" + cxx_identifier(name)
                                                                          : builtin_name(name);
    if (fallback.empty()) {
      if (is_cpython_builtin(name) && !module_binds(name)) missing_builtin(e, name);
      fallback = "pyrt::Object()";
    }
    if (info_.globals_in_dict_) {
      fallback = "pyrt::module_lookup(module_object, " + interned(name) + ", " + fallback + ")";
    }
    return effects_value("pyrt::class_load(" + fn().class_ns + ", " + interned(name) + ", " + fallback + ")");
  }
  // Only `:=` can rebind a local in the middle of an expression.
  bool rebindable = fn().table->has_named_expr;
  switch (scope) {
    case sema::Scope::Local: {
      std::string v = cxx_local(name);
      if (v.empty()) break;
      bool certainly_bound = b.params.count(name) != 0 || std::find(fn().loop_targets.begin(),
                                                                    fn().loop_targets.end(),
                                                                    name) != fn().loop_targets.end();
      if (certainly_bound && !b.unbound_later.count(name)) {
        return rebindable ? effects_value(v) : stable_value(v);
      }
      Value read = effects_value("pyrt::local(" + v + ", " + quoted + ")");
      read.lvalue = !rebindable;
      return read;
    }
    case sema::Scope::Cell:
    case sema::Scope::Free: {
      std::string v = cxx_local(name);
      if (v.empty()) break;
      return effects_value("pyrt::cell_get(" + v + ", " + quoted + ")");
    }
    case sema::Scope::GlobalExplicit:
    case sema::Scope::GlobalImplicit: break;
  }
  if (info_.globals_in_dict_) {
    // Any name may be bound through globals(), so every read searches the module's dict.
    std::string builtin = builtin_name(name);
    if (builtin.empty() && !module_binds(name) && is_cpython_builtin(name)) missing_builtin(e, name);
    return effects_value("pyrt::module_global(module_object, " + interned(name) + ", " +
                         (builtin.empty() ? "pyrt::Object()" : builtin) + ")");
  }
  if (module_binds(name)) {
    std::string builtin = builtin_name(name);
    if (!builtin.empty()) {
      return effects_value("pyrt::global_or(g::" + cxx_identifier(name) + ", " + builtin + ", " + quoted + ")");
    }
    return effects_value("pyrt::global(g::" + cxx_identifier(name) + ", " + quoted + ")");
  }
  std::string builtin = builtin_name(name);
  // Builtins cannot be rebound without the module binding the name.
  if (!builtin.empty()) return is_module_attribute(name) ? constant_value(builtin) : stable_value(builtin);
  // A CPython builtin pyrt lacks stops translation rather than becoming a
  // NameError CPython would not raise.
  if (is_cpython_builtin(name)) missing_builtin(e, name);
  // A name no statement binds may still be stored in the module's dict by a computed store
  // from elsewhere (re's RegexFlag members, which enum.global_enum puts in sys.modules['re']'s
  // __dict__), so the read searches the dict as LOAD_GLOBAL does.
  if (info_.rebindable_elsewhere(name)) {
    return effects_value("pyrt::module_global(module_object, " + interned(name) + ", pyrt::Object())");
  }
  return effects_value("pyrt::name_error(" + quoted + ")");
}

void Lowerer::store_name(const std::string& raw, const std::string& value, CodeWriter& w) {
  const sema::SymbolTable& b = block();
  const std::string name = mangled(raw);
  if (b.kind == sema::BlockKind::Class && !fn().class_ns.empty()) {
    sema::Scope s = b.scope_of(name);
    if (s != sema::Scope::GlobalExplicit && s != sema::Scope::Free) {
      w.line("pyrt::setitem(" + fn().class_ns + ", " + interned(name) + ", " + value + ");");
      return;
    }
  }
  switch (b.scope_of(name)) {
    case sema::Scope::Local: {
      std::string v = cxx_local(name);
      if (v.empty()) break;
      // `other = other` of a bound local (enum's Flag.__or__) reads and stores the same
      // object: nothing to do, and clang 14 warns on the C++ self-assignment
      // (-Wself-assign-overloaded).
      if (value != v) w.line(v + " = " + value + ";");
      return;
    }
    case sema::Scope::Cell:
    case sema::Scope::Free: {
      std::string v = cxx_local(name);
      if (!v.empty()) {
        w.line("pyrt::cell_set(" + v + ", " + value + ");");
        return;
      }
      break;
    }
    case sema::Scope::GlobalExplicit:
    case sema::Scope::GlobalImplicit: break;
  }
  if (info_.globals_in_dict_) {
    w.line("pyrt::module_store(module_object, " + interned(name) + ", " + value + ");");
    return;
  }
  w.line("g::" + cxx_identifier(name) + " = " + value + ";");
}

void Lowerer::delete_name(const ast::Expr& e, const std::string& raw, CodeWriter& w) {
  Value current = load_name(e, raw, w);
  w.line("(void)" + current.cxx + ";");
  const sema::SymbolTable& b = block();
  const std::string name = mangled(raw);
  if (b.kind == sema::BlockKind::Class && !fn().class_ns.empty()) {
    w.line("pyrt::delitem(" + fn().class_ns + ", " + interned(name) + ");");
    return;
  }
  sema::Scope s = b.scope_of(name);
  std::string v = cxx_local(name);
  if ((s == sema::Scope::Cell || s == sema::Scope::Free) && !v.empty()) {
    w.line("pyrt::cell_set(" + v + ", pyrt::Object());");
  } else if (s == sema::Scope::Local && !v.empty()) {
    w.line(v + " = pyrt::Object();");
  } else if (info_.globals_in_dict_) {
    w.line("pyrt::module_delete(module_object, " + interned(name) + ");");
  } else {
    w.line("g::" + cxx_identifier(name) + " = pyrt::Object();");
  }
}

// Elements of a display or a call's positional arguments, comma-separated:
// `e1, pyrt::Starred{e2}, ...`. The builder they are passed to iterates a
// starred element, after every element is evaluated; CPython iterates it at
// its position (LIST_EXTEND), so one followed by an element with effects is
// first unpacked into a tuple temporary.
std::string Lowerer::elements(const ast::ExprList& elts, CodeWriter& w, bool& has_star, Purity& purity) {
  has_star = false;
  std::vector<Operand> ops;
  std::vector<std::string> raw(elts.size());
  for (std::size_t i = 0; i < elts.size(); ++i) {
    const ast::Expr& e = *elts[i];
    bool star = e.kind == ast::ExprKind::Starred;
    has_star = has_star || star;
    const ast::Expr& inner = star ? *ast::as<ast::Starred>(e).value : e;
    ops.push_back([this, &inner, star, &text = raw[i]](CodeWriter& cw) {
      Value v = expr(inner, cw);
      if (!star) return v;
      text = v.cxx;
      return effects_value("pyrt::tuple_from_parts(pyrt::Starred{" + v.cxx + "})");
    });
  }
  std::vector<bool> bound;
  std::vector<Value> values = operands(ops, w, &bound);
  purity = Purity::Stable;
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    std::string v = values[i].cxx;
    if (elts[i]->kind == ast::ExprKind::Starred) v = "pyrt::Starred{" + (bound[i] ? v : raw[i]) + "}";
    out += (out.empty() ? "" : ", ") + v;
    purity = combined(purity, values[i].purity);
  }
  return out;
}

// `asyncio.to_thread` where the program's only binding of `asyncio` is `import asyncio` reads
// pyrt's module, so a name the module lacks would be a run-time AttributeError CPython never
// raises: it stops translation instead, as `from asyncio import to_thread` does.
void Lowerer::check_module_attribute(const ast::Attribute& a) {
  std::string module, name;
  if (a.value->kind != ast::ExprKind::Name || !static_runtime_class(a, module, name)) return;
  if (!runtime_names().module_has(module, name)) unsupported(a, "attribute '" + name + "' of module '" + module + "'");
}

// obj.name(args) is CPython's LOAD_METHOD then CALL: the method is looked up
// before the arguments run, without a bound method object:
//   pyrt::call_method(pyrt::load_method(obj, n::name), args...)
// f(args, name=value) is CALL with kwnames:
//   pyrt::call_with_keywords(f, k::kwnames, args..., values...)
Value Lowerer::call(const ast::Call& c, CodeWriter& w) {
  bool star = false;
  for (const auto& a : c.args) star = star || a->kind == ast::ExprKind::Starred;
  for (const auto& k : c.keywords) star = star || !deref(k).arg;
  const ast::Expr& f = *c.func;
  if (f.kind == ast::ExprKind::Name && ast::as<ast::Name>(f).id == "super" && c.args.empty() &&
      c.keywords.empty() && !module_binds("super") && block().scope_of("super") == sema::Scope::GlobalImplicit) {
    return super_call(c, w);
  }
  if (f.kind == ast::ExprKind::Name && c.args.empty() && c.keywords.empty()) {
    const std::string& id = ast::as<ast::Name>(f).id;
    sema::Scope scope = block().scope_of(id);
    bool builtin = !module_binds(id) && (scope == sema::Scope::GlobalImplicit || scope == sema::Scope::GlobalExplicit);
    if ((id == "locals" || id == "vars" || id == "dir") && builtin) return locals_call(c, id);
    if (id == "globals" && builtin) return effects_value("pyrt::module_globals(module_object)");
  }
  if (star) return star_call(c, w);

  bool method = f.kind == ast::ExprKind::Attribute && c.keywords.empty();
  std::vector<Operand> ops;
  if (method) {
    const auto& a = ast::as<ast::Attribute>(f);
    check_module_attribute(a);
    ops.push_back([this, &a](CodeWriter& cw) {
      Value obj = expr(*a.value, cw);
      return effects_value("pyrt::load_method(" + obj.cxx + ", " + interned(mangled(a.attr)) + ")", CxxType::Method);
    });
  } else {
    ops.push_back(operand(f));
  }
  for (const auto& a : c.args) ops.push_back(operand(*a));
  std::vector<std::string> names;
  for (const auto& k : c.keywords) {
    names.push_back(*deref(k).arg);
    ops.push_back(operand(*deref(k).value));
  }
  std::vector<Value> values = operands(ops, w);
  std::string args;
  for (std::size_t i = 1; i < values.size(); ++i) args += ", " + values[i].cxx;
  if (method) return effects_value("pyrt::call_method(" + values[0].cxx + args + ")");
  if (!names.empty()) return effects_value("pyrt::call_with_keywords(" + values[0].cxx + ", " + kwnames(names) + args + ")");
  return effects_value("pyrt::call(" + values[0].cxx + args + ")");
}

// A call with `*` or `**` is CPython's CALL_FUNCTION_EX: the positional
// tuple is built (iterating each `*x`) before any keyword runs, except that
// a lone `*x` is passed as is and iterated by the call itself, after the
// keywords; keywords and `**m` merge into one dict in source order:
//   pyrt::call_ex(f, pyrt::tuple_from_parts(...), kwargs)
Value Lowerer::star_call(const ast::Call& c, CodeWriter& w) {
  bool lone_star = c.args.size() == 1 && c.args[0]->kind == ast::ExprKind::Starred;
  std::vector<Operand> ops;
  ops.push_back(operand(*c.func));
  ops.push_back([this, &c, lone_star](CodeWriter& cw) {
    if (lone_star) return expr(*ast::as<ast::Starred>(*c.args[0]).value, cw);
    bool has_star = false;
    Purity purity = Purity::Stable;
    std::string parts = elements(c.args, cw, has_star, purity);
    return Value{"pyrt::tuple_from_parts(" + parts + ")", CxxType::Object, has_star ? Purity::Effects : purity};
  });
  std::vector<Value> values = operands(ops, w);
  Value callee = stable(values[0], w);
  Value positional = values[1];
  std::string kwargs = "pyrt::Object()";
  if (!c.keywords.empty()) {
    positional = stable(positional, w);
    kwargs = temp(stable_value("pyrt::dict_new()"), w).cxx;
    for (const auto& k : c.keywords) {
      Value v = expr(*deref(k).value, w);
      if (deref(k).arg) {
        w.line("pyrt::dict_merge_kwarg(" + kwargs + ", " + interned(*deref(k).arg) + ", " + v.cxx + ", " + callee.cxx +
               ");");
      } else {
        w.line("pyrt::dict_merge_kwargs(" + kwargs + ", " + v.cxx + ", " + callee.cxx + ");");
      }
    }
  }
  std::string tuple = lone_star ? "pyrt::tuple_from_parts(pyrt::Starred{" + positional.cxx + "})" : positional.cxx;
  return effects_value("pyrt::call_ex(" + callee.cxx + ", " + tuple + ", " + kwargs + ")");
}

// locals() (and vars(), and dir() as its sorted keys) with no argument, as
// PyFrame_FastToLocals builds it: in a function a dict of the bound locals in
// co_localsplusnames order (plain locals and parameters as bound, then the other cell
// variables and the free variables, each sorted, as the compiler's dictbytype orders them);
// in a class body the namespace itself. A function's dict is the frame's (f_locals): the same
// object on every call, refreshed each time:
//   pyrt::frame_locals(frame_locals, {{"a", a}, {"b", pyrt::cell_contents(b)}, ...})
Value Lowerer::locals_call(const ast::Call& c, const std::string& builtin) {
  const sema::SymbolTable& b = block();
  std::string dict;
  if (b.kind == sema::BlockKind::Class && !fn().class_ns.empty()) {
    dict = fn().class_ns;
  } else if (b.kind == sema::BlockKind::Function || b.kind == sema::BlockKind::Lambda) {
    std::vector<std::string> plain, cells, frees(b.freevars);
    for (const auto& n : b.varnames) {
      bool cell = b.scope_of(n) == sema::Scope::Cell;
      (cell && !b.params.count(n) ? cells : plain).push_back(n);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    std::string entries;
    auto add = [&](const std::string& n) {
      std::string v = cxx_local(n);
      if (v.empty()) return;
      sema::Scope scope = b.scope_of(n);
      std::string value = scope == sema::Scope::Cell || scope == sema::Scope::Free ? "pyrt::cell_contents(" + v + ")" : v;
      entries += (entries.empty() ? "{" : ", {") + cxx_string_literal(n) + ", " + value + "}";
    };
    for (const auto& n : plain) add(n);
    for (const auto& n : cells) add(n);
    for (const auto& n : frees) add(n);
    if (fn().locals_dict.empty() || fn().table != &b) {
      unsupported(c, "'" + builtin + "()' here");
      return constant_value("pyrt::kNone");
    }
    dict = "pyrt::frame_locals(" + fn().locals_dict + ", {" + entries + "})";
  } else if (b.kind == sema::BlockKind::Comprehension) {
    // A 3.11 comprehension's frame has its own locals (`.0` and its targets).
    unsupported(c, "'" + builtin + "()' inside a comprehension");
    return constant_value("pyrt::kNone");
  } else {
    // At module level they return the module's namespace, as globals() does (sema then
    // keeps the module's globals in that dict).
    dict = "pyrt::module_globals(module_object)";
  }
  if (builtin == "dir") return effects_value("pyrt::sorted_keys(" + dict + ")");
  return effects_value(dict);
}

// Zero-argument super(), as super_init_without_args: the `__class__` cell the class body made
// and the function's first argument (read through its cell when a closure captured it):
//   pyrt::super_zero(class_cell, has_positional_arguments, first_argument)
Value Lowerer::super_call(const ast::Call&, CodeWriter&) {
  const sema::SymbolTable& b = block();
  std::string cell = "pyrt::Object()";
  if (b.scope_of("__class__") == sema::Scope::Free) {
    std::string v = cxx_local("__class__");
    if (!v.empty()) cell = v;
  }
  std::string first = "pyrt::Object()";
  const auto* node = b.node;
  bool has_positional = false;
  if (b.kind == sema::BlockKind::Function || b.kind == sema::BlockKind::Lambda) {
    const ast::arguments& args = b.kind == sema::BlockKind::Lambda
                                     ? deref(ast::as<ast::Lambda>(static_cast<const ast::Expr&>(*node)).args)
                                     : deref(static_cast<const ast::FunctionDef&>(static_cast<const ast::Stmt&>(*node)).args);
    has_positional = !args.posonlyargs.empty() || !args.args.empty();
  }
  if (b.kind == sema::BlockKind::Comprehension) {
    // A 3.11 comprehension is a function whose one positional argument is `.0`.
    has_positional = true;
    first = cxx_local(".0");
  } else if (has_positional && !b.varnames.empty()) {
    const std::string& name = b.varnames.front();
    std::string v = cxx_local(name);
    if (!v.empty()) {
      first = b.scope_of(name) == sema::Scope::Cell ? "pyrt::cell_contents(" + v + ")" : v;
    }
  }
  return effects_value("pyrt::super_zero(" + cell + ", " + (has_positional ? "true" : "false") + ", " + first + ")");
}

// `a and b`: a result temporary, assigned the next operand while the one
// before it decides (JUMP_IF_FALSE_OR_POP):
//   pyrt::Object tN = a; if (pyrt::truthy(tN)) { tN = b; }
Value Lowerer::bool_op(const ast::BoolOp& b, CodeWriter& w) {
  Value result = temp(expr(*b.values.front(), w), w);
  bool is_and = b.op == ast::BoolOpKind::And;
  int depth = 0;
  for (std::size_t i = 1; i < b.values.size(); ++i) {
    w.open(std::string("if (") + (is_and ? "" : "!") + "pyrt::truthy(" + result.cxx + "))");
    ++depth;
    Value v = expr(*b.values[i], w);
    w.line(result.cxx + " = " + v.cxx + ";");
  }
  while (depth--) w.close();
  return result;
}

namespace {

// One comparison of already ordered operands; a bool when `as_bool`.
Value compare_one(ast::CmpOp op, const Value& l, const Value& r, bool as_bool) {
  std::string b;
  Purity purity = Purity::Effects;
  switch (op) {
    case ast::CmpOp::Is:
      b = l.cxx + ".is(" + r.cxx + ")";
      purity = combined(l.purity, r.purity);
      break;
    case ast::CmpOp::IsNot:
      b = "!" + l.cxx + ".is(" + r.cxx + ")";
      purity = combined(l.purity, r.purity);
      break;
    case ast::CmpOp::In: b = "pyrt::contains(" + r.cxx + ", " + l.cxx + ")"; break;
    case ast::CmpOp::NotIn: b = "!pyrt::contains(" + r.cxx + ", " + l.cxx + ")"; break;
    default: {
      std::string name = cmp_op_name(op);
      if (as_bool) return effects_value("pyrt::compare_bool(pyrt::CmpOp::" + name + ", " + l.cxx + ", " + r.cxx + ")",
                                        CxxType::Bool);
      return effects_value("pyrt::compare(pyrt::CmpOp::" + name + ", " + l.cxx + ", " + r.cxx + ")");
    }
  }
  if (as_bool) return Value{b, CxxType::Bool, purity};
  return Value{"pyrt::Object::from_bool(" + b + ")", CxxType::Object, purity};
}

}  // namespace

// `a < b` is one C++ comparison of ordered operands; a chain `a < b < c`
// evaluates each middle operand once and stops at the first false link:
//   pyrt::Object tN; tN = cmp(a, b); if (pyrt::truthy(tN)) { tN = cmp(b, c); }
Value Lowerer::compare(const ast::Compare& c, CodeWriter& w, bool want_bool) {
  if (c.ops.size() == 1) {
    std::vector<Value> v = operands({operand(*c.left), operand(*c.comparators[0])}, w);
    return compare_one(c.ops[0], v[0], v[1], want_bool);
  }
  Value left = stable(expr(*c.left, w), w);
  std::string result = temp_name();
  w.line("pyrt::Object " + result + ";");
  int depth = 0;
  for (std::size_t i = 0; i < c.ops.size(); ++i) {
    Value right = stable(expr(*c.comparators[i], w), w);
    w.line(result + " = " + compare_one(c.ops[i], left, right, false).cxx + ";");
    left = right;
    if (i + 1 < c.ops.size()) {
      w.open("if (pyrt::truthy(" + result + "))");
      ++depth;
    }
  }
  while (depth--) w.close();
  if (want_bool) return effects_value("pyrt::truthy(" + result + ")", CxxType::Bool);
  return stable_value(result);
}

Value Lowerer::condition(const ast::Expr& e, CodeWriter& w) {
  if (sema::type_of(e, sema::Use::Truth) == sema::ExprType::Bool) {
    if (e.kind == ast::ExprKind::Compare) return compare(ast::as<ast::Compare>(e), w, true);
    NestLevel level(nest_depth_);
    Value inner = condition(*ast::as<ast::UnaryOp>(e).operand, w);
    return nest_guarded(Value{"!(" + inner.cxx + ")", CxxType::Bool, inner.purity}, w);
  }
  Value v = expr(e, w);
  return effects_value("pyrt::truthy(" + v.cxx + ")", CxxType::Bool);
}

// One replacement field: FORMAT_VALUE evaluates the value, then the nested
// spec, and only then applies the conversion and format():
//   pyrt::format(pyrt::repr(value), spec)
Value Lowerer::formatted_value(const ast::FormattedValue& f, CodeWriter& w) {
  std::vector<Operand> ops{operand(*f.value)};
  if (f.format_spec) ops.push_back(operand(*f.format_spec));
  std::vector<Value> v = operands(ops, w);
  std::string spec = "pyrt::Object()";
  if (f.format_spec) spec = (f.conversion ? stable(v[1], w) : v[1]).cxx;
  std::string value = v[0].cxx;
  switch (f.conversion) {
    case 'r': value = "pyrt::repr(" + value + ")"; break;
    case 's': value = "pyrt::str(" + value + ")"; break;
    case 'a': value = "pyrt::ascii(" + value + ")"; break;
    default: break;
  }
  return effects_value("pyrt::format(" + value + ", " + spec + ")");
}

// f"a{x}b": each field is formatted before the next one runs (BUILD_STRING
// joins them at the end):  pyrt::fstring_join(k::s_a, pyrt::format(x, ...), k::s_b)
Value Lowerer::fstring(const ast::JoinedStr& j, CodeWriter& w) {
  std::vector<Operand> ops;
  for (const auto& part : j.values) {
    const ast::Expr& v = *part;
    if (v.kind == ast::ExprKind::FormattedValue) {
      ops.push_back([this, &v](CodeWriter& cw) { return formatted_value(ast::as<ast::FormattedValue>(v), cw); });
    } else {
      ops.push_back(operand(v));
    }
  }
  std::vector<Value> values = operands(ops, w);
  if (values.size() == 1 && j.values[0]->kind == ast::ExprKind::Constant) return values[0];
  std::string out = "pyrt::fstring_join(";
  Purity purity = Purity::Stable;
  for (std::size_t i = 0; i < values.size(); ++i) {
    out += (i ? ", " : "") + values[i].cxx;
    purity = combined(purity, values[i].purity);
  }
  return Value{out + ")", CxxType::Object, purity};
}

// Every kNestBudget levels of Python nesting, the value is bound to a temporary so no C++
// expression nests deeper than about 3 brackets per level times the budget: clang stops at 256
// nested brackets ("bracket nesting level exceeded maximum of 256", -fbracket-depth), and the
// parser admits 1000 levels. Binding is order-safe: operands() binds the earlier operands of
// a value that writes statements. The cost is a temporary living to the end of its block.
namespace {
constexpr int kNestBudget = 32;
}

Value Lowerer::nest_guarded(const Value& v, CodeWriter& w) {
  if (nest_depth_ % kNestBudget != 0 || v.purity == Purity::Constant) return v;
  // A stable value's text can nest too (`!(!(...))` over a name); binding it is always safe.
  return v.purity == Purity::Stable ? temp(v, w) : stable(v, w);
}

bool Lowerer::too_deep(const ast::Node& n, const CodeWriter& w) {
  if (w.indent() <= kMaxBlockNesting) return false;
  unsupported(n, "nesting this deep in C++ blocks");
  return true;
}

Value Lowerer::expr(const ast::Expr& e, CodeWriter& w) {
  NestLevel level(nest_depth_);
  return nest_guarded(expr_node(e, w), w);
}

Value Lowerer::expr_node(const ast::Expr& e, CodeWriter& w) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::BoolOp: return bool_op(ast::as<ast::BoolOp>(e), w);
    case K::NamedExpr: {
      const auto& n = ast::as<ast::NamedExpr>(e);
      Value v = temp(expr(*n.value, w), w);
      // The target binds in the nearest enclosing non-comprehension block.
      std::vector<const sema::SymbolTable*> saved = fn().blocks;
      while (fn().blocks.size() > 1 && fn().blocks.back()->kind == sema::BlockKind::Comprehension) {
        fn().blocks.pop_back();
      }
      store_name(ast::as<ast::Name>(*n.target).id, v.cxx, w);
      fn().blocks = std::move(saved);
      return v;
    }
    case K::BinOp: {
      const auto& b = ast::as<ast::BinOp>(e);
      std::vector<Value> v = operands({operand(*b.left), operand(*b.right)}, w);
      return effects_value(std::string("pyrt::binary_op(pyrt::BinaryOp::") + binary_op_text(b.op) + ", " + v[0].cxx +
                           ", " + v[1].cxx + ")");
    }
    case K::UnaryOp: {
      const auto& u = ast::as<ast::UnaryOp>(e);
      if (u.op == ast::UnaryOpKind::Not) {
        return effects_value("pyrt::Object::from_bool(!" + condition(*u.operand, w).cxx + ")");
      }
      const char* op = u.op == ast::UnaryOpKind::Invert ? "Invert" : u.op == ast::UnaryOpKind::UAdd ? "UAdd" : "USub";
      if (u.op == ast::UnaryOpKind::USub && u.operand->kind == K::Constant) {
        const auto& c = ast::as<ast::Constant>(*u.operand);
        if (c.value.kind == ast::ConstantValue::Kind::Int && c.value.int_digits.size() < 19) {
          return constant_value("pyrt::Object::from_int(-" + c.value.int_digits + ")");
        }
      }
      return effects_value(std::string("pyrt::unary_op(pyrt::UnaryOp::") + op + ", " + expr(*u.operand, w).cxx + ")");
    }
    case K::Lambda:
      // Defaults are bound at the site, so creating the function runs nothing; each
      // evaluation makes a new function object (`f = g = lambda: 0` binds one).
      return Value{emit_function(e, info_.block_of(e), &deref(ast::as<ast::Lambda>(e).args), w), CxxType::Object,
                   Purity::Fresh};
    case K::IfExp: {
      const auto& i = ast::as<ast::IfExp>(e);
      if (too_deep(e, w)) return constant_value("pyrt::Object()");
      std::string result = temp_name();
      w.line("pyrt::Object " + result + ";");
      w.open("if (" + condition(*i.test, w).cxx + ")");
      w.line(result + " = " + expr(*i.body, w).cxx + ";");
      w.close("} else {");
      w.set_indent(w.indent() + 1);
      w.line(result + " = " + expr(*i.orelse, w).cxx + ";");
      w.close();
      return stable_value(result);
    }
    case K::Dict: {
      // BUILD_MAP then, per item, its key before its value; `**m` merges at
      // its position (DICT_UPDATE).
      const auto& d = ast::as<ast::Dict>(e);
      Value result = temp(stable_value("pyrt::dict_new()"), w);
      for (std::size_t i = 0; i < d.keys.size(); ++i) {
        if (!d.keys[i]) {
          w.line("pyrt::dict_update(" + result.cxx + ", " + expr(*d.values[i], w).cxx + ");");
          continue;
        }
        std::vector<Value> kv = operands({operand(*d.keys[i]), operand(*d.values[i])}, w);
        w.line("pyrt::setitem(" + result.cxx + ", " + kv[0].cxx + ", " + kv[1].cxx + ");");
      }
      return result;
    }
    case K::Set: {
      const auto& set_elts = ast::as<ast::Set>(e).elts;
      bool all_constant = set_elts.size() >= 3;
      for (const auto& x : set_elts) all_constant = all_constant && x->kind == K::Constant;
      bool star = false;
      Purity purity = Purity::Stable;
      std::string elts = elements(set_elts, w, star, purity);
      // Constants hash without running Python code; other elements may not.
      if (all_constant) return Value{"pyrt::set_display_of_constants(" + elts + ")", CxxType::Object, Purity::Fresh};
      return effects_value((star ? "pyrt::set_from_parts(" : "pyrt::set_of(") + elts + ")");
    }
    case K::List:
    case K::Tuple: {
      bool is_list = e.kind == K::List;
      bool star = false;
      Purity purity = Purity::Stable;
      std::string elts = elements(is_list ? ast::as<ast::List>(e).elts : ast::as<ast::Tuple>(e).elts, w, star, purity);
      std::string builder = is_list ? (star ? "pyrt::list_from_parts(" : "pyrt::list_of(")
                                    : (star ? "pyrt::tuple_from_parts(" : "pyrt::tuple_of(");
      return Value{builder + elts + ")", CxxType::Object, display(purity)};
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp:
    case K::GeneratorExp: return comprehension(e, w);
    case K::Await: {
      Value v = expr(*ast::as<ast::Await>(e).value, w);
      return temp(effects_value("co_await pyrt::await_(" + v.cxx + ")"), w);
    }
    case K::Yield: {
      const auto& y = ast::as<ast::Yield>(e);
      std::string v = y.value ? expr(*y.value, w).cxx : "pyrt::kNone";
      return temp(effects_value("co_yield " + v), w);
    }
    case K::YieldFrom: return yield_from(ast::as<ast::YieldFrom>(e), w);
    case K::Compare: return compare(ast::as<ast::Compare>(e), w, false);
    case K::Call: return call(ast::as<ast::Call>(e), w);
    case K::FormattedValue: return formatted_value(ast::as<ast::FormattedValue>(e), w);
    case K::JoinedStr: return fstring(ast::as<ast::JoinedStr>(e), w);
    case K::Constant: return constant(ast::as<ast::Constant>(e));
    case K::Attribute: {
      const auto& a = ast::as<ast::Attribute>(e);
      check_module_attribute(a);
      return effects_value("pyrt::getattr(" + expr(*a.value, w).cxx + ", " + interned(mangled(a.attr)) + ")");
    }
    case K::Subscript: {
      const auto& s = ast::as<ast::Subscript>(e);
      std::vector<Value> v = operands({operand(*s.value), operand(*s.slice)}, w);
      return effects_value("pyrt::getitem(" + v[0].cxx + ", " + v[1].cxx + ")");
    }
    case K::Starred: unsupported(e, "starred expression here"); return constant_value("pyrt::kNone");
    case K::Name: return load_name(e, ast::as<ast::Name>(e).id, w);
    case K::Slice: {
      // BUILD_SLICE of lower, upper, step in order; building runs no Python code.
      const auto& s = ast::as<ast::Slice>(e);
      auto part = [this](const ast::ExprPtr& p) -> Operand {
        if (!p) return [](CodeWriter&) { return constant_value("pyrt::Object()"); };
        return operand(*p);
      };
      std::vector<Value> v = operands({part(s.lower), part(s.upper), part(s.step)}, w);
      Purity purity = combined(combined(v[0].purity, v[1].purity), v[2].purity);
      return Value{"pyrt::make_slice(" + v[0].cxx + ", " + v[1].cxx + ", " + v[2].cxx + ")", CxxType::Object, purity};
    }
  }
  return constant_value("pyrt::kNone");
}

Value Lowerer::yield_from(const ast::YieldFrom& y, CodeWriter& w) {
  Value sub = temp(effects_value("pyrt::iter_for_yield_from(" + expr(*y.value, w).cxx + ")"), w);
  std::string sent = temp(constant_value("pyrt::kNone"), w).cxx;
  std::string thrown = temp(constant_value("pyrt::Object()"), w).cxx;
  std::string out = temp(constant_value("pyrt::Object()"), w).cxx;
  w.open("while (pyrt::yield_from_step(" + sub.cxx + ", " + sent + ", " + thrown + ", " + out + "))");
  w.line(thrown + " = pyrt::Object();");
  w.open("try");
  w.line(sent + " = co_yield " + out + ";");
  w.close("} catch (pyrt::PyException& e) {");
  w.set_indent(w.indent() + 1);
  w.line(thrown + " = std::move(e.value);");
  w.line(sent + " = pyrt::kNone;");
  w.close();
  w.close();
  return stable_value(out);
}

// Assignment to one target, the value already evaluated (CPython evaluates
// the right-hand side first, then each target's own operands left to right).
void Lowerer::assign(const ast::Expr& target, const Value& value, CodeWriter& w) {
  using K = ast::ExprKind;
  switch (target.kind) {
    case K::Name: store_name(ast::as<ast::Name>(target).id, value.cxx, w); return;
    case K::Attribute: {
      const auto& a = ast::as<ast::Attribute>(target);
      Value v = stable(value, w);
      w.line("pyrt::setattr(" + expr(*a.value, w).cxx + ", " + interned(mangled(a.attr)) + ", " + v.cxx + ");");
      return;
    }
    case K::Subscript: {
      const auto& s = ast::as<ast::Subscript>(target);
      Value v = stable(value, w);
      std::vector<Value> ok = operands({operand(*s.value), operand(*s.slice)}, w);
      w.line("pyrt::setitem(" + ok[0].cxx + ", " + ok[1].cxx + ", " + v.cxx + ");");
      return;
    }
    case K::Tuple:
    case K::List: {
      const auto& elts = target.kind == K::Tuple ? ast::as<ast::Tuple>(target).elts : ast::as<ast::List>(target).elts;
      std::size_t star = elts.size();
      for (std::size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == K::Starred) star = i;
      Value v = stable(value, w);
      std::string parts = temp_name();
      w.line("pyrt::Object " + parts + "[" + std::to_string(elts.size()) + "];");
      if (star == elts.size()) {
        w.line("pyrt::unpack(" + v.cxx + ", " + std::to_string(elts.size()) + ", " + parts + ");");
      } else {
        w.line("pyrt::unpack_star(" + v.cxx + ", " + std::to_string(star) + ", " +
               std::to_string(elts.size() - star - 1) + ", " + parts + ");");
      }
      for (std::size_t i = 0; i < elts.size(); ++i) {
        const ast::Expr& t = elts[i]->kind == K::Starred ? *ast::as<ast::Starred>(*elts[i]).value : *elts[i];
        assign(t, stable_value("std::move(" + parts + "[" + std::to_string(i) + "])"), w);
      }
      return;
    }
    case K::Starred: unsupported(target, "starred assignment target"); return;
    default: unsupported(target, "this assignment target"); return;
  }
}

}  // namespace py2cpp::lower

namespace py2cpp::lower {

const std::vector<ast::comprehension>& comprehension_generators(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::ListComp: return ast::as<ast::ListComp>(e).generators;
    case ast::ExprKind::SetComp: return ast::as<ast::SetComp>(e).generators;
    case ast::ExprKind::DictComp: return ast::as<ast::DictComp>(e).generators;
    default: return ast::as<ast::GeneratorExp>(e).generators;
  }
}

// eval, exec and compile run Python source made while the program runs, which needs the
// interpreter a translated program leaves behind: that is a lasting limit, not a gap.
void Lowerer::missing_builtin(const ast::Expr& e, const std::string& name) {
  if (name == "eval" || name == "exec" || name == "compile") {
    diags_.error(e.range(), base::DiagKind::NeedsInterpreter, {name});
    return;
  }
  unsupported(e, "builtin '" + name + "'");
}

bool Lowerer::is_module_attribute(const std::string& name) {
  return name == "__name__" || name == "__file__" || name == "__package__" || name == "__doc__" ||
         name == "__spec__" || name == "__loader__" || name == "__cached__" || name == "__builtins__";
}

std::string Lowerer::builtin_name(const std::string& name) {
  // The module attributes importlib sets before the body runs (_init_module_attrs); a module
  // that rebinds one reads its global instead (module_binds).
  if (name == "__name__") return str_constant(options_.module_name);
  if (name == "__file__") return str_constant(options_.module_file.empty() ? options_.filename : options_.module_file);
  if (name == "__package__") return options_.package ? str_constant(*options_.package) : "pyrt::kNone";
  if (name == "__doc__") return module_doc_ ? str_constant(*module_doc_) : "pyrt::kNone";
  if (name == "__spec__" || name == "__loader__" || name == "__cached__" || name == "__builtins__") {
    return "pyrt::getattr(module_object, " + interned(name) + ")";
  }
  if (!runtime_names().has_builtin(name)) return {};
  auto it = builtins_.find(name);
  if (it != builtins_.end()) return it->second;
  std::string cxx = "k::" + const_names_.unique(cxx_identifier("builtin_" + name));
  builtins_[name] = cxx;
  const_order_.emplace_back(cxx, "pyrt::builtin_lookup(" + cxx_string_literal(name) + ")");
  return cxx;
}

}  // namespace py2cpp::lower
