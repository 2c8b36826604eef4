// Lowering of statements. try/except/finally become C++ try blocks whose
// handlers only record the exception: C++ forbids co_await inside a catch
// handler, and Python handlers and finally blocks may await.
#include "lower/lowerer.h"
#include "sema/walk.h"

namespace py2cpp::lower {

void Lowerer::stmts(const std::vector<ast::StmtPtr>& body, CodeWriter& w) {
  for (const auto& s : body) stmt(*s, w);
}

std::string Lowerer::return_statement(const std::string& value) const {
  switch (fn_stack_.back()->kind) {
    case sema::FunctionKind::Function: return "return " + value + ";";
    case sema::FunctionKind::AsyncGenerator: return "co_return;";
    case sema::FunctionKind::Generator:
    case sema::FunctionKind::Coroutine: return "co_return " + value + ";";
  }
  return "return " + value + ";";
}

FinallyTarget Lowerer::open_finally(CodeWriter& w) {
  FinallyTarget f;
  f.kind_var = temp_name();
  f.label = "finally_" + f.kind_var;
  f.value_var = temp_name();
  f.loop_depth = fn().loop_depth;
  w.line("int " + f.kind_var + " = 0;");
  w.line("pyrt::Object " + f.value_var + ";");
  return f;
}

void Lowerer::jump(int kind, const std::string& value, CodeWriter& w) {
  auto& fs = fn().finallies;
  for (auto it = fs.rbegin(); it != fs.rend(); ++it) {
    if (kind != 3 && it->loop_depth < fn().loop_depth) break;
    if (kind == 3) {
      it->used_return = true;
      w.line(it->value_var + " = " + value + ";");
    }
    if (kind == 1) it->used_break = true;
    if (kind == 2) it->used_continue = true;
    w.line(it->kind_var + " = " + std::to_string(kind) + ";");
    w.line("goto " + it->label + ";");
    return;
  }
  if (kind == 1 && !fn().break_flags.empty() && !fn().break_flags.back().empty()) {
    w.line(fn().break_flags.back() + " = true;");
  }
  if (kind == 1) w.line("break;");
  else if (kind == 2) w.line("continue;");
  else w.line(return_statement(value));
}

// Python/compile.c compiler_unwind_fblock: a jump out of an except* handler is a SyntaxError.
bool Lowerer::leaves_except_star(const ast::Node& at, int kind) {
  const auto& handlers = fn().except_star_loop_depths;
  if (handlers.empty() || (kind != 3 && fn().loop_depth > handlers.back())) return false;
  diags_.error(at.range(), "'break', 'continue' and 'return' cannot appear in an except* block");
  return true;
}

void Lowerer::close_finally(const FinallyTarget& f, CodeWriter& w) {
  if (f.used_break) {
    w.open("if (" + f.kind_var + " == 1)");
    jump(1, "", w);
    w.close();
  }
  if (f.used_continue) {
    w.open("if (" + f.kind_var + " == 2)");
    jump(2, "", w);
    w.close();
  }
  if (f.used_return) {
    w.open("if (" + f.kind_var + " == 3)");
    jump(3, f.value_var, w);
    w.close();
  }
  if (!f.used_break && !f.used_continue && !f.used_return) {
    w.line("(void)" + f.kind_var + ";");
  }
}

// Temporaries a statement needs are scoped to it, so values die right after
// the statement as they do on CPython's stack (an async generator dropped
// after `break` must reach its finalizer at the same point).
void Lowerer::stmt(const ast::Stmt& s, CodeWriter& w) {
  if (too_deep(s, w)) return;
  int temps = fn().temps;
  CodeWriter inner(options_.filename, options_.line_directives);
  inner.set_indent(w.indent() + 1);
  stmt_unscoped(s, inner);
  if (fn().temps == temps) {
    w.append_dedented(inner);
    return;
  }
  w.line("{");
  w.append(inner);
  w.line("}");
}

namespace {

// The names `s` binds when it is a def, a class, or an assignment to plain names only.
std::vector<std::string> simple_bindings(const ast::Stmt& s) {
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: return {static_cast<const ast::FunctionDef&>(s).name};
    case K::ClassDef: return {ast::as<ast::ClassDef>(s).name};
    case K::Assign: {
      std::vector<std::string> names;
      for (const auto& t : ast::as<ast::Assign>(s).targets) {
        if (t->kind != ast::ExprKind::Name) return {};
        names.push_back(ast::as<ast::Name>(*t).id);
      }
      return names;
    }
    default: return {};
  }
}

}  // namespace

// A statement of a stdlib module that the manifest replaces natively (`native:` names): its
// names are bound from the native part module, as `from _py2cpp_types import FrameType`:
//   g::FrameType = pyrt::import_from(pyrt::import_for_from("_py2cpp_types", {"FrameType"}), n::FrameType);
bool Lowerer::native_part(const ast::Stmt& s, CodeWriter& w) {
  if (options_.native_parts.empty() || !fn().is_module) return false;
  std::vector<std::string> names = simple_bindings(s);
  if (names.empty()) return false;
  for (const std::string& name : names) {
    if (options_.native_parts.count(name) == 0) return false;
  }
  for (const std::string& name : names) {
    std::string module = "pyrt::import_for_from(" + cxx_string_literal(options_.native_parts_module) + ", {" +
                         cxx_string_literal(name) + "})";
    store_name(name, "pyrt::import_from(" + module + ", " + interned(name) + ")", w);
    native_parts_bound_.insert(name);
  }
  return true;
}

void Lowerer::stmt_unscoped(const ast::Stmt& s, CodeWriter& w) {
  using K = ast::StmtKind;
  w.at(s.lineno);
  if (native_part(s, w)) return;
  if (s.kind != K::Pass && s.kind != K::Break && s.kind != K::Continue && s.kind != K::Global &&
      s.kind != K::Nonlocal) {
    // f_lineno, as sys._getframe and warnings read it while the statement runs.
    w.line("frame.line = " + std::to_string(s.lineno) + ";");
  }
  switch (s.kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: function_def(s, w); return;
    case K::ClassDef: class_def(ast::as<ast::ClassDef>(s), w); return;
    case K::Return: {
      const auto& r = ast::as<ast::Return>(s);
      // CPython locates it at the value, compiled just before the jump.
      if (leaves_except_star(r.value ? static_cast<const ast::Node&>(*r.value) : s, 3)) return;
      std::string v = r.value ? expr(*r.value, w).cxx : "pyrt::kNone";
      jump(3, v, w);
      return;
    }
    case K::Delete:
      for (const auto& t : ast::as<ast::Delete>(s).targets) delete_target(*t, w);
      return;
    case K::Assign: {
      const auto& a = ast::as<ast::Assign>(s);
      Value v = expr(*a.value, w);
      if (a.targets.size() > 1) v = stable(v, w);
      for (const auto& t : a.targets) assign(*t, v, w);
      return;
    }
    case K::AugAssign: {
      const auto& a = ast::as<ast::AugAssign>(s);
      const ast::Expr& t = *a.target;
      std::string op = "pyrt::BinaryOp::" + std::string(binary_op_text(a.op));
      if (t.kind == ast::ExprKind::Name) {
        // The current value is read first; it needs a temporary only when
        // evaluating the right-hand side could rebind the name.
        std::vector<Value> v = operands({operand(t), operand(*a.value)}, w);
        store_name(ast::as<ast::Name>(t).id, "pyrt::inplace_op(" + op + ", " + v[0].cxx + ", " + v[1].cxx + ")", w);
      } else if (t.kind == ast::ExprKind::Attribute) {
        const auto& at = ast::as<ast::Attribute>(t);
        Value obj = stable(expr(*at.value, w), w);
        Value cur = temp(effects_value("pyrt::getattr(" + obj.cxx + ", " + interned(mangled(at.attr)) + ")"), w);
        std::string v = expr(*a.value, w).cxx;
        w.line("pyrt::setattr(" + obj.cxx + ", " + interned(mangled(at.attr)) + ", pyrt::inplace_op(" + op + ", " + cur.cxx +
               ", " + v + "));");
      } else if (t.kind == ast::ExprKind::Subscript) {
        const auto& sub = ast::as<ast::Subscript>(t);
        Value obj = stable(expr(*sub.value, w), w);
        Value key = stable(expr(*sub.slice, w), w);
        Value cur = temp(effects_value("pyrt::getitem(" + obj.cxx + ", " + key.cxx + ")"), w);
        std::string v = expr(*a.value, w).cxx;
        w.line("pyrt::setitem(" + obj.cxx + ", " + key.cxx + ", pyrt::inplace_op(" + op + ", " + cur.cxx + ", " + v +
               "));");
      } else {
        unsupported(t, "this augmented assignment target");
      }
      return;
    }
    case K::AnnAssign: ann_assign(ast::as<ast::AnnAssign>(s), w); return;
    case K::For:
    case K::AsyncFor: for_loop(s, w); return;
    case K::While: while_loop(ast::as<ast::While>(s), w); return;
    case K::If: if_stmt(ast::as<ast::If>(s), w); return;
    case K::With:
    case K::AsyncWith: with_stmt(s, w); return;
    case K::Match: match_stmt(ast::as<ast::Match>(s), w); return;
    case K::Raise: raise_stmt(ast::as<ast::Raise>(s), w); return;
    case K::Try: try_stmt(ast::as<ast::Try>(s), w); return;
    case K::TryStar: try_stmt(ast::as_try(s), w); return;
    case K::Assert: {
      const auto& a = ast::as<ast::Assert>(s);
      w.open("if (!(" + condition(*a.test, w).cxx + "))");
      std::string msg = a.msg ? expr(*a.msg, w).cxx : "";
      w.line(a.msg ? "pyrt::raise(pyrt::call(" + builtin_name("AssertionError") + ", " + msg + "));"
                   : "pyrt::raise(" + builtin_name("AssertionError") + ");");
      w.close();
      return;
    }
    case K::Import:
    case K::ImportFrom: import_stmt(s, w); return;
    case K::Global:
    case K::Nonlocal:
    case K::Pass: return;
    case K::Expr: {
      const ast::Expr& e = *ast::as<ast::ExprStmt>(s).value;
      if (e.kind == ast::ExprKind::Constant) return;
      if (e.kind == ast::ExprKind::Yield) {
        // A yield whose sent value is unused needs no temporary.
        const auto& y = ast::as<ast::Yield>(e);
        w.line("co_yield " + (y.value ? expr(*y.value, w).cxx : std::string("pyrt::kNone")) + ";");
        return;
      }
      // A value without effects (a temporary already computed, a constant,
      // a bound local) is POP_TOP of nothing observable.
      Value v = expr(e, w);
      if (v.purity == Purity::Effects) w.line(v.cxx + ";");
      return;
    }
    case K::Break:
      if (!leaves_except_star(s, 1)) jump(1, "", w);
      return;
    case K::Continue:
      if (!leaves_except_star(s, 2)) jump(2, "", w);
      return;
  }
}

// One target of `del`, as CPython's compiler_visit_expr in a Del context:
//   name             delete_name (UnboundLocalError/NameError when unbound)
//   obj.attr         pyrt::delattr(obj, "attr");
//   obj[key]         pyrt::delitem(obj, key);   (obj, then key, then the deletion)
//   (a, [b, c])      each element in turn, left to right, each evaluated just
//                    before it is deleted (compiler_tuple/compiler_list visit
//                    elts in order, emitting nothing for the tuple itself)
// Sema has already rejected the targets CPython cannot delete (starred,
// calls, literals: "cannot delete starred").
void Lowerer::delete_target(const ast::Expr& t, CodeWriter& w) {
  switch (t.kind) {
    case ast::ExprKind::Name: delete_name(t, ast::as<ast::Name>(t).id, w); return;
    case ast::ExprKind::Attribute: {
      const auto& a = ast::as<ast::Attribute>(t);
      w.line("pyrt::delattr(" + expr(*a.value, w).cxx + ", " + interned(mangled(a.attr)) + ");");
      return;
    }
    case ast::ExprKind::Subscript: {
      const auto& sub = ast::as<ast::Subscript>(t);
      std::vector<Value> ok = operands({operand(*sub.value), operand(*sub.slice)}, w);
      w.line("pyrt::delitem(" + ok[0].cxx + ", " + ok[1].cxx + ");");
      return;
    }
    case ast::ExprKind::Tuple:
      for (const auto& e : ast::as<ast::Tuple>(t).elts) delete_target(*e, w);
      return;
    case ast::ExprKind::List:
      for (const auto& e : ast::as<ast::List>(t).elts) delete_target(*e, w);
      return;
    default: unsupported(t, "this 'del' target"); return;
  }
}

void Lowerer::for_loop(const ast::Stmt& s, CodeWriter& w) {
  bool is_async = s.kind == ast::StmtKind::AsyncFor;
  const auto& f = static_cast<const ast::For&>(s);
  Value iterable = expr(*f.iter, w);
  std::string broke = open_break_flag(f.orelse, w);
  std::string item = open_loop(is_async, iterable, w);
  fn().loop_depth++;
  fn().break_flags.push_back(broke);
  assign(*f.target, stable_value("std::move(" + item + ")"), w);
  // Inside the body the loop's simple target is bound (only `del` or an
  // `except ... as` of the same name could unbind it; sema records those).
  bool simple_target = f.target->kind == ast::ExprKind::Name && fn().blocks.size() == 1;
  if (simple_target) fn().loop_targets.push_back(mangled(ast::as<ast::Name>(*f.target).id));
  stmts(f.body, w);
  if (simple_target) fn().loop_targets.pop_back();
  fn().break_flags.pop_back();
  fn().loop_depth--;
  w.close();
  loop_else(broke, f.orelse, w);
}

// bool tN = false;   (only when the loop has an `else:` clause)
std::string Lowerer::open_break_flag(const std::vector<ast::StmtPtr>& orelse, CodeWriter& w) {
  if (orelse.empty()) return "";
  std::string broke = temp_name();
  w.line("bool " + broke + " = false;");
  return broke;
}

// if (!tN) { <orelse> }   after the C++ loop: CPython runs a loop's `else:`
// whenever the loop ends other than by `break` (compile.c, compiler_for and
// compiler_while jump over orelse only from break). A `break` or `continue`
// inside the else clause belongs to the enclosing loop, so it is lowered
// outside the C++ loop with this loop's flag already popped.
void Lowerer::loop_else(const std::string& broke, const std::vector<ast::StmtPtr>& orelse, CodeWriter& w) {
  if (broke.empty()) return;
  w.open("if (!" + broke + ")");
  stmts(orelse, w);
  w.close();
}

// x: T = v, as compiler_annassign: the value is stored first; in a class body the annotation
// is then evaluated (or kept as its source text under `from __future__ import annotations`)
// and recorded in __annotations__ under the (mangled) name; in a function it is never evaluated.
void Lowerer::ann_assign(const ast::AnnAssign& a, CodeWriter& w) {
  if (a.value) assign(*a.target, expr(*a.value, w), w);
  bool in_class = block().kind == sema::BlockKind::Class;
  if (!in_class && block().kind != sema::BlockKind::Module) return;
  std::string annotation = annotation_value(*a.annotation, w);
  if (!a.simple || a.target->kind != ast::ExprKind::Name) {
    w.line("(void)" + annotation + ";");
    return;
  }
  std::string key = interned(mangled(ast::as<ast::Name>(*a.target).id));
  if (in_class) {
    w.line("pyrt::class_annotate(" + fn().class_ns + ", " + key + ", " + annotation + ");");
    return;
  }
  // The module's: STORE_SUBSCR into whatever `__annotations__` names now.
  w.line("pyrt::setitem(" + load_name(*a.target, "__annotations__", w).cxx + ", " + key + ", " + annotation + ");");
}

// An annotation evaluated where CPython evaluates it, or its source text under
// `from __future__ import annotations`; bound to a temporary.
std::string Lowerer::annotation_value(const ast::Expr& annotation, CodeWriter& w) {
  if (!info_.future_annotations_) return temp(expr(annotation, w), w).cxx;
  std::optional<std::string> text = unparse(annotation);
  if (!text) unsupported(annotation, "this annotation under 'from __future__ import annotations'");
  return str_constant(text.value_or(""));
}

std::string Lowerer::open_loop(bool is_async, const Value& iterable, CodeWriter& w) {
  std::string it = temp_name("it");
  std::string item = temp_name("item");
  if (!is_async) {
    w.line("pyrt::ForIter " + it + "(" + iterable.cxx + ");");
    w.line("pyrt::Object " + item + ";");
    w.open("while (" + it + ".next(" + item + "))");
    return item;
  }
  w.line("pyrt::AsyncForIter " + it + "(" + iterable.cxx + ");");
  w.line("pyrt::Object " + item + ";");
  // The await stays a plain declaration: g++ 12 has mishandled co_await
  // inside loop conditions (GCC PR 99576 and its relatives).
  w.open("for (;;)");
  std::string more = temp_name();
  w.line("bool " + more + " = co_await " + it + ".next(" + item + ");");
  w.line("if (!" + more + ") break;");
  return item;
}

// while (<test>) { <body> }                         test without statements
// for (;;) { <test statements> if (!(<test>)) break; <body> }   otherwise
// followed by loop_else's `if (!broke) { <orelse> }` when there is an else.
void Lowerer::while_loop(const ast::While& s, CodeWriter& w) {
  std::string broke = open_break_flag(s.orelse, w);
  CodeWriter test(options_.filename, false);
  test.set_indent(w.indent() + 1);
  std::string cond = condition(*s.test, test).cxx;
  if (test.empty()) {
    w.open("while (" + cond + ")");
  } else {
    w.open("for (;;)");
    w.append(test);
    w.line("if (!(" + cond + ")) break;");
  }
  fn().loop_depth++;
  fn().break_flags.push_back(broke);
  stmts(s.body, w);
  fn().break_flags.pop_back();
  fn().loop_depth--;
  w.close();
  loop_else(broke, s.orelse, w);
}

// `typing.TYPE_CHECKING` read through a name whose only binding imports it from pyrt's typing:
// always False, so `if TYPE_CHECKING:` bodies (imports only type checkers follow) never run.
bool Lowerer::is_type_checking(const ast::Expr& test) {
  std::string module, name;
  if (test.kind == ast::ExprKind::Name) {
    const std::string& id = ast::as<ast::Name>(test).id;
    sema::Scope scope = block().scope_of(id);
    if (scope != sema::Scope::GlobalExplicit && scope != sema::Scope::GlobalImplicit) return false;
    const auto* import = info_.sole_import(id);
    return import != nullptr && import->first == "typing" && import->second == "TYPE_CHECKING" &&
           !options_.program_modules.count("typing");
  }
  return test.kind == ast::ExprKind::Attribute && ast::as<ast::Attribute>(test).attr == "TYPE_CHECKING" &&
         static_runtime_class(test, module, name) && module == "typing";
}

void Lowerer::if_stmt(const ast::If& s, CodeWriter& w) {
  if (is_type_checking(*s.test)) {
    stmts(s.orelse, w);
    return;
  }
  std::string cond = condition(*s.test, w).cxx;
  w.open("if (" + cond + ")");
  stmts(s.body, w);
  if (s.orelse.empty()) {
    w.close();
    return;
  }
  w.close("} else {");
  w.set_indent(w.indent() + 1);
  stmts(s.orelse, w);
  w.close();
}

void Lowerer::raise_stmt(const ast::Raise& r, CodeWriter& w) {
  if (!r.exc) {
    w.line("pyrt::reraise();");
    return;
  }
  if (r.cause) {
    std::vector<Value> v = operands({operand(*r.exc), operand(*r.cause)}, w);
    w.line("pyrt::raise_from(" + v[0].cxx + ", " + v[1].cxx + ");");
    return;
  }
  w.line("pyrt::raise(" + expr(*r.exc, w).cxx + ");");
}

void Lowerer::try_stmt(const ast::Try& t, CodeWriter& w) {
  FinallyTarget fin;
  std::string pending;
  bool has_finally = !t.finalbody.empty();
  if (has_finally) {
    fin = open_finally(w);
    pending = temp(constant_value("pyrt::Object()"), w).cxx;
    fn().finallies.push_back(fin);
    w.open("try");
  }
  if (!t.handlers.empty()) {
    std::string caught = temp(constant_value("pyrt::Object()"), w).cxx;
    w.open("try");
    stmts(t.body, w);
    w.close("} catch (...) {");
    w.set_indent(w.indent() + 1);
    w.line(caught + " = pyrt::exception_from_current();");
    w.close();
    w.open("if (!" + caught + ".is_unbound())");
    if (t.kind == ast::StmtKind::TryStar) {
      except_star_handlers(t, caught, w);
    } else {
      except_handlers(t, caught, w);
    }
    if (!t.orelse.empty()) {
      w.close("} else {");
      w.set_indent(w.indent() + 1);
      stmts(t.orelse, w);
    }
    w.close();
  } else {
    stmts(t.body, w);
  }
  if (!has_finally) return;
  w.close("} catch (...) {");
  w.set_indent(w.indent() + 1);
  w.line(pending + " = pyrt::exception_from_current();");
  w.close();
  // Jumps recorded while the body was lowered marked the stacked copy.
  fin = fn().finallies.back();
  fn().finallies.pop_back();
  if (fin.used_break || fin.used_continue || fin.used_return) w.line(fin.label + ":;");
  stmts(t.finalbody, w);
  w.line("if (!" + pending + ".is_unbound()) throw pyrt::PyException{" + pending + "};");
  close_finally(fin, w);
}

// except T as e: ... as an if/else-if chain over the caught exception. CPython evaluates a
// clause's type only when the clauses before it did not match, so a type whose lowering
// needs statements (a name read from the module dict) opens an else block that runs them:
//   if (pyrt::exception_matches(t4, T1)) { ... } else { STMTS if (pyrt::exception_matches(t4, t9)) { ... } else ... }
void Lowerer::except_handlers(const ast::Try& t, const std::string& caught, CodeWriter& w) {
  bool first = true;
  bool catch_all = false;
  int else_blocks = 0;
  for (const auto& h : t.handlers) {
    const auto& handler = deref(h);
    w.at(handler.lineno);
    if (!handler.type) {
      w.open(first ? "" : "else");
      catch_all = true;
    } else {
      CodeWriter type_code(options_.filename, false);
      type_code.set_indent(w.indent() + (first ? 0 : 1));
      std::string type = expr(*handler.type, type_code).cxx;
      std::string test = "if (pyrt::exception_matches(" + caught + ", " + type + "))";
      if (!type_code.empty() && !first) {
        w.open("else");
        ++else_blocks;
      }
      w.append(type_code);
      w.open(!first && type_code.empty() ? "else " + test : test);
    }
    first = false;
    w.line("pyrt::ExceptionScope " + temp_name() + "(" + caught + ");");
    if (handler.name) store_name(*handler.name, caught, w);
    stmts(handler.body, w);
    if (handler.name) delete_handler_name(*handler.name, w);
    w.close();
    if (catch_all) break;
  }
  if (!catch_all) {
    w.open("else");
    w.line("throw pyrt::PyException{" + caught + "};");
    w.close();
  }
  for (; else_blocks > 0; --else_blocks) w.close();
}

// except* T as e: ... runs every handler whose type matches part of what is left, each
// body in its own C++ try so what it raises joins the result (CHECK_EG_MATCH, PREP_RERAISE_STAR):
//   pyrt::ExceptStar t5(t4);
//   { pyrt::Object t6 = t5.match(T);
//     if (!t6.is_unbound()) {
//       { pyrt::ExceptionScope t7(t6); try { e = t6; BODY } catch (...) { t5.handler_raised(...); } }
//       del e } }
//   t5.finish();
void Lowerer::except_star_handlers(const ast::Try& t, const std::string& caught, CodeWriter& w) {
  std::string star = temp_name();
  w.line("pyrt::ExceptStar " + star + "(" + caught + ");");
  for (const auto& h : t.handlers) {
    const auto& handler = deref(h);
    w.at(handler.lineno);
    w.open("");
    // The clause's type, evaluated when the clause is reached, as CPython does.
    std::string type = expr(*handler.type, w).cxx;
    std::string matched = temp_name();
    w.line("pyrt::Object " + matched + " = " + star + ".match(" + type + ");");
    w.open("if (!" + matched + ".is_unbound())");
    w.open("");
    w.line("pyrt::ExceptionScope " + temp_name() + "(" + matched + ");");
    w.open("try");
    if (handler.name) store_name(*handler.name, matched, w);
    fn().except_star_loop_depths.push_back(fn().loop_depth);
    stmts(handler.body, w);
    fn().except_star_loop_depths.pop_back();
    w.close("} catch (...) {");
    w.set_indent(w.indent() + 1);
    w.line(star + ".handler_raised(pyrt::exception_from_current());");
    w.close();
    w.close();
    if (handler.name) delete_handler_name(*handler.name, w);
    w.close();
    w.close();
  }
  w.line(star + ".finish();");
}

}  // namespace py2cpp::lower
