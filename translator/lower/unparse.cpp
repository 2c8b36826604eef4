// Expressions back to source text as CPython's compiler writes annotations under
// `from __future__ import annotations` (Python/ast_unparse.c: precedence, parentheses,
// constant reprs).
#include <optional>

#include "lower/lowerer.h"
#include "sema/walk.h"

namespace py2cpp::lower {

namespace {

// ast_unparse.c's precedence levels, lowest first.
enum Prec { kTuple, kTest, kOr, kAnd, kNot, kCmp, kBor, kBxor, kBand, kShift, kArith, kTerm, kFactor, kPower, kAwait, kAtom };

struct BinOpText {
  const char* text;
  Prec prec;
};

BinOpText binop_text(ast::Operator op) {
  using O = ast::Operator;
  switch (op) {
    case O::Add: return {" + ", kArith};
    case O::Sub: return {" - ", kArith};
    case O::Mult: return {" * ", kTerm};
    case O::MatMult: return {" @ ", kTerm};
    case O::Div: return {" / ", kTerm};
    case O::Mod: return {" % ", kTerm};
    case O::FloorDiv: return {" // ", kTerm};
    case O::Pow: return {" ** ", kPower};
    case O::LShift: return {" << ", kShift};
    case O::RShift: return {" >> ", kShift};
    case O::BitOr: return {" | ", kBor};
    case O::BitXor: return {" ^ ", kBxor};
    case O::BitAnd: return {" & ", kBand};
  }
  return {" ? ", kAtom};
}

const char* cmp_text(ast::CmpOp op) {
  using C = ast::CmpOp;
  switch (op) {
    case C::Eq: return " == ";
    case C::NotEq: return " != ";
    case C::Lt: return " < ";
    case C::LtE: return " <= ";
    case C::Gt: return " > ";
    case C::GtE: return " >= ";
    case C::Is: return " is ";
    case C::IsNot: return " is not ";
    case C::In: return " in ";
    case C::NotIn: return " not in ";
  }
  return " ? ";
}

class Unparser {
 public:
  // The text of `e` where the context needs precedence `level`; false for a kind this does
  // not write.
  bool expr(const ast::Expr& e, Prec level, std::string& out) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::Name: out += ast::as<ast::Name>(e).id; return true;
      case K::Constant: {
        const ast::ConstantValue& v = ast::as<ast::Constant>(e).value;
        out += v.kind == ast::ConstantValue::Kind::Ellipsis ? "..." : ast::constant_repr(v);
        return true;
      }
      case K::Attribute: {
        const auto& a = ast::as<ast::Attribute>(e);
        if (!expr(*a.value, kAtom, out)) return false;
        // `1 .real`: a dot right after an int literal would read as a float.
        if (a.value->kind == K::Constant && ast::as<ast::Constant>(*a.value).value.kind == ast::ConstantValue::Kind::Int) {
          out += " ";
        }
        out += "." + a.attr;
        return true;
      }
      case K::Subscript: {
        const auto& s = ast::as<ast::Subscript>(e);
        if (!expr(*s.value, kAtom, out)) return false;
        out += "[";
        bool ok = s.slice->kind == K::Tuple && !ast::as<ast::Tuple>(*s.slice).elts.empty()
                      ? items(ast::as<ast::Tuple>(*s.slice).elts, out, ast::as<ast::Tuple>(*s.slice).elts.size() == 1)
                      : expr(*s.slice, kTuple, out);
        out += "]";
        return ok;
      }
      case K::Slice: {
        const auto& s = ast::as<ast::Slice>(e);
        if (s.lower && !expr(*s.lower, kTest, out)) return false;
        out += ":";
        if (s.upper && !expr(*s.upper, kTest, out)) return false;
        if (s.step) {
          out += ":";
          if (!expr(*s.step, kTest, out)) return false;
        }
        return true;
      }
      case K::Tuple: {
        const auto& t = ast::as<ast::Tuple>(e);
        bool parens = level > kTuple || t.elts.empty();
        if (parens) out += "(";
        bool ok = items(t.elts, out, t.elts.size() == 1);
        if (parens) out += ")";
        return ok;
      }
      case K::List: return bracketed("[", ast::as<ast::List>(e).elts, "]", out);
      case K::Set: return bracketed("{", ast::as<ast::Set>(e).elts, "}", out);
      case K::Dict: {
        const auto& d = ast::as<ast::Dict>(e);
        out += "{";
        for (std::size_t i = 0; i < d.values.size(); ++i) {
          if (i) out += ", ";
          if (d.keys[i]) {
            if (!expr(*d.keys[i], kTest, out)) return false;
            out += ": ";
            if (!expr(*d.values[i], kTest, out)) return false;
          } else {
            out += "**";
            if (!expr(*d.values[i], kBor, out)) return false;
          }
        }
        out += "}";
        return true;
      }
      case K::Starred:
        out += "*";
        return expr(*ast::as<ast::Starred>(e).value, kBor, out);
      case K::BinOp: {
        const auto& b = ast::as<ast::BinOp>(e);
        BinOpText t = binop_text(b.op);
        bool right_assoc = b.op == ast::Operator::Pow;
        return wrap(level > t.prec, out, [&] {
          return expr(*b.left, right_assoc ? Prec(t.prec + 1) : t.prec, out) && (out += t.text, true) &&
                 expr(*b.right, right_assoc ? t.prec : Prec(t.prec + 1), out);
        });
      }
      case K::UnaryOp: {
        const auto& u = ast::as<ast::UnaryOp>(e);
        Prec p = u.op == ast::UnaryOpKind::Not ? kNot : kFactor;
        const char* text = u.op == ast::UnaryOpKind::Not      ? "not "
                           : u.op == ast::UnaryOpKind::Invert ? "~"
                           : u.op == ast::UnaryOpKind::UAdd   ? "+"
                                                              : "-";
        return wrap(level > p, out, [&] { return (out += text, true) && expr(*u.operand, p, out); });
      }
      case K::BoolOp: {
        const auto& b = ast::as<ast::BoolOp>(e);
        Prec p = b.op == ast::BoolOpKind::And ? kAnd : kOr;
        return wrap(level > p, out, [&] {
          for (std::size_t i = 0; i < b.values.size(); ++i) {
            if (i) out += b.op == ast::BoolOpKind::And ? " and " : " or ";
            if (!expr(*b.values[i], Prec(p + 1), out)) return false;
          }
          return true;
        });
      }
      case K::Compare: {
        const auto& c = ast::as<ast::Compare>(e);
        return wrap(level > kCmp, out, [&] {
          if (!expr(*c.left, Prec(kCmp + 1), out)) return false;
          for (std::size_t i = 0; i < c.ops.size(); ++i) {
            out += cmp_text(c.ops[i]);
            if (!expr(*c.comparators[i], Prec(kCmp + 1), out)) return false;
          }
          return true;
        });
      }
      case K::IfExp: {
        const auto& i = ast::as<ast::IfExp>(e);
        return wrap(level > kTest, out, [&] {
          return expr(*i.body, Prec(kTest + 1), out) && (out += " if ", true) && expr(*i.test, Prec(kTest + 1), out) &&
                 (out += " else ", true) && expr(*i.orelse, kTest, out);
        });
      }
      case K::Call: {
        const auto& c = ast::as<ast::Call>(e);
        if (!expr(*c.func, kAtom, out)) return false;
        out += "(";
        bool first = true;
        for (const auto& a : c.args) {
          if (!first) out += ", ";
          first = false;
          if (!expr(*a, kTest, out)) return false;
        }
        for (const auto& k : c.keywords) {
          if (!first) out += ", ";
          first = false;
          const auto& kw = deref(k);
          out += kw.arg ? *kw.arg + "=" : "**";
          if (!expr(*kw.value, kTest, out)) return false;
        }
        out += ")";
        return true;
      }
      case K::Await:
        return wrap(level > kAwait, out, [&] { return (out += "await ", true) && expr(*ast::as<ast::Await>(e).value, kAtom, out); });
      default: return false;
    }
  }

 private:
  template <class F>
  bool wrap(bool parens, std::string& out, F&& inner) {
    if (parens) out += "(";
    bool ok = inner();
    if (parens) out += ")";
    return ok;
  }
  bool items(const ast::ExprList& elts, std::string& out, bool trailing_comma) {
    for (std::size_t i = 0; i < elts.size(); ++i) {
      if (i) out += ", ";
      if (!expr(*elts[i], kTest, out)) return false;
    }
    if (trailing_comma) out += ",";
    return true;
  }
  bool bracketed(const char* open, const ast::ExprList& elts, const char* close, std::string& out) {
    out += open;
    bool ok = items(elts, out, false);
    out += close;
    return ok;
  }
};

}  // namespace

std::optional<std::string> unparse(const ast::Expr& e) {
  std::string out;
  if (!Unparser().expr(e, kTest, out)) return std::nullopt;
  return out;
}

}  // namespace py2cpp::lower
