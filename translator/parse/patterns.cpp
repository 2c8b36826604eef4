// The match statement: tree-sitter's match_statement/case_clause/case_pattern -> CPython's
// Match(subject, cases=[match_case(pattern, guard, body)]).
#include "parse/builder.h"

namespace py2cpp::parse {

// match_statement: 'match' subject (',' subject)* [','] ':' block(case_clause*)
ast::StmtPtr Builder::match_statement(TSNode n) {
  // TODO: build the pattern nodes (ast.h has them); the later phases do not translate match yet.
  not_supported(n, "'match' statement");
}

ast::PatternPtr Builder::pattern(TSNode n) { invalid_syntax(n); }

}  // namespace py2cpp::parse
