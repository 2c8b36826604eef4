// ast.dump() as CPython 3.11 prints it (Lib/ast.py: annotate_fields=True, indent=None):
// optional fields that are None are left out, lists print as [...], attributes come last.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "ast/ast.h"
#include "base/unicode.h"

namespace py2cpp::ast {

namespace {

void append_hex(std::string& out, const char* prefix, std::uint32_t v, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*x", digits, v);
  out += prefix;
  out += buf;
}

// Python's repr(str) of UTF-8 (or WTF-8) text: Objects/unicodeobject.c unicode_repr.
std::string str_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = c;
    std::size_t n = 1;
    if (c >= 0xF0 && i + 3 < s.size() + 0) {
      cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
      n = 4;
    } else if (c >= 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      n = 3;
    } else if (c >= 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      n = 2;
    }
    if (cp == static_cast<std::uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (base::is_printable(cp)) {
      out.append(s, i, n);
    } else if (cp < 0x100) {
      append_hex(out, "\\x", cp, 2);
    } else if (cp < 0x10000) {
      append_hex(out, "\\u", cp, 4);
    } else {
      append_hex(out, "\\U", cp, 8);
    }
    i += n;
  }
  out += quote;
  return out;
}

// Python's repr(bytes): Objects/bytesobject.c PyBytes_Repr.
std::string bytes_repr(const std::string& s) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// Python's float repr (Python/pystrtod.c format_float_short with mode 'r'): the shortest
// round-tripping digits, exponent form when the decimal point position is <= -4 or > 16.
std::string float_repr(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  std::size_t e = sci.find('e');
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
  int exp = std::stoi(sci.substr(e + 1));
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;  // value = 0.DIGITS * 10^decpt
  int n = static_cast<int>(digits.size());
  std::string out = sign;
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (n > 1) out += "." + digits.substr(1);
    int x = decpt - 1;
    char ebuf[16];
    std::snprintf(ebuf, sizeof ebuf, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += ebuf;
  } else if (decpt <= 0) {
    out += "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
  } else if (decpt >= n) {
    out += digits + std::string(static_cast<std::size_t>(decpt - n), '0');
    if (add_dot_0) out += ".0";
  } else {
    out += digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
  }
  return out;
}

const char* op_name(Operator op) {
  switch (op) {
    case Operator::Add: return "Add";
    case Operator::Sub: return "Sub";
    case Operator::Mult: return "Mult";
    case Operator::MatMult: return "MatMult";
    case Operator::Div: return "Div";
    case Operator::Mod: return "Mod";
    case Operator::Pow: return "Pow";
    case Operator::LShift: return "LShift";
    case Operator::RShift: return "RShift";
    case Operator::BitOr: return "BitOr";
    case Operator::BitXor: return "BitXor";
    case Operator::BitAnd: return "BitAnd";
    case Operator::FloorDiv: return "FloorDiv";
  }
  return "?";
}

const char* op_name(UnaryOpKind op) {
  switch (op) {
    case UnaryOpKind::Invert: return "Invert";
    case UnaryOpKind::Not: return "Not";
    case UnaryOpKind::UAdd: return "UAdd";
    case UnaryOpKind::USub: return "USub";
  }
  return "?";
}

const char* op_name(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return "Eq";
    case CmpOp::NotEq: return "NotEq";
    case CmpOp::Lt: return "Lt";
    case CmpOp::LtE: return "LtE";
    case CmpOp::Gt: return "Gt";
    case CmpOp::GtE: return "GtE";
    case CmpOp::Is: return "Is";
    case CmpOp::IsNot: return "IsNot";
    case CmpOp::In: return "In";
    case CmpOp::NotIn: return "NotIn";
  }
  return "?";
}

const char* op_name(BoolOpKind op) { return op == BoolOpKind::And ? "And" : "Or"; }

const char* ctx_name(ExprContext ctx) {
  switch (ctx) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}

class Dumper {
 public:
  explicit Dumper(bool include_attributes) : attributes_(include_attributes) {}

  std::string take() { return std::move(out_); }

  void module(const Module& m) {
    open("Module");
    key("body");
    stmts(m.body);
    key("type_ignores");
    out_ += "[]";
    close(nullptr);
  }

  void stmt(const Stmt& s) {
    open(kind_name(s.kind));
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        const auto& f = as_function(s);
        key("name");
        identifier(f.name);
        key("args");
        arguments_(f.args);
        key("body");
        stmts(f.body);
        key("decorator_list");
        exprs(f.decorator_list);
        opt_expr("returns", f.returns);
        break;
      }
      case StmtKind::ClassDef: {
        const auto& c = as<ClassDef>(s);
        key("name");
        identifier(c.name);
        key("bases");
        exprs(c.bases);
        key("keywords");
        keywords(c.keywords);
        key("body");
        stmts(c.body);
        key("decorator_list");
        exprs(c.decorator_list);
        break;
      }
      case StmtKind::Return:
        opt_expr("value", as<Return>(s).value);
        break;
      case StmtKind::Delete:
        key("targets");
        exprs(as<Delete>(s).targets);
        break;
      case StmtKind::Assign: {
        const auto& a = as<Assign>(s);
        key("targets");
        exprs(a.targets);
        field("value", a.value);
        break;
      }
      case StmtKind::AugAssign: {
        const auto& a = as<AugAssign>(s);
        field("target", a.target);
        key("op");
        simple(op_name(a.op));
        field("value", a.value);
        break;
      }
      case StmtKind::AnnAssign: {
        const auto& a = as<AnnAssign>(s);
        field("target", a.target);
        field("annotation", a.annotation);
        opt_expr("value", a.value);
        key("simple");
        out_ += std::to_string(a.simple);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        const auto& f = as_for(s);
        field("target", f.target);
        field("iter", f.iter);
        key("body");
        stmts(f.body);
        key("orelse");
        stmts(f.orelse);
        break;
      }
      case StmtKind::While: {
        const auto& w = as<While>(s);
        field("test", w.test);
        key("body");
        stmts(w.body);
        key("orelse");
        stmts(w.orelse);
        break;
      }
      case StmtKind::If: {
        const auto& i = as<If>(s);
        field("test", i.test);
        key("body");
        stmts(i.body);
        key("orelse");
        stmts(i.orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        const auto& w = as_with(s);
        key("items");
        list(w.items, [&](const withitem& item) {
          open("withitem");
          field("context_expr", item.context_expr);
          opt_expr("optional_vars", item.optional_vars);
          close(nullptr);
        });
        key("body");
        stmts(w.body);
        break;
      }
      case StmtKind::Match: {
        const auto& m = as<Match>(s);
        field("subject", m.subject);
        key("cases");
        list(m.cases, [&](const match_case& c) {
          open("match_case");
          key("pattern");
          pattern(*c.pattern);
          opt_expr("guard", c.guard);
          key("body");
          stmts(c.body);
          close(nullptr);
        });
        break;
      }
      case StmtKind::Raise: {
        const auto& r = as<Raise>(s);
        opt_expr("exc", r.exc);
        opt_expr("cause", r.cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        const auto& t = as_try(s);
        key("body");
        stmts(t.body);
        key("handlers");
        list(t.handlers, [&](const ExceptHandler& h) {
          open("ExceptHandler");
          opt_expr("type", h.type);
          if (h.name) {
            key("name");
            identifier(*h.name);
          }
          key("body");
          stmts(h.body);
          close(&h);
        });
        key("orelse");
        stmts(t.orelse);
        key("finalbody");
        stmts(t.finalbody);
        break;
      }
      case StmtKind::Assert: {
        const auto& a = as<Assert>(s);
        field("test", a.test);
        opt_expr("msg", a.msg);
        break;
      }
      case StmtKind::Import:
        key("names");
        aliases(as<Import>(s).names);
        break;
      case StmtKind::ImportFrom: {
        const auto& i = as<ImportFrom>(s);
        if (i.module) {
          key("module");
          identifier(*i.module);
        }
        key("names");
        aliases(i.names);
        key("level");
        out_ += std::to_string(i.level);
        break;
      }
      case StmtKind::Global:
        key("names");
        identifiers(as<Global>(s).names);
        break;
      case StmtKind::Nonlocal:
        key("names");
        identifiers(as<Nonlocal>(s).names);
        break;
      case StmtKind::Expr:
        field("value", as<ExprStmt>(s).value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
    close(&s);
  }

  void expr(const Expr* e) {
    if (!e) {
      out_ += "None";
      return;
    }
    open(kind_name(e->kind));
    switch (e->kind) {
      case ExprKind::BoolOp: {
        const auto& b = as<BoolOp>(*e);
        key("op");
        simple(op_name(b.op));
        key("values");
        exprs(b.values);
        break;
      }
      case ExprKind::NamedExpr: {
        const auto& n = as<NamedExpr>(*e);
        field("target", n.target);
        field("value", n.value);
        break;
      }
      case ExprKind::BinOp: {
        const auto& b = as<BinOp>(*e);
        field("left", b.left);
        key("op");
        simple(op_name(b.op));
        field("right", b.right);
        break;
      }
      case ExprKind::UnaryOp: {
        const auto& u = as<UnaryOp>(*e);
        key("op");
        simple(op_name(u.op));
        field("operand", u.operand);
        break;
      }
      case ExprKind::Lambda: {
        const auto& l = as<Lambda>(*e);
        key("args");
        arguments_(l.args);
        field("body", l.body);
        break;
      }
      case ExprKind::IfExp: {
        const auto& i = as<IfExp>(*e);
        field("test", i.test);
        field("body", i.body);
        field("orelse", i.orelse);
        break;
      }
      case ExprKind::Dict: {
        const auto& d = as<Dict>(*e);
        key("keys");
        exprs(d.keys);
        key("values");
        exprs(d.values);
        break;
      }
      case ExprKind::Set:
        key("elts");
        exprs(as<Set>(*e).elts);
        break;
      case ExprKind::ListComp: {
        const auto& c = as<ListComp>(*e);
        field("elt", c.elt);
        generators(c.generators);
        break;
      }
      case ExprKind::SetComp: {
        const auto& c = as<SetComp>(*e);
        field("elt", c.elt);
        generators(c.generators);
        break;
      }
      case ExprKind::DictComp: {
        const auto& c = as<DictComp>(*e);
        field("key", c.key);
        field("value", c.value);
        generators(c.generators);
        break;
      }
      case ExprKind::GeneratorExp: {
        const auto& c = as<GeneratorExp>(*e);
        field("elt", c.elt);
        generators(c.generators);
        break;
      }
      case ExprKind::Await:
        field("value", as<Await>(*e).value);
        break;
      case ExprKind::Yield:
        opt_expr("value", as<Yield>(*e).value);
        break;
      case ExprKind::YieldFrom:
        field("value", as<YieldFrom>(*e).value);
        break;
      case ExprKind::Compare: {
        const auto& c = as<Compare>(*e);
        field("left", c.left);
        key("ops");
        list(c.ops, [&](CmpOp op) { simple(op_name(op)); });
        key("comparators");
        exprs(c.comparators);
        break;
      }
      case ExprKind::Call: {
        const auto& c = as<Call>(*e);
        field("func", c.func);
        key("args");
        exprs(c.args);
        key("keywords");
        keywords(c.keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        const auto& f = as<FormattedValue>(*e);
        field("value", f.value);
        key("conversion");
        out_ += std::to_string(f.conversion);
        opt_expr("format_spec", f.format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        key("values");
        exprs(as<JoinedStr>(*e).values);
        break;
      case ExprKind::Constant: {
        const auto& c = as<Constant>(*e);
        key("value");
        out_ += constant_repr(c.value);
        if (c.string_kind) {
          key("kind");
          out_ += str_repr(*c.string_kind);
        }
        break;
      }
      case ExprKind::Attribute: {
        const auto& a = as<Attribute>(*e);
        field("value", a.value);
        key("attr");
        identifier(a.attr);
        key("ctx");
        simple(ctx_name(a.ctx));
        break;
      }
      case ExprKind::Subscript: {
        const auto& s = as<Subscript>(*e);
        field("value", s.value);
        field("slice", s.slice);
        key("ctx");
        simple(ctx_name(s.ctx));
        break;
      }
      case ExprKind::Starred: {
        const auto& s = as<Starred>(*e);
        field("value", s.value);
        key("ctx");
        simple(ctx_name(s.ctx));
        break;
      }
      case ExprKind::Name: {
        const auto& n = as<Name>(*e);
        key("id");
        identifier(n.id);
        key("ctx");
        simple(ctx_name(n.ctx));
        break;
      }
      case ExprKind::List: {
        const auto& l = as<List>(*e);
        key("elts");
        exprs(l.elts);
        key("ctx");
        simple(ctx_name(l.ctx));
        break;
      }
      case ExprKind::Tuple: {
        const auto& t = as<Tuple>(*e);
        key("elts");
        exprs(t.elts);
        key("ctx");
        simple(ctx_name(t.ctx));
        break;
      }
      case ExprKind::Slice: {
        const auto& s = as<Slice>(*e);
        opt_expr("lower", s.lower);
        opt_expr("upper", s.upper);
        opt_expr("step", s.step);
        break;
      }
    }
    close(e);
  }

  void pattern(const Pattern& p) {
    open(kind_name(p.kind));
    switch (p.kind) {
      case PatternKind::MatchValue:
        field("value", as<MatchValue>(p).value);
        break;
      case PatternKind::MatchSingleton:
        key("value");
        out_ += constant_repr(as<MatchSingleton>(p).value);
        break;
      case PatternKind::MatchSequence:
        key("patterns");
        patterns(as<MatchSequence>(p).patterns);
        break;
      case PatternKind::MatchMapping: {
        const auto& m = as<MatchMapping>(p);
        key("keys");
        exprs(m.keys);
        key("patterns");
        patterns(m.patterns);
        if (m.rest) {
          key("rest");
          identifier(*m.rest);
        }
        break;
      }
      case PatternKind::MatchClass: {
        const auto& m = as<MatchClass>(p);
        field("cls", m.cls);
        key("patterns");
        patterns(m.patterns);
        key("kwd_attrs");
        identifiers(m.kwd_attrs);
        key("kwd_patterns");
        patterns(m.kwd_patterns);
        break;
      }
      case PatternKind::MatchStar: {
        const auto& m = as<MatchStar>(p);
        if (m.name) {
          key("name");
          identifier(*m.name);
        }
        break;
      }
      case PatternKind::MatchAs: {
        const auto& m = as<MatchAs>(p);
        if (m.pattern) {
          key("pattern");
          pattern(*m.pattern);
        }
        if (m.name) {
          key("name");
          identifier(*m.name);
        }
        break;
      }
      case PatternKind::MatchOr:
        key("patterns");
        patterns(as<MatchOr>(p).patterns);
        break;
    }
    close(&p);
  }

 private:
  void open(const char* cls) {
    out_ += cls;
    out_ += '(';
    first_.push_back(true);
  }
  void key(const char* name) {
    if (!first_.back()) out_ += ", ";
    first_.back() = false;
    out_ += name;
    out_ += '=';
  }
  // Ends a node; `located` is null for nodes without CPython `attributes`.
  void close(const Node* located) {
    if (attributes_ && located) {
      key("lineno");
      out_ += std::to_string(located->lineno);
      key("col_offset");
      out_ += std::to_string(located->col_offset);
      key("end_lineno");
      out_ += std::to_string(located->end_lineno);
      key("end_col_offset");
      out_ += std::to_string(located->end_col_offset);
    }
    out_ += ')';
    first_.pop_back();
  }
  void simple(const char* cls) {
    out_ += cls;
    out_ += "()";
  }
  void identifier(const std::string& name) { out_ += str_repr(name); }
  void field(const char* name, const ExprPtr& e) {
    key(name);
    expr(e.get());
  }
  void opt_expr(const char* name, const ExprPtr& e) {
    if (e) field(name, e);
  }
  template <class T, class F>
  void list(const std::vector<T>& items, F each) {
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      if (!first) out_ += ", ";
      first = false;
      each(item);
    }
    out_ += ']';
  }
  void exprs(const ExprList& es) {
    list(es, [&](const ExprPtr& e) { expr(e.get()); });
  }
  void stmts(const StmtList& ss) {
    list(ss, [&](const StmtPtr& s) { stmt(*s); });
  }
  void patterns(const PatternList& ps) {
    list(ps, [&](const PatternPtr& p) { pattern(*p); });
  }
  void identifiers(const std::vector<Identifier>& names) {
    list(names, [&](const Identifier& n) { identifier(n); });
  }
  void aliases(const std::vector<alias>& names) {
    list(names, [&](const alias& a) {
      open("alias");
      key("name");
      identifier(a.name);
      if (a.asname) {
        key("asname");
        identifier(*a.asname);
      }
      close(&a);
    });
  }
  void keywords(const std::vector<keyword>& ks) {
    list(ks, [&](const keyword& k) {
      open("keyword");
      if (k.arg) {
        key("arg");
        identifier(*k.arg);
      }
      field("value", k.value);
      close(&k);
    });
  }
  void generators(const std::vector<comprehension>& gens) {
    key("generators");
    list(gens, [&](const comprehension& c) {
      open("comprehension");
      field("target", c.target);
      field("iter", c.iter);
      key("ifs");
      exprs(c.ifs);
      key("is_async");
      out_ += std::to_string(c.is_async);
      close(nullptr);
    });
  }
  void one_arg(const arg& a) {
    open("arg");
    key("arg");
    identifier(a.arg);
    opt_expr("annotation", a.annotation);
    close(&a);
  }
  void arguments_(const arguments& a) {
    open("arguments");
    key("posonlyargs");
    list(a.posonlyargs, [&](const arg& x) { one_arg(x); });
    key("args");
    list(a.args, [&](const arg& x) { one_arg(x); });
    if (a.vararg) {
      key("vararg");
      one_arg(*a.vararg);
    }
    key("kwonlyargs");
    list(a.kwonlyargs, [&](const arg& x) { one_arg(x); });
    key("kw_defaults");
    exprs(a.kw_defaults);
    if (a.kwarg) {
      key("kwarg");
      one_arg(*a.kwarg);
    }
    key("defaults");
    exprs(a.defaults);
    close(nullptr);
  }

  bool attributes_;
  std::string out_;
  std::vector<bool> first_;
};

}  // namespace

std::string constant_repr(const ConstantValue& value) {
  using K = ConstantValue::Kind;
  switch (value.kind) {
    case K::None: return "None";
    case K::True: return "True";
    case K::False: return "False";
    case K::Ellipsis: return "Ellipsis";
    case K::Int: return value.int_digits;
    case K::Float: return float_repr(value.float_value, true);
    case K::Complex: return float_repr(value.float_value, false) + "j";
    case K::Str: return str_repr(value.str_value);
    case K::Bytes: return bytes_repr(value.bytes_value);
  }
  return "?";
}

std::string dump(const Module& module, bool include_attributes) {
  Dumper d(include_attributes);
  d.module(module);
  return d.take();
}

std::string dump(const Expr& expr, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(&expr);
  return d.take();
}

std::string dump(const Stmt& stmt, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(stmt);
  return d.take();
}

}  // namespace py2cpp::ast
