// Lowering of the match statement (PEP 634), in the order CPython 3.11's compiler tests a
// subject (Python/compile.c compiler_match, compiler_pattern_*): cases in order, each pattern
// left to right, captures stored only once the whole pattern matched, then the guard.
#include <algorithm>

#include "lower/lowerer.h"
#include "sema/walk.h"

namespace py2cpp::lower {

namespace {

// The names `p` captures, in the order CPython stores them (a mapping's **rest first, an
// or-pattern's in its first alternative's order).
void capture_names(const ast::Pattern& p, std::vector<std::string>& out) {
  using K = ast::PatternKind;
  auto add = [&](const std::string& n) {
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  switch (p.kind) {
    case K::MatchValue:
    case K::MatchSingleton: return;
    case K::MatchSequence:
      for (const auto& sub : ast::as<ast::MatchSequence>(p).patterns) capture_names(*sub, out);
      return;
    case K::MatchMapping: {
      const auto& q = ast::as<ast::MatchMapping>(p);
      if (q.rest) add(*q.rest);
      for (const auto& sub : q.patterns) capture_names(*sub, out);
      return;
    }
    case K::MatchClass: {
      const auto& q = ast::as<ast::MatchClass>(p);
      for (const auto& sub : q.patterns) capture_names(*sub, out);
      for (const auto& sub : q.kwd_patterns) capture_names(*sub, out);
      return;
    }
    case K::MatchStar:
      if (ast::as<ast::MatchStar>(p).name) add(*ast::as<ast::MatchStar>(p).name);
      return;
    case K::MatchAs: {
      const auto& q = ast::as<ast::MatchAs>(p);
      if (q.pattern) capture_names(*q.pattern, out);
      if (q.name) add(*q.name);
      return;
    }
    case K::MatchOr:
      capture_names(*ast::as<ast::MatchOr>(p).patterns.front(), out);
      return;
  }
}

}  // namespace

// match SUBJECT: case P if G: BODY ...
//   pyrt::Object t1 = SUBJECT;
//   bool t2 = false;                          // a case ran
//   {                                         // each case, `if (!t2)` after the first
//     pyrt::Object t3;                        // one per capture
//     bool t4 = false;
//     do { <tests of P, each `break;` on failure>; t4 = true; } while (false);
//     if (t4) { x = t3; ...; if (G) { t2 = true; BODY } }
//   }
void Lowerer::match_stmt(const ast::Match& m, CodeWriter& w) {
  std::string subject = temp(expr(*m.subject, w), w).cxx;
  // Only a later case reads whether one ran.
  std::string done = m.cases.size() > 1 ? temp_name() : "";
  if (!done.empty()) w.line("bool " + done + " = false;");
  for (std::size_t i = 0; i < m.cases.size(); ++i) {
    const ast::match_case& c = m.cases[i];
    w.at(c.pattern->lineno);
    w.open(i == 0 ? "" : "if (!" + done + ")");
    std::vector<std::string> names;
    capture_names(*c.pattern, names);
    std::map<std::string, std::string> captures;
    for (const auto& n : names) {
      captures[n] = temp_name("capture");
      w.line("pyrt::Object " + captures[n] + ";");
    }
    std::string matched = temp_name();
    w.line("bool " + matched + " = false;");
    w.open("do");
    pattern(*c.pattern, subject, captures, w);
    w.line(matched + " = true;");
    w.close("} while (false);");
    w.open("if (" + matched + ")");
    for (const auto& n : names) store_name(n, "std::move(" + captures[n] + ")", w);
    if (c.guard) {
      w.at(c.guard->lineno);
      std::string guard = condition(*c.guard, w).cxx;
      w.open("if (" + guard + ")");
    }
    if (!done.empty() && i + 1 < m.cases.size()) w.line(done + " = true;");
    stmts(c.body, w);
    if (c.guard) w.close();
    w.close();
    w.close();
  }
}

// The tests of one pattern against `subject` (a C++ variable), inside the case's
// do/while(false): a failed test is `break;`, a capture an assignment to its variable.
void Lowerer::pattern(const ast::Pattern& p, const std::string& subject,
                      const std::map<std::string, std::string>& captures, CodeWriter& w) {
  using K = ast::PatternKind;
  switch (p.kind) {
    case K::MatchValue: {
      // COMPARE_OP ==: no identity shortcut, so a NaN never matches itself.
      Value v = expr(*ast::as<ast::MatchValue>(p).value, w);
      w.line("if (!pyrt::compare_bool(pyrt::CmpOp::Eq, " + subject + ", " + v.cxx + ")) break;");
      return;
    }
    case K::MatchSingleton: {
      using CK = ast::ConstantValue::Kind;
      CK kind = ast::as<ast::MatchSingleton>(p).value.kind;
      const char* k = kind == CK::None ? "pyrt::kNone" : kind == CK::True ? "pyrt::kTrue" : "pyrt::kFalse";
      w.line("if (!" + subject + ".is(" + k + ")) break;");
      return;
    }
    case K::MatchSequence: sequence_pattern(ast::as<ast::MatchSequence>(p), subject, captures, w); return;
    case K::MatchMapping: mapping_pattern(ast::as<ast::MatchMapping>(p), subject, captures, w); return;
    case K::MatchClass: class_pattern(ast::as<ast::MatchClass>(p), subject, captures, w); return;
    case K::MatchStar: return;  // sequence_pattern binds it
    case K::MatchAs: {
      const auto& q = ast::as<ast::MatchAs>(p);
      if (q.pattern) pattern(*q.pattern, subject, captures, w);
      if (q.name) w.line(captures.at(*q.name) + " = " + subject + ";");
      return;
    }
    case K::MatchOr: {
      // Each alternative in its own do/while(false), tried until one matches.
      std::string any = temp_name();
      w.line("bool " + any + " = false;");
      for (const auto& alt : ast::as<ast::MatchOr>(p).patterns) {
        w.open("if (!" + any + ") do");
        pattern(*alt, subject, captures, w);
        w.line(any + " = true;");
        w.close("} while (false);");
      }
      w.line("if (!" + any + ") break;");
      return;
    }
  }
}

// An array of `n` fresh objects for a pattern's items, or "nullptr" when there are none.
std::string Lowerer::pattern_items(std::size_t n, CodeWriter& w) {
  if (n == 0) return "nullptr";
  std::string items = temp_name("items");
  w.line("pyrt::Object " + items + "[" + std::to_string(n) + "];");
  return items;
}

// [P1, P2, *rest, P3]: MATCH_SEQUENCE, the length, then the items as UNPACK_EX gives them.
void Lowerer::sequence_pattern(const ast::MatchSequence& q, const std::string& subject,
                               const std::map<std::string, std::string>& captures, CodeWriter& w) {
  w.line("if (!pyrt::match_is_sequence(" + subject + ")) break;");
  std::size_t star = q.patterns.size();
  for (std::size_t i = 0; i < q.patterns.size(); ++i) {
    if (q.patterns[i]->kind == ast::PatternKind::MatchStar) star = i;
  }
  bool has_star = star != q.patterns.size();
  std::size_t before = has_star ? star : q.patterns.size();
  std::size_t after = has_star ? q.patterns.size() - star - 1 : 0;
  std::string items = pattern_items(q.patterns.size(), w);
  w.line("if (!pyrt::match_sequence_items(" + subject + ", " + std::to_string(before) + ", " +
         (has_star ? "true" : "false") + ", " + std::to_string(after) + ", " + items + ")) break;");
  for (std::size_t i = 0; i < q.patterns.size(); ++i) {
    std::string item = items + "[" + std::to_string(i) + "]";
    if (i == star) {
      const auto& s = ast::as<ast::MatchStar>(*q.patterns[i]);
      if (s.name) w.line(captures.at(*s.name) + " = " + item + ";");
      continue;
    }
    pattern(*q.patterns[i], item, captures, w);
  }
}

// {K1: P1, K2: P2, **rest}: MATCH_MAPPING, len >= keys, MATCH_KEYS, the values' patterns,
// then COPY_DICT_WITHOUT_KEYS for the rest.
void Lowerer::mapping_pattern(const ast::MatchMapping& q, const std::string& subject,
                              const std::map<std::string, std::string>& captures, CodeWriter& w) {
  w.line("if (!pyrt::match_is_mapping(" + subject + ")) break;");
  std::size_t n = q.keys.size();
  if (n > 0) w.line("if (pyrt::len(" + subject + ") < " + std::to_string(n) + ") break;");
  std::vector<Operand> ops;
  for (const auto& k : q.keys) ops.push_back(operand(*k));
  std::vector<Value> keys = operands(ops, w);
  std::string key_list;
  for (const auto& k : keys) key_list += (key_list.empty() ? "" : ", ") + k.cxx;
  std::string values = pattern_items(n, w);
  w.line("if (!pyrt::match_keys(" + subject + ", {" + key_list + "}, " + values + ")) break;");
  if (q.rest) w.line(captures.at(*q.rest) + " = pyrt::match_mapping_rest(" + subject + ", {" + key_list + "});");
  for (std::size_t i = 0; i < n; ++i) pattern(*q.patterns[i], values + "[" + std::to_string(i) + "]", captures, w);
}

// Cls(P1, P2, k=P3): MATCH_CLASS gives the attributes __match_args__ and the keywords name.
void Lowerer::class_pattern(const ast::MatchClass& q, const std::string& subject,
                            const std::map<std::string, std::string>& captures, CodeWriter& w) {
  std::string cls = stable(expr(*q.cls, w), w).cxx;
  std::size_t n = q.patterns.size() + q.kwd_patterns.size();
  std::string attrs = pattern_items(n, w);
  std::string keywords;
  for (const auto& k : q.kwd_attrs) keywords += (keywords.empty() ? "" : ", ") + cxx_string_literal(k);
  w.line("if (!pyrt::match_class(" + subject + ", " + cls + ", " + std::to_string(q.patterns.size()) + ", {" +
         keywords + "}, " + attrs + ")) break;");
  for (std::size_t i = 0; i < q.patterns.size(); ++i) {
    pattern(*q.patterns[i], attrs + "[" + std::to_string(i) + "]", captures, w);
  }
  for (std::size_t i = 0; i < q.kwd_patterns.size(); ++i) {
    pattern(*q.kwd_patterns[i], attrs + "[" + std::to_string(q.patterns.size() + i) + "]", captures, w);
  }
}

}  // namespace py2cpp::lower
