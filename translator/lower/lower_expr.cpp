// Lowering of expressions. Python evaluates operands left to right and C++
// does not promise that for function arguments, so every operand but the last
// that could observe or cause side effects is first bound to a temporary, and
// every `await` becomes its own statement.
#include <algorithm>
#include <cstdio>
#include <set>

#include "lower/lowerer.h"
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

// A C++ string literal for UTF-8 text, escaping everything outside printable
// ASCII so the generated file is plain ASCII.
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


}  // namespace

bool Lowerer::is_simple(const std::string& s) {
  // A checked local read can only be invalidated mid-expression by `:=`.
  if (s.rfind("pyrt::local(", 0) == 0 && s.find(')') == s.size() - 1 && !fn().table->has_named_expr) return true;
  return is_simple_cxx(s);
}

bool is_simple_cxx(const std::string& s) {
  if (s.rfind("k::", 0) == 0 || s.rfind("n::", 0) == 0) return s.find('(') == std::string::npos;
  if (s.rfind("pyrt::k", 0) == 0 && s.find('(') == std::string::npos) return true;
  // Builtins cannot be rebound without becoming module globals.
  if (s.rfind("pyrt::builtin::", 0) == 0) return true;
  if (s.rfind("pyrt::Object::from_", 0) == 0) return true;
  if (s.rfind("pyrt::Object()", 0) == 0) return true;
  // A bare C++ identifier is a parameter or temporary: reading it has no
  // effect and nothing evaluated later can rebind it.
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
                        std::string::npos) {
    return true;
  }
  if (s.size() > 1 && s[0] == 't') {
    for (std::size_t i = 1; i < s.size(); ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  }
  return false;
}

std::string Lowerer::temp(const std::string& init, CodeWriter& w) {
  std::string name = "t" + std::to_string(++fn().temps);
  w.line("pyrt::Object " + name + " = " + init + ";");
  return name;
}

std::string Lowerer::stable(const std::string& value, CodeWriter& w) {
  return is_simple(value) ? value : temp(value, w);
}

std::string Lowerer::str_constant(const std::string& utf8) {
  std::string init = "pyrt::str_from(" + cxx_string_literal(utf8) + ")";
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

std::string Lowerer::constant(const ast::Constant& c) {
  const auto& v = c.value;
  using K = ast::ConstantValue::Kind;
  switch (v.kind) {
    case K::None: return "pyrt::kNone";
    case K::True: return "pyrt::kTrue";
    case K::False: return "pyrt::kFalse";
    case K::Ellipsis: return "pyrt::builtin::Ellipsis";
    case K::Int: {
      if (v.int_digits.size() < 19) return "pyrt::Object::from_int(" + v.int_digits + ")";
      std::string init = "pyrt::int_from_digits(\"" + v.int_digits + "\")";
      auto it = consts_.find(init);
      if (it != consts_.end()) return it->second;
      std::string name = "k::" + const_names_.unique("bigint");
      consts_[init] = name;
      const_order_.emplace_back(name, init);
      return name;
    }
    case K::Float: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", v.float_value);
      std::string text = buf;
      if (text == "inf") text = "std::numeric_limits<double>::infinity()";
      else if (text.find_first_of(".en") == std::string::npos) text += ".0";
      return "pyrt::Object::from_float(" + text + ")";
    }
    case K::Str: return str_constant(v.str_value);
    case K::Bytes: {
      std::string init = "pyrt::bytes_from(std::string_view(" + cxx_string_literal(v.bytes_value) + ", " +
                         std::to_string(v.bytes_value.size()) + "))";
      auto it = consts_.find(init);
      if (it != consts_.end()) return it->second;
      std::string name = "k::" + const_names_.unique("bytes");
      consts_[init] = name;
      const_order_.emplace_back(name, init);
      return name;
    }
    case K::Complex: unsupported(c, "complex literal"); return "pyrt::kNone";
  }
  return "pyrt::kNone";
}

std::string Lowerer::cxx_local(const std::string& py_name) {
  for (auto it = fn().names.rbegin(); it != fn().names.rend(); ++it) {
    auto found = it->find(py_name);
    if (found != it->end()) return found->second;
  }
  return {};
}

std::string Lowerer::load_name(const ast::Expr& e, const std::string& name, CodeWriter&) {
  const sema::SymbolTable& b = block();
  sema::Scope scope = b.scope_of(name);
  std::string quoted = cxx_string_literal(name);
  if (!fn().class_ns.empty() && b.kind == sema::BlockKind::Class &&
      (scope == sema::Scope::Local || scope == sema::Scope::GlobalImplicit)) {
    std::string fallback = module_binds(name) ? "g::" + cxx_identifier(name)
                           : builtin_name(name).empty()       ? "pyrt::Object()"
                                                              : builtin_name(name);
    return "pyrt::class_load(" + fn().class_ns + ", " + interned(name) + ", " + fallback + ")";
  }
  switch (scope) {
    case sema::Scope::Local: {
      std::string v = cxx_local(name);
      if (v.empty()) break;
      bool certainly_bound = b.params.count(name) != 0 || std::find(fn().loop_targets.begin(),
                                                                    fn().loop_targets.end(),
                                                                    name) != fn().loop_targets.end();
      if (certainly_bound && !b.unbound_later.count(name)) return v;
      return "pyrt::local(" + v + ", " + quoted + ")";
    }
    case sema::Scope::Cell:
    case sema::Scope::Free: {
      std::string v = cxx_local(name);
      if (v.empty()) break;
      return "pyrt::cell_get(" + v + ", " + quoted + ")";
    }
    case sema::Scope::GlobalExplicit:
    case sema::Scope::GlobalImplicit: break;
  }
  if (info_.module().symbols.count(name) &&
      info_.module().scope_of(name) == sema::Scope::GlobalExplicit && module_binds(name)) {
    std::string builtin = builtin_name(name);
    if (!builtin.empty()) return "pyrt::global_or(g::" + cxx_identifier(name) + ", " + builtin + ", " + quoted + ")";
    return "pyrt::global(g::" + cxx_identifier(name) + ", " + quoted + ")";
  }
  std::string builtin = builtin_name(name);
  if (!builtin.empty()) return builtin;
  (void)e;
  return "pyrt::name_error(" + quoted + ")";
}

void Lowerer::store_name(const std::string& name, const std::string& value, CodeWriter& w) {
  const sema::SymbolTable& b = block();
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
      if (!v.empty()) {
        w.line(v + " = " + value + ";");
        return;
      }
      break;
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
  w.line("g::" + cxx_identifier(name) + " = " + value + ";");
}

void Lowerer::delete_name(const ast::Expr& e, const std::string& name, CodeWriter& w) {
  std::string current = load_name(e, name, w);
  w.line("(void)" + current + ";");
  const sema::SymbolTable& b = block();
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
  } else {
    w.line("g::" + cxx_identifier(name) + " = pyrt::Object();");
  }
}

std::string Lowerer::elements(const ast::ExprList& elts, CodeWriter& w, bool& has_star) {
  has_star = false;
  for (const auto& e : elts) has_star = has_star || e->kind == ast::ExprKind::Starred;
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < elts.size(); ++i) {
    const ast::Expr& e = *elts[i];
    bool star = e.kind == ast::ExprKind::Starred;
    std::string v = expr(star ? *ast::as<ast::Starred>(e).value : e, w);
    if (i + 1 < elts.size()) v = stable(v, w);
    parts.push_back(star ? "pyrt::Starred{" + v + "}" : v);
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

std::string Lowerer::call(const ast::Call& c, CodeWriter& w) {
  bool star = false;
  for (const auto& a : c.args) star = star || a->kind == ast::ExprKind::Starred;
  for (const auto& k : c.keywords) star = star || !deref(k).arg;

  // obj.name(...) without a bound method object.
  std::string callee;
  std::string method_self;
  const ast::Expr& f = *c.func;
  if (f.kind == ast::ExprKind::Attribute && !star && c.keywords.empty()) {
    const auto& a = ast::as<ast::Attribute>(f);
    method_self = stable(expr(*a.value, w), w);
    callee = interned(a.attr);
  } else if (f.kind == ast::ExprKind::Name && ast::as<ast::Name>(f).id == "super" && c.args.empty() &&
             c.keywords.empty()) {
    return super_call(c, w);
  } else {
    callee = stable(expr(f, w), w);
  }

  std::vector<std::string> values;
  std::size_t total = c.args.size() + c.keywords.size();
  std::size_t index = 0;
  for (const auto& a : c.args) {
    bool is_star = a->kind == ast::ExprKind::Starred;
    std::string v = expr(is_star ? *ast::as<ast::Starred>(*a).value : *a, w);
    if (++index < total) v = stable(v, w);
    values.push_back(is_star ? "pyrt::Starred{" + v + "}" : v);
  }
  std::vector<std::string> names;
  std::vector<std::string> kw_values;
  for (const auto& k : c.keywords) {
    std::string v = expr(*deref(k).value, w);
    if (++index < total) v = stable(v, w);
    if (deref(k).arg) {
      names.push_back(*deref(k).arg);
      kw_values.push_back(v);
    } else {
      names.push_back("");
      kw_values.push_back(v);
    }
  }
  // Values follow as plain arguments (see translated.h on g++ and braced
  // lists in coroutines).
  auto trailing = [](const std::vector<std::string>& xs) {
    std::string out;
    for (const auto& x : xs) out += ", " + x;
    return out;
  };
  if (!method_self.empty()) return "pyrt::call_method(" + method_self + ", " + callee + trailing(values) + ")";
  if (star) {
    std::string kw = "pyrt::Object()";
    if (!names.empty()) {
      kw = temp("pyrt::dict_new()", w);
      for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].empty()) w.line("pyrt::dict_merge_kwargs(" + kw + ", " + kw_values[i] + ");");
        else w.line("pyrt::dict_merge_kwarg(" + kw + ", " + interned(names[i]) + ", " + kw_values[i] + ");");
      }
    }
    std::string parts = trailing(values);
    return "pyrt::call_ex(" + callee + ", pyrt::tuple_from_parts(" + (parts.empty() ? "" : parts.substr(2)) + "), " +
           kw + ")";
  }
  if (!names.empty()) {
    for (const auto& v : kw_values) values.push_back(v);
    return "pyrt::call_with_keywords(" + callee + ", " + kwnames(names) + trailing(values) + ")";
  }
  return "pyrt::call(" + callee + trailing(values) + ")";
}

std::string Lowerer::super_call(const ast::Call& c, CodeWriter&) {
  // Zero-argument super(): CPython reads the __class__ cell and the first
  // argument; our methods know their class's global and their first local.
  const sema::SymbolTable* f = fn().table;
  if (!f || !f->parent || f->parent->kind != sema::BlockKind::Class || f->varnames.empty() ||
      f->parent->parent != &info_.module()) {
    unsupported(c, "super() outside a method of a module-level class");
    return "pyrt::kNone";
  }
  return "pyrt::super_(pyrt::global(g::" + cxx_identifier(f->parent->name) + ", \"" + f->parent->name +
         "\"), " + cxx_local(f->varnames.front()) + ")";
}

std::string Lowerer::bool_op(const ast::BoolOp& b, CodeWriter& w) {
  std::string result = temp(expr(*b.values.front(), w), w);
  bool is_and = b.op == ast::BoolOpKind::And;
  int depth = 0;
  for (std::size_t i = 1; i < b.values.size(); ++i) {
    w.open(std::string("if (") + (is_and ? "" : "!") + "pyrt::truthy(" + result + "))");
    ++depth;
    std::string v = expr(*b.values[i], w);
    w.line(result + " = " + v + ";");
  }
  while (depth--) w.close();
  return result;
}

std::string Lowerer::compare(const ast::Compare& c, CodeWriter& w, bool want_bool) {
  auto one = [&](ast::CmpOp op, const std::string& l, const std::string& r, bool as_bool) -> std::string {
    std::string b;
    switch (op) {
      case ast::CmpOp::Is: b = l + ".is(" + r + ")"; break;
      case ast::CmpOp::IsNot: b = "!" + l + ".is(" + r + ")"; break;
      case ast::CmpOp::In: b = "pyrt::contains(" + r + ", " + l + ")"; break;
      case ast::CmpOp::NotIn: b = "!pyrt::contains(" + r + ", " + l + ")"; break;
      default: {
        std::string name = cmp_op_name(op);
        if (as_bool) return "pyrt::compare_bool(pyrt::CmpOp::" + name + ", " + l + ", " + r + ")";
        return "pyrt::compare(pyrt::CmpOp::" + name + ", " + l + ", " + r + ")";
      }
    }
    return as_bool ? b : "pyrt::Object::from_bool(" + b + ")";
  };
  std::string left = expr(*c.left, w);
  if (c.ops.size() == 1) {
    left = stable(left, w);
    return one(c.ops[0], left, expr(*c.comparators[0], w), want_bool);
  }
  left = stable(left, w);
  std::string result = "t" + std::to_string(++fn().temps);
  w.line("pyrt::Object " + result + ";");
  int depth = 0;
  for (std::size_t i = 0; i < c.ops.size(); ++i) {
    std::string right = stable(expr(*c.comparators[i], w), w);
    w.line(result + " = " + one(c.ops[i], left, right, false) + ";");
    left = right;
    if (i + 1 < c.ops.size()) {
      w.open("if (pyrt::truthy(" + result + "))");
      ++depth;
    }
  }
  while (depth--) w.close();
  return want_bool ? "pyrt::truthy(" + result + ")" : result;
}

std::string Lowerer::condition(const ast::Expr& e, CodeWriter& w) {
  if (e.kind == ast::ExprKind::Compare) return compare(ast::as<ast::Compare>(e), w, true);
  if (e.kind == ast::ExprKind::UnaryOp && ast::as<ast::UnaryOp>(e).op == ast::UnaryOpKind::Not) {
    return "!(" + condition(*ast::as<ast::UnaryOp>(e).operand, w) + ")";
  }
  return "pyrt::truthy(" + expr(e, w) + ")";
}

std::string Lowerer::fstring(const ast::JoinedStr& j, CodeWriter& w) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < j.values.size(); ++i) {
    const ast::Expr& v = *j.values[i];
    std::string part;
    if (v.kind == ast::ExprKind::FormattedValue) {
      const auto& f = ast::as<ast::FormattedValue>(v);
      std::string value = expr(*f.value, w);
      switch (f.conversion) {
        case 'r': value = "pyrt::repr(" + value + ")"; break;
        case 's': value = "pyrt::str(" + value + ")"; break;
        case 'a': value = "pyrt::ascii(" + value + ")"; break;
        default: break;
      }
      std::string spec = "pyrt::Object()";
      if (f.format_spec) spec = expr(*f.format_spec, w);
      part = "pyrt::format(" + value + ", " + spec + ")";
    } else {
      part = expr(v, w);
    }
    if (i + 1 < j.values.size()) part = stable(part, w);
    parts.push_back(part);
  }
  if (parts.size() == 1 && j.values[0]->kind == ast::ExprKind::Constant) return parts[0];
  std::string out = "pyrt::fstring_join(";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out + ")";
}

std::string Lowerer::expr(const ast::Expr& e, CodeWriter& w) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::BoolOp: return bool_op(ast::as<ast::BoolOp>(e), w);
    case K::NamedExpr: {
      const auto& n = ast::as<ast::NamedExpr>(e);
      std::string v = temp(expr(*n.value, w), w);
      // The target binds in the nearest enclosing non-comprehension block.
      std::vector<const sema::SymbolTable*> saved = fn().blocks;
      while (fn().blocks.size() > 1 && fn().blocks.back()->kind == sema::BlockKind::Comprehension) {
        fn().blocks.pop_back();
      }
      store_name(ast::as<ast::Name>(*n.target).id, v, w);
      fn().blocks = std::move(saved);
      return v;
    }
    case K::BinOp: {
      const auto& b = ast::as<ast::BinOp>(e);
      std::string l = stable(expr(*b.left, w), w);
      std::string r = expr(*b.right, w);
      return std::string("pyrt::binary_op(pyrt::BinaryOp::") + binary_op_text(b.op) + ", " + l + ", " + r + ")";
    }
    case K::UnaryOp: {
      const auto& u = ast::as<ast::UnaryOp>(e);
      if (u.op == ast::UnaryOpKind::Not) return "pyrt::Object::from_bool(!pyrt::truthy(" + expr(*u.operand, w) + "))";
      const char* op = u.op == ast::UnaryOpKind::Invert ? "Invert" : u.op == ast::UnaryOpKind::UAdd ? "UAdd" : "USub";
      if (u.op == ast::UnaryOpKind::USub && u.operand->kind == K::Constant) {
        const auto& c = ast::as<ast::Constant>(*u.operand);
        if (c.value.kind == ast::ConstantValue::Kind::Int && c.value.int_digits.size() < 19) {
          return "pyrt::Object::from_int(-" + c.value.int_digits + ")";
        }
      }
      return std::string("pyrt::unary_op(pyrt::UnaryOp::") + op + ", " + expr(*u.operand, w) + ")";
    }
    case K::Lambda: return emit_function(e, info_.block_of(e), &deref(ast::as<ast::Lambda>(e).args), w);
    case K::IfExp: {
      const auto& i = ast::as<ast::IfExp>(e);
      std::string result = "t" + std::to_string(++fn().temps);
      w.line("pyrt::Object " + result + ";");
      w.open("if (" + condition(*i.test, w) + ")");
      w.line(result + " = " + expr(*i.body, w) + ";");
      w.close("} else {");
      w.set_indent(w.indent() + 1);
      w.line(result + " = " + expr(*i.orelse, w) + ";");
      w.close();
      return result;
    }
    case K::Dict: {
      const auto& d = ast::as<ast::Dict>(e);
      std::string result = temp("pyrt::dict_new()", w);
      for (std::size_t i = 0; i < d.keys.size(); ++i) {
        if (!d.keys[i]) {
          w.line("pyrt::dict_update(" + result + ", " + expr(*d.values[i], w) + ");");
          continue;
        }
        std::string k = stable(expr(*d.keys[i], w), w);
        w.line("pyrt::setitem(" + result + ", " + k + ", " + expr(*d.values[i], w) + ");");
      }
      return result;
    }
    case K::Set: {
      const auto& set_elts = ast::as<ast::Set>(e).elts;
      bool all_constant = set_elts.size() >= 3;
      for (const auto& x : set_elts) all_constant = all_constant && x->kind == K::Constant;
      bool star = false;
      std::string elts = elements(set_elts, w, star);
      if (all_constant) return "pyrt::set_display_of_constants(" + elts + ")";
      return (star ? "pyrt::set_from_parts(" : "pyrt::set_of(") + elts + ")";
    }
    case K::List: {
      bool star = false;
      std::string elts = elements(ast::as<ast::List>(e).elts, w, star);
      return (star ? "pyrt::list_from_parts(" : "pyrt::list_of(") + elts + ")";
    }
    case K::Tuple: {
      bool star = false;
      std::string elts = elements(ast::as<ast::Tuple>(e).elts, w, star);
      return (star ? "pyrt::tuple_from_parts(" : "pyrt::tuple_of(") + elts + ")";
    }
    case K::ListComp:
    case K::SetComp:
    case K::DictComp: return comprehension(e, w);
    case K::GeneratorExp: return comprehension(e, w);
    case K::Await: {
      std::string v = expr(*ast::as<ast::Await>(e).value, w);
      return temp("co_await pyrt::await_(" + v + ")", w);
    }
    case K::Yield: {
      const auto& y = ast::as<ast::Yield>(e);
      std::string v = y.value ? expr(*y.value, w) : "pyrt::kNone";
      return temp("co_yield " + v, w);
    }
    case K::YieldFrom: return yield_from(ast::as<ast::YieldFrom>(e), w);
    case K::Compare: return compare(ast::as<ast::Compare>(e), w, false);
    case K::Call: return call(ast::as<ast::Call>(e), w);
    case K::FormattedValue: {
      ast::JoinedStr j;
      unsupported(e, "a lone formatted value");
      (void)j;
      return "pyrt::kNone";
    }
    case K::JoinedStr: return fstring(ast::as<ast::JoinedStr>(e), w);
    case K::Constant: return constant(ast::as<ast::Constant>(e));
    case K::Attribute: {
      const auto& a = ast::as<ast::Attribute>(e);
      return "pyrt::getattr(" + expr(*a.value, w) + ", " + interned(a.attr) + ")";
    }
    case K::Subscript: {
      const auto& s = ast::as<ast::Subscript>(e);
      std::string v = stable(expr(*s.value, w), w);
      return "pyrt::getitem(" + v + ", " + expr(*s.slice, w) + ")";
    }
    case K::Starred: unsupported(e, "starred expression here"); return "pyrt::kNone";
    case K::Name: return load_name(e, ast::as<ast::Name>(e).id, w);
    case K::Slice: {
      const auto& s = ast::as<ast::Slice>(e);
      std::string lo = s.lower ? stable(expr(*s.lower, w), w) : "pyrt::Object()";
      std::string hi = s.upper ? stable(expr(*s.upper, w), w) : "pyrt::Object()";
      std::string st = s.step ? expr(*s.step, w) : "pyrt::Object()";
      return "pyrt::make_slice(" + lo + ", " + hi + ", " + st + ")";
    }
  }
  return "pyrt::kNone";
}

std::string Lowerer::yield_from(const ast::YieldFrom& y, CodeWriter& w) {
  std::string sub = temp("pyrt::iter_for_yield_from(" + expr(*y.value, w) + ")", w);
  std::string sent = temp("pyrt::kNone", w);
  std::string thrown = temp("pyrt::Object()", w);
  std::string out = temp("pyrt::Object()", w);
  w.open("while (pyrt::yield_from_step(" + sub + ", " + sent + ", " + thrown + ", " + out + "))");
  w.line(thrown + " = pyrt::Object();");
  w.open("try");
  w.line(sent + " = co_yield " + out + ";");
  w.close("} catch (pyrt::PyException& e) {");
  w.set_indent(w.indent() + 1);
  w.line(thrown + " = std::move(e.value);");
  w.line(sent + " = pyrt::kNone;");
  w.close();
  w.close();
  return out;
}

void Lowerer::assign(const ast::Expr& target, const std::string& value, CodeWriter& w) {
  using K = ast::ExprKind;
  switch (target.kind) {
    case K::Name: store_name(ast::as<ast::Name>(target).id, value, w); return;
    case K::Attribute: {
      const auto& a = ast::as<ast::Attribute>(target);
      std::string v = stable(value, w);
      w.line("pyrt::setattr(" + expr(*a.value, w) + ", " + interned(a.attr) + ", " + v + ");");
      return;
    }
    case K::Subscript: {
      const auto& s = ast::as<ast::Subscript>(target);
      std::string v = stable(value, w);
      std::string obj = stable(expr(*s.value, w), w);
      w.line("pyrt::setitem(" + obj + ", " + expr(*s.slice, w) + ", " + v + ");");
      return;
    }
    case K::Tuple:
    case K::List: {
      const auto& elts = target.kind == K::Tuple ? ast::as<ast::Tuple>(target).elts : ast::as<ast::List>(target).elts;
      std::size_t star = elts.size();
      for (std::size_t i = 0; i < elts.size(); ++i)
        if (elts[i]->kind == K::Starred) star = i;
      std::string parts = "t" + std::to_string(++fn().temps);
      std::string v = stable(value, w);
      w.line("pyrt::Object " + parts + "[" + std::to_string(elts.size()) + "];");
      if (star == elts.size()) {
        w.line("pyrt::unpack(" + v + ", " + std::to_string(elts.size()) + ", " + parts + ");");
      } else {
        w.line("pyrt::unpack_star(" + v + ", " + std::to_string(star) + ", " +
               std::to_string(elts.size() - star - 1) + ", " + parts + ");");
      }
      for (std::size_t i = 0; i < elts.size(); ++i) {
        const ast::Expr& t = elts[i]->kind == K::Starred ? *ast::as<ast::Starred>(*elts[i]).value : *elts[i];
        assign(t, "std::move(" + parts + "[" + std::to_string(i) + "])", w);
      }
      return;
    }
    case K::Starred: unsupported(target, "starred assignment target"); return;
    default: unsupported(target, "this assignment target"); return;
  }
}

}  // namespace py2cpp::lower

namespace py2cpp::lower {

std::string annotation_text(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::Name: return ast::as<ast::Name>(e).id;
    case ast::ExprKind::Attribute: {
      const auto& a = ast::as<ast::Attribute>(e);
      return annotation_text(*a.value) + "." + a.attr;
    }
    case ast::ExprKind::Subscript: {
      const auto& s = ast::as<ast::Subscript>(e);
      return annotation_text(*s.value) + "[" + annotation_text(*s.slice) + "]";
    }
    case ast::ExprKind::Tuple: {
      std::string out;
      for (const auto& x : ast::as<ast::Tuple>(e).elts) out += (out.empty() ? "" : ", ") + annotation_text(*x);
      return out;
    }
    case ast::ExprKind::Constant: {
      const auto& c = ast::as<ast::Constant>(e);
      if (c.value.kind == ast::ConstantValue::Kind::Str) return c.value.str_value;
      if (c.value.kind == ast::ConstantValue::Kind::Ellipsis) return "...";
      if (c.value.kind == ast::ConstantValue::Kind::None) return "None";
      return "?";
    }
    default: return "?";
  }
}

const std::vector<ast::comprehension>& comprehension_generators(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::ListComp: return ast::as<ast::ListComp>(e).generators;
    case ast::ExprKind::SetComp: return ast::as<ast::SetComp>(e).generators;
    case ast::ExprKind::DictComp: return ast::as<ast::DictComp>(e).generators;
    default: return ast::as<ast::GeneratorExp>(e).generators;
  }
}

std::string Lowerer::builtin_name(const std::string& name) {
  static const std::set<std::string> names = {
      "print", "len", "range", "sum", "min", "max", "abs", "sorted", "reversed", "enumerate", "zip", "map",
      "filter", "list", "tuple", "dict", "set", "frozenset", "str", "int", "float", "bool", "repr", "ascii",
      "isinstance", "issubclass", "type", "hasattr", "getattr", "setattr", "delattr", "id", "hash", "iter",
      "next", "any", "all", "round", "divmod", "pow", "chr", "ord", "hex", "bin", "oct", "format", "input",
      "callable", "object", "super", "property", "staticmethod", "classmethod", "vars", "NotImplemented",
      "Ellipsis", "aiter", "anext", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
      "KeyboardInterrupt", "SystemExit", "ArithmeticError", "ZeroDivisionError", "OverflowError",
      "AssertionError", "AttributeError", "LookupError", "IndexError", "KeyError", "NameError",
      "UnboundLocalError", "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
      "StopAsyncIteration", "TypeError", "ValueError", "UnicodeError", "OSError", "TimeoutError", "ImportError",
      "ModuleNotFoundError", "MemoryError"};
  if (name == "__name__") return str_constant("__main__");
  if (!names.count(name)) return {};
  static const std::set<std::string> keywords = {"int", "float", "bool"};
  return "pyrt::builtin::" + name + (keywords.count(name) ? "_" : "");
}

}  // namespace py2cpp::lower
