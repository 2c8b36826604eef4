// The match statement: tree-sitter's match_statement/case_clause/case_pattern -> CPython's
// Match(subject, cases=[match_case(pattern, guard, body)]) with the pattern nodes of
// Grammar/python.gram's "Match statement" rules (3.11). Later phases reject Match with a
// located "not supported yet"; the parser builds it so --dump=ast and --check see CPython's tree.
#include <vector>

#include "parse/builder.h"

namespace py2cpp::parse {

using base::SourceLoc;

namespace {

// tree-sitter-python's _simple_pattern is hidden, so one pattern can be a run of sibling nodes
// (`-` `integer`, or `-` `integer` `+` `integer` outside complex_pattern in a union).
using Run = std::vector<TSNode>;

class PatternBuilder {
 public:
  explicit PatternBuilder(Builder& b) : b_(b) {}

  // case_pattern: as_pattern | keyword_pattern | _simple_pattern
  ast::PatternPtr case_pattern(TSNode n) {
    Builder::DepthGuard guard(b_, n);
    if (!b_.is(n, "case_pattern")) return run({n});
    return run(b_.children(n));
  }

  // The nodes of one _simple_pattern (or a single as/union/... node) -> its pattern.
  ast::PatternPtr run(const Run& nodes) {
    if (nodes.empty()) b_.invalid_syntax(TSNode{});
    if (nodes.size() > 1) return value_pattern(nodes);
    TSNode n = nodes.front();
    std::string_view t = b_.type(n);
    if (t == "case_pattern") return case_pattern(n);
    if (t == "as_pattern") return as_pattern(n);
    if (t == "union_pattern") return union_pattern(n);
    if (t == "list_pattern") return sequence(n, true);
    if (t == "tuple_pattern") return sequence(n, false);
    if (t == "dict_pattern") return mapping(n);
    if (t == "class_pattern") return class_pattern(n);
    if (t == "splat_pattern") return star(n);
    if (t == "_") return b_.make<ast::MatchAs>(n);
    if (t == "dotted_name") {
      auto names = b_.named_children(n);
      // capture_pattern: a single NAME (pattern_capture_target) binds; a dotted name is a value.
      if (names.size() == 1) {
        auto m = b_.make<ast::MatchAs>(n);
        m->name = b_.identifier_text(names.front());
        return m;
      }
      auto v = b_.make<ast::MatchValue>(n);
      v->value = dotted(n);
      return v;
    }
    if (t == "none" || t == "true" || t == "false") {
      // literal_pattern: 'None' | 'True' | 'False'  ->  MatchSingleton
      auto s = b_.make<ast::MatchSingleton>(n);
      s->value = t == "none" ? ast::ConstantValue::none() : ast::ConstantValue::boolean(t == "true");
      return s;
    }
    return value_pattern(nodes);
  }

  // literal_pattern / value_pattern: signed_number, complex_number, strings, attr
  //   ->  MatchValue(Constant | UnaryOp(USub) | BinOp(Add/Sub) | Attribute)
  ast::PatternPtr value_pattern(const Run& nodes) {
    auto v = b_.make<ast::MatchValue>(b_.begin(nodes.front()), b_.end(nodes.back()));
    v->value = literal_expr(nodes);
    return v;
  }

  // The expression of a literal pattern or a mapping key.
  ast::ExprPtr literal_expr(const Run& nodes) {
    Run flat;
    for (TSNode n : nodes) {
      if (b_.is(n, "complex_pattern")) {
        for (TSNode c : b_.children(n)) flat.push_back(c);
      } else {
        flat.push_back(n);
      }
    }
    if (flat.size() == 1) {
      TSNode n = flat.front();
      std::string_view t = b_.type(n);
      // An f-string parses (CPython's compiler, not its parser, rejects it).
      if (t == "string" || t == "concatenated_string") return b_.strings(n);
      if (t == "dotted_name") return dotted(n);
      if (t == "none" || t == "true" || t == "false") return b_.any_expr(n);
      if (t == "integer" || t == "float") return b_.number(n);
      b_.invalid_syntax(n);
    }
    // signed_number: ['-'] NUMBER; complex_number: signed_real_number ('+' | '-') imaginary_number
    std::size_t i = 0;
    auto signed_number = [&]() -> ast::ExprPtr {
      if (i < flat.size() && b_.is(flat[i], "-")) {
        TSNode minus = flat[i++];
        if (i >= flat.size()) b_.invalid_syntax(minus);
        auto u = b_.make<ast::UnaryOp>(b_.begin(minus), b_.end(flat[i]));
        u->op = ast::UnaryOpKind::USub;
        u->operand = number(flat[i++]);
        return u;
      }
      if (i >= flat.size()) b_.invalid_syntax(flat.back());
      return number(flat[i++]);
    };
    ast::ExprPtr left = signed_number();
    if (i == flat.size()) return left;
    if (i + 2 != flat.size() || !(b_.is(flat[i], "+") || b_.is(flat[i], "-"))) b_.invalid_syntax(flat[i]);
    auto bin = b_.make<ast::BinOp>(b_.begin(flat.front()), b_.end(flat.back()));
    bin->op = b_.is(flat[i], "+") ? ast::Operator::Add : ast::Operator::Sub;
    ++i;
    bin->left = std::move(left);
    bin->right = number(flat[i]);
    return bin;
  }

  ast::ExprPtr number(TSNode n) {
    if (!b_.is(n, "integer") && !b_.is(n, "float")) b_.invalid_syntax(n);
    return b_.number(n);
  }

  // attr: name_or_attr '.' NAME  ->  Attribute(value, attr, Load), each located from the start
  ast::ExprPtr dotted(TSNode n) {
    auto names = b_.named_children(n);
    if (names.empty()) b_.invalid_syntax(n);
    ast::ExprPtr e = b_.identifier(names.front());
    for (std::size_t k = 1; k < names.size(); ++k) {
      auto a = b_.make<ast::Attribute>(b_.begin(n), b_.end(names[k]));
      a->value = std::move(e);
      a->attr = b_.identifier_text(names[k]);
      e = std::move(a);
    }
    return e;
  }

  // as_pattern: or_pattern 'as' pattern_capture_target  ->  MatchAs(pattern, name)
  ast::PatternPtr as_pattern(TSNode n) {
    auto kids = b_.children(n);
    if (kids.size() != 3 || !b_.is(kids[2], "identifier")) b_.invalid_syntax(n);
    auto m = b_.make<ast::MatchAs>(n);
    m->pattern = case_pattern(kids[0]);
    m->name = b_.identifier_text(kids[2]);
    return m;
  }

  // or_pattern: '|'.closed_pattern+  ->  MatchOr(patterns)
  ast::PatternPtr union_pattern(TSNode n) {
    auto m = b_.make<ast::MatchOr>(n);
    Run current;
    for (TSNode c : b_.children(n)) {
      if (b_.is(c, "|")) {
        m->patterns.push_back(run(current));
        current.clear();
      } else {
        current.push_back(c);
      }
    }
    m->patterns.push_back(run(current));
    return m;
  }

  // Splits a bracketed pattern's children at its top-level commas, without the brackets.
  std::vector<Run> items(TSNode n) {
    auto kids = b_.children(n);
    std::vector<Run> out;
    Run current;
    for (std::size_t k = 1; k + 1 < kids.size(); ++k) {
      if (b_.is(kids[k], ",")) {
        out.push_back(std::move(current));
        current.clear();
      } else {
        current.push_back(kids[k]);
      }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
  }

  // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
  //   ->  MatchSequence(patterns); group_pattern '(' pattern ')' is the pattern itself
  ast::PatternPtr sequence(TSNode n, bool is_list) {
    std::vector<Run> elements = items(n);
    if (!is_list && elements.size() == 1 && !b_.has_token(n, ",")) return run(elements.front());
    auto m = b_.make<ast::MatchSequence>(n);
    for (const Run& r : elements) m->patterns.push_back(run(r));
    return m;
  }

  // star_pattern: '*' (pattern_capture_target | wildcard_pattern)  ->  MatchStar(name)
  ast::PatternPtr star(TSNode n) {
    if (b_.has_token(n, "**")) b_.invalid_syntax(n);
    auto m = b_.make<ast::MatchStar>(n);
    auto names = b_.named_children(n);
    if (!names.empty() && b_.is(names.front(), "identifier")) m->name = b_.identifier_text(names.front());
    return m;
  }

  // mapping_pattern: '{' (key_value_pattern ',')* ['**' NAME] '}'
  //   ->  MatchMapping(keys, patterns, rest)
  ast::PatternPtr mapping(TSNode n) {
    auto m = b_.make<ast::MatchMapping>(n);
    for (const Run& r : items(n)) {
      if (r.size() == 1 && b_.is(r.front(), "splat_pattern")) {
        auto names = b_.named_children(r.front());
        if (!b_.has_token(r.front(), "**") || names.empty() || !b_.is(names.front(), "identifier")) {
          b_.invalid_syntax(r.front());
        }
        m->rest = b_.identifier_text(names.front());
        continue;
      }
      if (m->rest) b_.invalid_syntax(r.front());
      // key_value_pattern: (literal_expr | attr) ':' pattern
      std::size_t colon = 0;
      while (colon < r.size() && !b_.is(r[colon], ":")) ++colon;
      if (colon == 0 || colon + 2 != r.size()) b_.invalid_syntax(r.front());
      m->keys.push_back(literal_expr(Run(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(colon))));
      m->patterns.push_back(case_pattern(r.back()));
    }
    return m;
  }

  // class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
  //   ->  MatchClass(cls, patterns, kwd_attrs, kwd_patterns)
  ast::PatternPtr class_pattern(TSNode n) {
    auto kids = b_.children(n);
    if (kids.empty() || !b_.is(kids.front(), "dotted_name")) b_.invalid_syntax(n);
    auto m = b_.make<ast::MatchClass>(n);
    m->cls = dotted(kids.front());
    for (TSNode c : kids) {
      if (!b_.is(c, "case_pattern")) continue;
      auto inner = b_.children(c);
      if (inner.size() == 1 && b_.is(inner.front(), "keyword_pattern")) {
        // keyword_pattern: NAME '=' pattern
        auto kw = b_.children(inner.front());
        if (kw.size() < 3 || !b_.is(kw[0], "identifier")) b_.invalid_syntax(inner.front());
        m->kwd_attrs.push_back(b_.identifier_text(kw[0]));
        m->kwd_patterns.push_back(run(Run(kw.begin() + 2, kw.end())));
        continue;
      }
      if (inner.size() == 1 && b_.is(inner.front(), "as_pattern") && keyword_with_as(inner.front(), *m)) continue;
      if (!m->kwd_patterns.empty()) b_.fail(c, base::diag_message(base::DiagKind::PositionalPatternAfterKeyword));
      m->patterns.push_back(case_pattern(c));
    }
    return m;
  }

  // `name=pattern as target` in a class pattern: tree-sitter-python reads it as an as_pattern
  // around the keyword_pattern, CPython as keyword_pattern NAME '=' (pattern 'as' target).
  // Adds that keyword to `m` and returns true when `n` has that shape.
  bool keyword_with_as(TSNode n, ast::MatchClass& m) {
    auto as_kids = b_.children(n);
    if (as_kids.size() != 3 || !b_.is(as_kids[0], "case_pattern")) return false;
    auto wrapped = b_.children(as_kids[0]);
    if (wrapped.size() != 1 || !b_.is(wrapped.front(), "keyword_pattern")) return false;
    auto kw = b_.children(wrapped.front());
    if (kw.size() < 3 || !b_.is(kw[0], "identifier") || !b_.is(as_kids[2], "identifier")) b_.invalid_syntax(n);
    m.kwd_attrs.push_back(b_.identifier_text(kw[0]));
    auto as = b_.make<ast::MatchAs>(b_.begin(kw[2]), b_.end(as_kids[2]));
    as->pattern = run(Run(kw.begin() + 2, kw.end()));
    as->name = b_.identifier_text(as_kids[2]);
    m.kwd_patterns.push_back(std::move(as));
    return true;
  }

 private:
  Builder& b_;
};

}  // namespace

// match_statement: 'match' subject (',' subject)* [','] ':' block(case_clause*)
//   ->  Match(subject, cases); several subjects (or one with a trailing comma) make a Tuple
ast::StmtPtr Builder::match_statement(TSNode n) {
  auto m = make<ast::Match>(n);
  auto kids = children(n);
  std::vector<TSNode> subjects;
  TSNode body{}, last_subject_token{};
  for (std::size_t k = 1; k < kids.size(); ++k) {
    if (is(kids[k], ":")) break;
    last_subject_token = kids[k];
    if (!is(kids[k], ",")) subjects.push_back(kids[k]);
  }
  for (TSNode k : kids) {
    if (is(k, "block")) body = k;
  }
  if (subjects.empty() || ts_node_is_null(body)) invalid_syntax(n);
  if (subjects.size() == 1 && !is(last_subject_token, ",")) {
    m->subject = named_expr(subjects.front());
  } else {
    // subject_expr: star_named_expression ',' star_named_expressions?: walruses are allowed.
    auto t = make<ast::Tuple>(begin(subjects.front()), end(last_subject_token));
    for (TSNode el : subjects) t->elts.push_back(is(el, "named_expression") ? named_expr(el) : star_expr(el));
    m->subject = std::move(t);
  }
  PatternBuilder patterns(*this);
  for (TSNode clause : named_children(body)) {
    if (!is(clause, "case_clause")) invalid_syntax(clause);
    // case_block: 'case' patterns guard? ':' block; patterns: open_sequence_pattern | pattern
    ast::match_case c;
    std::vector<TSNode> pats;
    TSNode last_pattern_token{}, guard = field(clause, "guard"), consequence = field(clause, "consequence");
    for (TSNode k : children(clause)) {
      if (is(k, "case_pattern")) pats.push_back(k);
      if (is(k, "case_pattern") || is(k, ",")) last_pattern_token = k;
    }
    if (pats.empty()) invalid_syntax(clause);
    if (pats.size() == 1 && !is(last_pattern_token, ",")) {
      c.pattern = patterns.case_pattern(pats.front());
    } else {
      auto seq = make<ast::MatchSequence>(begin(pats.front()), end(last_pattern_token));
      for (TSNode p : pats) seq->patterns.push_back(patterns.case_pattern(p));
      c.pattern = std::move(seq);
    }
    if (!ts_node_is_null(guard)) {
      auto g = named_children(guard);
      if (g.size() != 1) invalid_syntax(guard);
      c.guard = named_expr(g.front());
    }
    c.body = block(consequence);
    m->cases.push_back(std::move(c));
  }
  if (m->cases.empty()) invalid_syntax(body);
  return m;
}

ast::PatternPtr Builder::pattern(TSNode n) { return PatternBuilder(*this).case_pattern(n); }

}  // namespace py2cpp::parse
